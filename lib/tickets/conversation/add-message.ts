import 'server-only';
import { type Actor, isCustomer } from '@/lib/access/actor';
import { forbidden, parseInput } from '@/lib/errors';
import type { TicketMessageView } from '../read-ticket';
import { addRequesterReply } from '../requester/actions';
import { addStaffMessage } from '../workspace/staff-message';
import { getTicketMessage } from './messages';
import { apiMessageSchema } from './schemas';

/**
 * A message on a ticket from whoever may write one: the customer who asked replies as the portal
 * does (no internal notes, no stale-reply guard: a requester's reply never races a colleague's);
 * staff reply or note as the desk does. Returns the message as the writer now reads it.
 */
export async function addTicketMessage(actor: Actor, input: { number: string; message: unknown }): Promise<TicketMessageView> {
  const { body, internal, seenMessageId, attachments } = parseInput(apiMessageSchema, input.message);
  if (isCustomer(actor)) {
    if (internal) throw forbidden('Internal notes are for the support team; send a reply instead.');
    const { messageId } = await addRequesterReply({ actor, number: input.number }, { body, attachments });
    return getTicketMessage(actor, { number: input.number, id: messageId });
  }
  const added = await addStaffMessage(actor, { number: input.number, body, visibility: internal ? 'internal' : 'public', seenMessageId, attachments });
  return getTicketMessage(actor, { number: input.number, id: added.id });
}
