'use server';

import { headers } from 'next/headers';
import { anonymous } from '@/lib/access/actor';
import { formAction } from '@/lib/forms/action';
import { attachmentRefsFromForm } from '@/lib/forms/attachment-refs';
import { clientIp } from '@/lib/http/client-ip';
import { addRequesterReply, rateTicket, resolveAsRequester } from '@/lib/tickets/requester';
import { attachTicketToAccount, reissueTrackingLink } from '@/lib/tickets/tracking';

// The token travels only in /t/ addresses and in these forms' bound arguments, never elsewhere.

type LinkAccess = { token: string; ip: string };

async function linkAccess(token: string): Promise<LinkAccess> {
  return { token, ip: clientIp(await headers()) };
}

/** A step on the ticket the link opens; the page is reloaded with a notice saying what happened. */
function onLinkedTicket(done: string, work: (access: LinkAccess, formData: FormData) => Promise<unknown>) {
  return formAction(
    async ({ formData }, token: string) => {
      await work(await linkAccess(token), formData);
      return { path: `/t/${token}` };
    },
    { revalidate: ({ path }) => path, redirect: ({ path }) => `${path}?done=${done}` },
  );
}

// Files staged here are the link holder's, not the signed-in account's: the reply is written as the link.
export const replyByLink = onLinkedTicket('replied', async (access, formData) => {
  const attachments = await attachmentRefsFromForm(anonymous, formData, { ip: access.ip });
  return addRequesterReply(access, { body: formData.get('body'), attachments });
});

export const resolveByLink = onLinkedTicket('resolved', (access) => resolveAsRequester(access));

export const rateByLink = onLinkedTicket('rated', (access, formData) =>
  rateTicket(access, { rating: formData.get('rating'), comment: formData.get('comment') }),
);

export const renewLink = formAction(async (_context, token: string) => reissueTrackingLink(await linkAccess(token)), {
  redirect: ({ token }) => `/t/${token}?done=renewed`,
});

export const attachByLink = formAction(
  async ({ actor }, token: string) => attachTicketToAccount(actor, await linkAccess(token)),
  { revalidate: '/portal/tickets', redirect: ({ number }) => `/portal/tickets/${number}?done=attached` },
);
