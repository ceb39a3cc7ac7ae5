import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { notFound } from '@/lib/errors';
import { mailSettings } from '@/lib/mail/settings';
import { ticketNumberSchema } from '@/lib/tickets/schemas';
import { wantsMail } from './preferences';

/**
 * What becomes of a staff reply's mail on this ticket, so the composer can say it truthfully:
 * sent by email, kept in the mail log (no mail service configured), or not mailed because the
 * customer switched reply mail off.
 */
export type ReplyDelivery = 'email' | 'mail_log' | 'switched_off';

export async function staffReplyDelivery(actor: Actor, input: { number: string }): Promise<ReplyDelivery> {
  assertCan(actor, 'ticket:work');
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) throw notFound('No such ticket.');
  const db = await getDb();
  const [row] = await db.select({ requesterId: tickets.requesterId }).from(tickets).where(eq(tickets.number, number.data)).limit(1);
  if (!row) throw notFound('No such ticket.');
  if (!(await wantsMail(db, row.requesterId, 'staff_reply'))) return 'switched_off';
  return mailSettings().apiKey ? 'email' : 'mail_log';
}

/** Whether mail really leaves this helpdesk, for hints shown before anything is written. */
export function isMailSending(): boolean {
  return Boolean(mailSettings().apiKey);
}
