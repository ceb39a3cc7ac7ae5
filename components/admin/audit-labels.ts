import type { AuditKindOption } from '@/lib/audit/schemas';
import { statusLabel } from '@/lib/vocabulary';

export const auditKindLabel: Record<AuditKindOption, string> = {
  'ticket.created': 'Ticket created',
  'ticket.status_changed': 'Status changed',
  'ticket.assigned': 'Assigned',
  'ticket.unassigned': 'Unassigned',
  'ticket.priority_changed': 'Priority changed',
  'ticket.category_changed': 'Ticket category changed',
  'ticket.replied': 'Replied',
  'ticket.note_added': 'Internal note added',
  'ticket.feedback_given': 'Rating given',
  'ticket.archived': 'Archived',
  'ticket.restored': 'Restored',
  'ticket.linked': 'Linked',
  'ticket.deleted': 'Ticket deleted',
  'ticket.tracking_link_issued': 'Tracking link sent',
  'ticket.attached_to_account': 'Attached to an account',
  'ticket.tagged': 'Tag added',
  'ticket.untagged': 'Tag removed',
  'ticket.merged': 'Ticket merged in',
  'ticket.merged_into': 'Merged into another ticket',
  'ticket.sla_breached': 'SLA target missed',
  'ticket.followed': 'Follower added',
  'ticket.unfollowed': 'Follower removed',
  'ticket.cc_changed': 'CC addresses changed',
  'ticket.auto_closed': 'Closed automatically',
  'audit.user_registered': 'Account created',
  'audit.agent_approved': 'Agent approved',
  'audit.agent_rejected': 'Agent rejected',
  'audit.agent_suspended': 'Access suspended',
  'audit.agent_reinstated': 'Access reinstated',
  'audit.role_changed': 'Role changed',
  'audit.user_deleted': 'Account deleted',
  'audit.faq_changed': 'FAQ article changed',
  'audit.category_changed': 'Category changed',
  'audit.setting_changed': 'Setting changed',
  'audit.mail_resent': 'Mail sent again',
  'audit.password_changed': 'Password changed',
  'audit.password_reset': 'Password reset',
  'audit.profile_changed': 'Profile changed',
  'audit.sessions_revoked': 'Signed out everywhere',
  'audit.data_exported': 'Personal data exported',
  'audit.account_anonymised': 'Account deleted and anonymised',
  'audit.api_token_created': 'API token created',
  'audit.api_token_revoked': 'API token revoked',
  'audit.webhook_changed': 'Webhook endpoint changed',
  'audit.webhook_resent': 'Webhook delivery sent again',
  'audit.saved_reply_changed': 'Saved reply changed',
  'audit.tag_changed': 'Tag renamed or merged',
  'audit.sla_changed': 'SLA targets changed',
};

export function kindLabel(source: string, kind: string): string {
  return auditKindLabel[`${source}.${kind}` as AuditKindOption] ?? kind.replaceAll('_', ' ');
}

/** Ticket statuses read as people say them; other values as stored. */
export function valueLabel(value: string): string {
  return statusLabel[value as keyof typeof statusLabel] ?? value;
}
