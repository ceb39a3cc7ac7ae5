'use server';

import { formAction } from '@/lib/forms/action';
import { type BulkAction, bulkUpdateTickets } from '@/lib/tickets/workspace';

/** The admin list's bulk form: the desk's bulk rules, plus reassigning to a chosen agent. */
export const adminBulkAction = formAction(
  async ({ actor, formData }) => {
    const numbers = formData.getAll('numbers').filter((value): value is string => typeof value === 'string');
    const outcome = await bulkUpdateTickets(actor, { numbers, action: formData.get('action'), assigneeId: formData.get('assigneeId') });
    // bulkUpdateTickets has parsed the action by now.
    return { action: formData.get('action') as BulkAction, ...outcome };
  },
  { revalidate: ['/admin/tickets', '/desk'] },
);
