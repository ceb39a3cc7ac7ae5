import { pgEnum } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['customer', 'agent', 'admin']);
export const staffStatus = pgEnum('staff_status', ['pending', 'approved', 'rejected', 'suspended']);

export const ticketPriority = pgEnum('ticket_priority', ['low', 'medium', 'high', 'urgent']);
export const ticketStatus = pgEnum('ticket_status', [
  'open',
  'in_progress',
  'on_hold',
  'pending_customer',
  'resolved',
  'closed',
]);
export const ticketChannel = pgEnum('ticket_channel', ['web_form', 'portal', 'api']);

export const messageVisibility = pgEnum('message_visibility', ['public', 'internal']);
export const messageAuthorKind = pgEnum('message_author_kind', ['requester', 'staff']);

export const ticketEventKind = pgEnum('ticket_event_kind', [
  'created',
  'status_changed',
  'assigned',
  'unassigned',
  'priority_changed',
  'category_changed',
  'replied',
  'note_added',
  'feedback_given',
  'archived',
  'restored',
  'linked',
  'deleted',
  'tracking_link_issued',
  'attached_to_account',
]);

export const auditKind = pgEnum('audit_kind', [
  'user_registered',
  'agent_approved',
  'agent_rejected',
  'agent_suspended',
  'agent_reinstated',
  'role_changed',
  'user_deleted',
  'faq_changed',
  'category_changed',
  'setting_changed',
]);

export const notificationKind = pgEnum('notification_kind', [
  'ticket_assigned',
  'ticket_replied',
  'ticket_status_changed',
  'agent_application',
]);

export type UserRole = (typeof userRole.enumValues)[number];
export type StaffStatus = (typeof staffStatus.enumValues)[number];
export type TicketPriority = (typeof ticketPriority.enumValues)[number];
export type TicketStatus = (typeof ticketStatus.enumValues)[number];
export type TicketChannel = (typeof ticketChannel.enumValues)[number];
