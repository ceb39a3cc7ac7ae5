'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState } from '@/lib/forms/form-state';
import { archiveTicket, restoreTicket } from '@/lib/tickets/archive-ticket';
import { claimTicket, reassignTicket, unassignTicket } from '@/lib/tickets/assignment';
import { addStaffMessage } from '@/lib/tickets/staff-message';
import { setTicketCategory, setTicketPriority } from '@/lib/tickets/ticket-fields';
import { transitionTicket } from '@/lib/tickets/transition-ticket';

/**
 * Every control of the ticket workspace posts here. The ticket number comes from a hidden field
 * and is checked again by the domain function, like everything else. After a change the page is
 * reloaded with a notice saying what happened; a refusal comes back to the form that sent it.
 */
async function act(formData: FormData, work: (actor: Actor, number: string) => Promise<unknown>, done: string): Promise<FormState> {
  const number = String(formData.get('number') ?? '').slice(0, 40);
  const actor = await getActor();
  try {
    await work(actor, number);
  } catch (error) {
    return errorFormState(error, formData);
  }
  revalidatePath('/desk');
  revalidatePath(`/desk/tickets/${number}`);
  redirect(`/desk/tickets/${encodeURIComponent(number)}?done=${done}`);
}

export async function claimAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => claimTicket(actor, { number }), 'claimed');
}

export async function unassignAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => unassignTicket(actor, { number }), 'unassigned');
}

export async function reassignAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => reassignTicket(actor, { number, assigneeId: formData.get('assigneeId') }), 'reassigned');
}

export async function transitionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => transitionTicket(actor, { number, to: formData.get('to') }), 'status');
}

export async function priorityAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => setTicketPriority(actor, { number, priority: formData.get('priority') }), 'priority');
}

export async function categoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => setTicketCategory(actor, { number, category: formData.get('category') }), 'category');
}

export async function messageAction(_state: FormState, formData: FormData): Promise<FormState> {
  const visibility = formData.get('visibility');
  return act(
    formData,
    (actor, number) => addStaffMessage(actor, { number, body: formData.get('body'), visibility }),
    visibility === 'internal' ? 'note' : 'reply',
  );
}

export async function archiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => archiveTicket(actor, { number }), 'archived');
}

export async function restoreAction(_state: FormState, formData: FormData): Promise<FormState> {
  return act(formData, (actor, number) => restoreTicket(actor, { number }), 'restored');
}
