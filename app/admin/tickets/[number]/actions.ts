'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState } from '@/lib/forms/form-state';
import { archiveTicket, restoreTicket } from '@/lib/tickets/archive-ticket';
import { reassignTicket } from '@/lib/tickets/assignment';
import { deleteTicket } from '@/lib/tickets/delete-ticket';

async function act(formData: FormData, work: (actor: Actor, number: string) => Promise<unknown>, done: string): Promise<FormState> {
  const number = String(formData.get('number') ?? '').slice(0, 40);
  const actor = await getActor();
  try {
    await work(actor, number);
  } catch (error) {
    return errorFormState(error, formData);
  }
  revalidatePath('/admin/tickets');
  revalidatePath('/desk');
  if (done === 'deleted') redirect(`/admin/tickets?deleted=${encodeURIComponent(number)}`);
  redirect(`/admin/tickets/${encodeURIComponent(number)}?done=${done}`);
}

export async function adminReassignAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => reassignTicket(actor, { number, assigneeId: formData.get('assigneeId') }), 'reassigned');
}

export async function adminArchiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => archiveTicket(actor, { number }), 'archived');
}

export async function adminRestoreAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => restoreTicket(actor, { number }), 'restored');
}

export async function adminDeleteAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => deleteTicket(actor, { number, confirmation: formData.get('confirmation') }), 'deleted');
}
