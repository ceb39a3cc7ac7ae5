'use server';

import type { Actor } from '@/lib/access/actor';
import { headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { attachmentRefsFromForm } from '@/lib/forms/attachment-refs';
import { clientIp } from '@/lib/http/client-ip';
import { addRequesterReply, rateTicket, resolveAsRequester } from '@/lib/tickets/requester';

type Access = { actor: Actor; number: string };

/** A customer's step on their own ticket; the number is bound by the page, the rules are lib's. */
function onOwnTicket(done: 'replied' | 'resolved' | 'rated', work: (access: Access, formData: FormData) => Promise<unknown>) {
  return formAction(
    async ({ actor, formData }, number: string) => {
      await work({ actor, number }, formData);
      return { path: `/portal/tickets/${encodeURIComponent(number)}` };
    },
    { revalidate: ({ path }) => path, redirect: ({ path }) => `${path}?done=${done}` },
  );
}

export const replyAsCustomer = onOwnTicket('replied', async (access, formData) => {
  const attachments = await attachmentRefsFromForm(access.actor, formData, { ip: clientIp(await headers()) });
  return addRequesterReply(access, { body: formData.get('body'), attachments });
});

export const resolveAsCustomer = onOwnTicket('resolved', (access) => resolveAsRequester(access));

export const rateAsCustomer = onOwnTicket('rated', (access, formData) =>
  rateTicket(access, { rating: formData.get('rating'), comment: formData.get('comment') }),
);
