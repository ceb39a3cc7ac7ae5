'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { claimTicket } from '@/lib/tickets/assignment';
import { type BulkAction, type BulkState, bulkUpdateTickets } from '@/lib/tickets/bulk-update';

function refusal(error: unknown): string {
  if (isAppError(error)) return error.message;
  console.error('[desk] bulk update failed', error);
  return 'Something went wrong on our side. Please try again.';
}

/** The queue's bulk form: one action on every selected row, each row through the domain rules. */
export async function bulkUpdateAction(_state: BulkState, formData: FormData): Promise<BulkState> {
  const actor = await getActor();
  const numbers = formData.getAll('numbers').filter((value): value is string => typeof value === 'string');
  try {
    const outcome = await bulkUpdateTickets(actor, { numbers, action: formData.get('action') });
    revalidatePath('/desk');
    return { status: 'done', action: formData.get('action') as BulkAction, ...outcome };
  } catch (error) {
    return { status: 'error', message: refusal(error) };
  }
}

/** The queue's "a" key: assign the highlighted ticket to me. */
export async function assignToMeAction(number: string): Promise<{ ok: boolean; message: string }> {
  const actor = await getActor();
  try {
    const result = await claimTicket(actor, { number: String(number) });
    revalidatePath('/desk');
    return { ok: true, message: `${result.number} is assigned to you.` };
  } catch (error) {
    return { ok: false, message: refusal(error) };
  }
}
