'use server';

import type { Actor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
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
export const decideAction = formAction(
  async ({ actor, input }) => {
    const decision = input.decision ?? '';
    const decide = Object.hasOwn(decisions, decision) ? decisions[decision] : undefined;
    if (!decide) throw new AppError('validation', 'Unknown decision.');
    const result = await decide(actor, input);
    const userId = input.userId ?? '';
    const unassigned = result && typeof result === 'object' && 'unassigned' in result && typeof result.unassigned === 'number' ? result.unassigned : 0;
    return { decision, userId, unassigned, steppedDown: decision === 'demote' && actor.kind === 'user' && userId === actor.id };
  },
  {
    // The header's pending count and the acting admin's own links may have changed.
    revalidate: { layout: '/' },
    // An admin who stepped down has no admin area left to return to.
    redirect: ({ decision, userId, unassigned, steppedDown }) =>
      steppedDown ? '/desk' : `/admin/agents?done=${decision}&user=${encodeURIComponent(userId)}${unassigned ? `&unassigned=${unassigned}` : ''}`,
  },
);
