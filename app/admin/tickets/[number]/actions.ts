'use server';

import type { Actor } from '@/lib/access/actor';
import { formAction } from '@/lib/forms/action';
import { archiveTicket, deleteTicket, reassignTicket, restoreTicket } from '@/lib/tickets/workspace';

/** An admin's change to one ticket; the admin list and the desk both show it afterwards. */
function onTicket(done: string, work: (actor: Actor, number: string, formData: FormData) => Promise<unknown>) {
  return formAction(
    async ({ actor, input, formData }) => {
      const number = (input.number ?? '').slice(0, 40);
      await work(actor, number, formData);
      return { number };
    },
    {
      revalidate: ['/admin/tickets', '/desk'],
      redirect: ({ number }) =>
        done === 'deleted' ? `/admin/tickets?deleted=${encodeURIComponent(number)}` : `/admin/tickets/${encodeURIComponent(number)}?done=${done}`,
    },
  );
}

export const adminReassignAction = onTicket('reassigned', (actor, number, formData) =>
  reassignTicket(actor, { number, assigneeId: formData.get('assigneeId') }),
);

export const adminArchiveAction = onTicket('archived', (actor, number) => archiveTicket(actor, { number }));

export const adminRestoreAction = onTicket('restored', (actor, number) => restoreTicket(actor, { number }));

export const adminDeleteAction = onTicket('deleted', (actor, number, formData) =>
  deleteTicket(actor, { number, confirmation: formData.get('confirmation') }),
);
