'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { type BulkAction, type BulkState, bulkUpdateTickets } from '@/lib/tickets/bulk-update';

/** The admin list's bulk form: the desk's bulk rules, plus reassigning to a chosen agent. */
export async function adminBulkAction(_state: BulkState, formData: FormData): Promise<BulkState> {
  const actor = await getActor();
  const numbers = formData.getAll('numbers').filter((value): value is string => typeof value === 'string');
  try {
    const outcome = await bulkUpdateTickets(actor, { numbers, action: formData.get('action'), assigneeId: formData.get('assigneeId') });
    revalidatePath('/admin/tickets');
    revalidatePath('/desk');
    return { status: 'done', action: formData.get('action') as BulkAction, ...outcome };
  } catch (error) {
    if (isAppError(error)) return { status: 'error', message: error.message };
    console.error('[admin] bulk update failed', error);
    return { status: 'error', message: 'Something went wrong on our side. Please try again.' };
  }
}
