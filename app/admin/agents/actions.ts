'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';
import { changeRole } from '@/lib/users/change-role';
import { approveAgent, reinstateAgent, rejectAgent, suspendAgent } from '@/lib/users/moderate-agent';

const decisions: Record<string, (actor: Actor, input: Record<string, string>) => Promise<unknown>> = {
  approve: approveAgent,
  reject: rejectAgent,
  suspend: suspendAgent,
  reinstate: reinstateAgent,
  promote: (actor, input) => changeRole(actor, { userId: input.userId, role: 'admin' }),
  demote: (actor, input) => changeRole(actor, { userId: input.userId, role: 'agent' }),
};

/** Every decision on the moderation page; the domain functions check who may make it. */
export async function decideAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  const decision = input.decision ?? '';
  const actor = await getActor();
  try {
    const decide = decisions[decision];
    if (!decide) throw new AppError('validation', 'Unknown decision.');
    await decide(actor, input);
  } catch (error) {
    return errorFormState(error, formData);
  }
  // The header's pending count and the acting admin's own links may have changed.
  revalidatePath('/', 'layout');
  // An admin who stepped down has no admin area left to return to.
  if (decision === 'demote' && actor.kind === 'user' && input.userId === actor.id) redirect('/desk');
  redirect(`/admin/agents?done=${decision}&user=${encodeURIComponent(input.userId ?? '')}`);
}
