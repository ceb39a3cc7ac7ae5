'use server';

import { headers } from 'next/headers';
import type { Actor } from '@/lib/access/actor';
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
function onLinkedTicket(done: string, work: (access: LinkAccess, formData: FormData, viewer: Actor) => Promise<unknown>) {
  return formAction(
    async ({ actor, formData }, token: string) => {
      await work(await linkAccess(token), formData, actor);
      return { path: `/t/${token}` };
    },
    { revalidate: ({ path }) => path, redirect: ({ path }) => `${path}?done=${done}` },
  );
}

// The reply is the link's; its files are whoever is signed in's, as the upload endpoint recorded them.
export const replyByLink = onLinkedTicket('replied', async (access, formData, viewer) => {
  const attachments = await attachmentRefsFromForm(viewer, formData, { ip: access.ip });
  return addRequesterReply(access, { body: formData.get('body'), attachments, uploader: viewer });
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
