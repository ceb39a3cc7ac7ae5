import { AppError } from '@/lib/errors';
import { type Actor, isActiveStaff, isAdmin, isCustomer, type UserActor } from './actor';

export type Permission =
  | 'ticket:create'
  | 'ticket:read'
  | 'ticket:list-all'
  | 'ticket:work'
  | 'ticket:reassign'
  | 'ticket:delete'
  | 'ticket:export'
  | 'portal:use'
  | 'agent:moderate'
  | 'admin:settings'
  | 'user:list'
  | 'faq:manage'
  | 'category:manage'
  | 'audit:read'
  | 'stats:read'
  | 'mail:manage'
  | 'webhook:manage'
  | 'notification:read'
  | 'profile:edit'
  | 'account:self-service'
  | 'customer:data';

type TicketRef = { requesterId: string | null };

/** The one place that says who may do what. Domain functions ask it before they act. */
export function can(actor: Actor, permission: Permission, ticket?: TicketRef): boolean {
  switch (permission) {
    case 'ticket:create':
      return actor.kind === 'anonymous' || isCustomer(actor) || isActiveStaff(actor);
    case 'ticket:read':
      if (isActiveStaff(actor)) return true;
      return actor.kind === 'user' && isCustomer(actor) && !!ticket && ticket.requesterId === actor.id;
    case 'portal:use':
      return isCustomer(actor);
    case 'notification:read':
      // Their own inbox only; pending, rejected and suspended staff keep it, since the news of
      // their application is addressed to them there.
      return actor.kind === 'user';
    case 'profile:edit':
      return actor.kind === 'user';
    // Exporting and deleting one's own data: customers only. Staff accounts carry the tickets they
    // worked; an admin suspends them instead.
    case 'account:self-service':
      return isCustomer(actor);
    case 'ticket:list-all':
    case 'ticket:work':
      return isActiveStaff(actor);
    case 'ticket:reassign':
    case 'ticket:delete':
    case 'ticket:export':
    case 'agent:moderate':
    case 'admin:settings':
    case 'user:list':
    case 'faq:manage':
    case 'category:manage':
    case 'audit:read':
    case 'stats:read':
    case 'mail:manage':
    case 'webhook:manage':
    case 'customer:data':
      return isAdmin(actor);
  }
}

export function assertCan(actor: Actor, permission: Permission, ticket?: TicketRef): void {
  if (can(actor, permission, ticket)) return;
  if (actor.kind === 'anonymous') throw new AppError('unauthorized', 'Please sign in to continue.');
  throw new AppError('forbidden', 'You are not allowed to do that.');
}

export function assertStaff(actor: Actor): asserts actor is UserActor {
  assertCan(actor, 'ticket:work');
}
