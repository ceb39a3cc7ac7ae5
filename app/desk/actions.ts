'use server';

import { formAction } from '@/lib/forms/action';
import { type BulkAction, bulkUpdateTickets, claimTicket } from '@/lib/tickets/workspace';

/** The queue's bulk form: one action on every selected row, each row through the domain rules. */
export const bulkUpdateAction = formAction(
  async ({ actor, formData }) => {
    const numbers = formData.getAll('numbers').filter((value): value is string => typeof value === 'string');
    const outcome = await bulkUpdateTickets(actor, { numbers, action: formData.get('action') });
    // bulkUpdateTickets has parsed the action by now.
    return { action: formData.get('action') as BulkAction, ...outcome };
  },
  { revalidate: '/desk' },
);

/** The queue's "a" key: assign the highlighted ticket (the form's `number`) to me. */
export const assignToMeAction = formAction(
  async ({ actor, input }) => {
    const { number } = await claimTicket(actor, { number: input.number ?? '' });
    return { number };
  },
  { revalidate: '/desk' },
);
