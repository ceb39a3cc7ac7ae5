/**
 * The ticket events a requester may see: what happened to their request, not who worked on it
 * or what the team noted. Assignment, notes, field changes and audit entries stay internal.
 * What the requester sees as last activity is tickets.last_public_activity_at, written with
 * public messages, status changes and the ticket's creation; never last_activity_at, which
 * internal notes move too, and would give them away.
 */
export const publicEventKinds = ['created', 'status_changed', 'auto_closed', 'feedback_given', 'linked'] as const;
