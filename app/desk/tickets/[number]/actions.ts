'use server';

import type { Actor } from '@/lib/access/actor';
import { headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { attachmentRefsFromForm } from '@/lib/forms/attachment-refs';
import { clientIp } from '@/lib/http/client-ip';
import { followTicket, unfollowTicket } from '@/lib/tickets/followers';
import { mergeTicket } from '@/lib/tickets/merge';
import { addStaffMessage, archiveTicket, claimTicket, deleteTicket, reassignTicket, restoreTicket, setTicketCategory, setTicketPriority, transitionTicket, unassignTicket } from '@/lib/tickets/workspace';

/**
 * Every control of the ticket workspace posts here. The ticket number comes from a hidden field
 * and is checked again by the domain function, like everything else. After a change the page is
 * reloaded with a notice saying what happened; a refusal comes back to the form that sent it.
 */
function onTicket(done: string | ((formData: FormData) => string), work: (actor: Actor, number: string, formData: FormData) => Promise<unknown>) {
  return formAction(
    async ({ actor, input, formData }) => {
      const number = (input.number ?? '').slice(0, 40);
      await work(actor, number, formData);
      return { number, done: typeof done === 'string' ? done : done(formData) };
    },
    {
      revalidate: ({ number }) => ['/desk', `/desk/tickets/${number}`],
      redirect: ({ number, done }) => `/desk/tickets/${encodeURIComponent(number)}?done=${done}`,
    },
  );
}

export const claimAction = onTicket('claimed', (actor, number) => claimTicket(actor, { number }));

export const unassignAction = onTicket('unassigned', (actor, number) => unassignTicket(actor, { number }));

export const reassignAction = onTicket('reassigned', (actor, number, formData) =>
  reassignTicket(actor, { number, assigneeId: formData.get('assigneeId') }),
);

export const transitionAction = onTicket('status', (actor, number, formData) => transitionTicket(actor, { number, to: formData.get('to') }));

export const priorityAction = onTicket('priority', (actor, number, formData) =>
  setTicketPriority(actor, { number, priority: formData.get('priority') }),
);

export const categoryAction = onTicket('category', (actor, number, formData) =>
  setTicketCategory(actor, { number, category: formData.get('category') }),
);

export const messageAction = onTicket(
  (formData) => (formData.get('visibility') === 'internal' ? 'note' : 'reply'),
  async (actor, number, formData) => {
    const attachments = await attachmentRefsFromForm(actor, formData, { ip: clientIp(await headers()) });
    return addStaffMessage(actor, { number, body: formData.get('body'), visibility: formData.get('visibility'), seenMessageId: formData.get('seenMessageId'), attachments });
  },
);

export const archiveAction = onTicket('archived', (actor, number) => archiveTicket(actor, { number }));

export const restoreAction = onTicket('restored', (actor, number) => restoreTicket(actor, { number }));

/** Admins may delete from the workspace too; the ticket is gone, so the admin list says so. */
export const deleteAction = formAction(
  async ({ actor, input, formData }) => {
    const number = (input.number ?? '').slice(0, 40);
    await deleteTicket(actor, { number, confirmation: formData.get('confirmation') });
    return { number };
  },
  { revalidate: ['/admin/tickets', '/desk'], redirect: ({ number }) => `/admin/tickets?deleted=${encodeURIComponent(number)}` },
);

/** Merging sends the agent on to the survivor, where the conversation now is. */
export const mergeAction = formAction(
  async ({ actor, input, formData }) => {
    const number = (input.number ?? '').slice(0, 40);
    return mergeTicket(actor, { number, into: formData.get('into'), confirmOtherRequester: formData.get('confirmOtherRequester') ?? undefined });
  },
  {
    revalidate: ({ source, target }) => ['/desk', `/desk/tickets/${source}`, `/desk/tickets/${target}`],
    redirect: ({ target }) => `/desk/tickets/${encodeURIComponent(target)}?done=merged`,
  },
);

export const followAction = onTicket('followed', (actor, number) => followTicket(actor, { number }));

export const unfollowAction = onTicket('unfollowed', (actor, number) => unfollowTicket(actor, { number }));
