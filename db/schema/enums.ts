import { pgEnum } from 'drizzle-orm/pg-core';
import { staffStatuses, ticketChannels, ticketPriorities, ticketStatuses, userRoles } from './values';

export const userRole = pgEnum('user_role', userRoles);
export const staffStatus = pgEnum('staff_status', staffStatuses);

export const ticketPriority = pgEnum('ticket_priority', ticketPriorities);
export const ticketStatus = pgEnum('ticket_status', ticketStatuses);
export const ticketChannel = pgEnum('ticket_channel', ticketChannels);

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
  'tagged',
  'untagged',
  'merged',
  'merged_into',
  'sla_breached',
  'followed',
  'unfollowed',
  'cc_changed',
  'auto_closed',
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
  'mail_resent',
  'password_changed',
  'password_reset',
  'profile_changed',
  'sessions_revoked',
  'data_exported',
  'account_anonymised',
  'api_token_created',
  'api_token_revoked',
  'webhook_changed',
  'webhook_resent',
  'saved_reply_changed',
  'tag_changed',
  'sla_changed',
]);

export const notificationKind = pgEnum('notification_kind', [
  'ticket_assigned',
  'ticket_replied',
  'ticket_status_changed',
  'agent_application',
  'ticket_created',
  'application_decided',
  'mail_undeliverable',
  'sla_breached',
  'ticket_merged',
]);

export type { StaffStatus, TicketChannel, TicketPriority, TicketStatus, UserRole } from './values';
