import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailPreferences, mailReplyTokens, users } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply, rateTicket, resolveAsRequester } from '@/lib/tickets/requester';
import { addStaffMessage, claimTicket } from '@/lib/tickets/workspace';

export const INTERNAL_NOTE = 'Internal: customer is on the watch list, do not refund';
export const PUBLIC_REPLY = 'We have sent a replacement lamp today.';

/**
 * A customer with a phone number and a ticket that has seen everything an account leaves behind:
 * a staff reply and an internal note, a reply of theirs, a rating, a mail choice, a reply token,
 * mail and notifications.
 */
export async function customerWithHistory(agent: UserActor) {
  const tag = randomUUID().slice(0, 8);
  const customer = await makeUser('customer', null, { name: `Grace Hopper ${tag}`, email: `grace-${tag}@example.test` });
  const db = await getDb();
  await db.update(users).set({ phone: '+44 20 7946 0000' }).where(eq(users.id, customer.id));
  const ticket = await createTicket(customer, contactInput({ name: customer.name, email: customer.email, phone: '+44 20 7946 0000' }));
  await claimTicket(agent, { number: ticket.number });
  await addStaffMessage(agent, { number: ticket.number, body: PUBLIC_REPLY, visibility: 'public' });
  await addStaffMessage(agent, { number: ticket.number, body: INTERNAL_NOTE, visibility: 'internal' });
  await addRequesterReply({ actor: customer, number: ticket.number }, { body: `Thanks, ${customer.name} here: it arrived.` });
  await resolveAsRequester({ actor: customer, number: ticket.number });
  await rateTicket({ actor: customer, number: ticket.number }, { rating: 5, comment: 'Quick and kind.' });
  await db.insert(mailPreferences).values({ userId: customer.id, kind: 'staff_reply', enabled: false });
  await db.insert(mailReplyTokens).values({ tokenHash: randomUUID().replaceAll('-', '').padEnd(64, '0'), ticketId: ticket.id, userId: customer.id, email: customer.email });
  return { customer, ticket };
}
