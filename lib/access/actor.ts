import type { StaffStatus, UserRole } from '@/db/schema';

export type UserActor = {
  kind: 'user';
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: UserRole;
  staffStatus: StaffStatus | null;
  /** The signed-in browser's session row, when the actor came from a session cookie. */
  sessionId?: string;
  /** The API token the request came with; tokens may not manage tokens. */
  tokenId?: string;
};
export type AnonymousActor = { kind: 'anonymous' };
/** Who is acting, as read from the database on this request — never from the token alone. */
export type Actor = UserActor | AnonymousActor;

export const anonymous: AnonymousActor = { kind: 'anonymous' };

export function isSignedIn(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}

/** Approved agents and admins: the people allowed to work tickets. */
export function isActiveStaff(actor: Actor): boolean {
  return (
    actor.kind === 'user' &&
    (actor.role === 'agent' || actor.role === 'admin') &&
    actor.staffStatus === 'approved'
  );
}

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && isActiveStaff(actor) && actor.role === 'admin';
}

export function isCustomer(actor: Actor): boolean {
  return actor.kind === 'user' && actor.role === 'customer';
}
