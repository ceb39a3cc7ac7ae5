export { notifyAgentApplication, notifyApplicationDecided } from './application-events';
export { notifyRequesterReply, notifyTicketAssigned, notifyUnassignedTicket } from './desk-events';
export { type MailChoiceKind, mailChoiceKinds, mailChoices, mailChoicesFor } from './mail-kinds';
export { notifyStaffReply, notifyTicketResolved } from './requester-events';
export { getMailPreferences, type MailPreference, saveMailPreferences } from './mail-preferences';
export { isMailSending, type ReplyDelivery, staffReplyDelivery } from './reply-delivery';
export { notifyFollowers, notifyStatusChanged } from './follower-events';
