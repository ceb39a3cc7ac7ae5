import { isAdmin, type UserActor } from '@/lib/access/actor';
import { forbidden, notFound } from '@/lib/errors';

export type ReplyScope = { ownerId: string | null };

/** An agent sees their own replies and the shared ones; another agent's are none of their business. */
export function canSee(actor: UserActor, reply: ReplyScope): boolean {
  return reply.ownerId === null || reply.ownerId === actor.id;
}

/** Their own replies are each agent's to change; shared ones are the admins'. */
export function canChange(actor: UserActor, reply: ReplyScope): boolean {
  return reply.ownerId === null ? isAdmin(actor) : reply.ownerId === actor.id;
}

/** Another agent's personal reply answers as missing, so its existence is not given away. */
export function assertCanChange(actor: UserActor, reply: ReplyScope): void {
  if (!canSee(actor, reply)) throw notFound('No such saved reply.');
  if (!canChange(actor, reply)) throw forbidden('Only admins change shared saved replies.');
}
