'use server';

import type { Actor } from '@/lib/access/actor';
import { headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { attachmentRefsFromForm } from '@/lib/forms/attachment-refs';
import { clientIp } from '@/lib/http/client-ip';
import { addTicketTag, removeTicketTag } from '@/lib/tags/ticket-tags';
import { followTicket, unfollowTicket } from '@/lib/tickets/followers';
import { mergeTicket } from '@/lib/tickets/merge';
import {
  addStaffMessage,
  archiveTicket,
  claimTicket,
  deleteTicket,
  QUEUE_FROM_MAX,
  reassignTicket,
  restoreTicket,
  setTicketCategory,
  setTicketPriority,
  transitionTicket,
  unassignTicket,
} from '@/lib/tickets/workspace';

/**
 * Every control of the ticket workspace posts here. The ticket number comes from a hidden field
 * and is checked again by the domain function, like everything else. After a change the page is
 * reloaded with a notice saying what happened (`done`), the queue the agent came from (`from`)
 * and a fresh `at`, so that the same change twice still moves focus to it; a refusal comes back
 * to the form that sent it.
 */
function onTicket(
  done: string | ((formData: FormData) => Record<string, string>),
  work: (actor: Actor, number: string, formData: FormData) => Promise<unknown>,
) {
  return formAction(
    async ({ actor, input, formData }) => {
      const number = (input.number ?? '').slice(0, 40);
      await work(actor, number, formData);
      const from = formData.get('from');
      const query = typeof done === 'string' ? { done } : done(formData);
      return { number, query: typeof from === 'string' && from.length <= QUEUE_FROM_MAX ? { ...query, from } : query };
    },
    {
      revalidate: ({ number }) => ['/desk', `/desk/tickets/${number}`],
      redirect: ({ number, query }) => `/desk/tickets/${encodeURIComponent(number)}?${new URLSearchParams({ ...query, at: Date.now().toString(36) })}`,
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

/** The composer comes back in the mode it was sent in, so that a second note stays a note. */
export const messageAction = onTicket(
  (formData) => {
    const mode = formData.get('visibility') === 'internal' ? 'note' : 'reply';
    const status = formData.get('status');
    return { done: mode, mode, ...(typeof status === 'string' && status ? { status: status.slice(0, 40) } : {}) };
  },
  async (actor, number, formData) => {
    const attachments = await attachmentRefsFromForm(actor, formData, { ip: clientIp(await headers()) });
    return addStaffMessage(actor, {
      number,
      body: formData.get('body'),
      visibility: formData.get('visibility'),
      seenMessageId: formData.get('seenMessageId'),
      status: formData.get('status'),
      attachments,
    });
  },
);

export const addTagAction = onTicket('tagged', (actor, number, formData) => addTicketTag(actor, { number, name: formData.get('name') }));

export const removeTagAction = onTicket('untagged', (actor, number, formData) => removeTicketTag(actor, { number, name: formData.get('name') }));

export const archiveAction = onTicket('archived', (actor, number) => archiveTicket(actor, { number }));

export const restoreAction = onTicket('restored', (actor, number) => restoreTicket(actor, { number }));

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

/** Admins may delete from the workspace too; the ticket is gone, so the admin list says so. */
export const deleteAction = formAction(
  async ({ actor, input, formData }) => {
    const number = (input.number ?? '').slice(0, 40);
    await deleteTicket(actor, { number, confirmation: formData.get('confirmation') });
    return { number };
  },
  { revalidate: ['/admin/tickets', '/desk'], redirect: ({ number }) => `/admin/tickets?deleted=${encodeURIComponent(number)}` },
);
