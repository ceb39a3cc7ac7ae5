import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Database, getDb } from '@/db/client';
import { type MailMessage, mailMessages } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { queueMail } from '@/lib/mail/queue-mail';
import { createTicket } from '@/lib/tickets/create-ticket';
import { contactInput, freshIp } from './fixtures';

/** Queues a password-reset mail (no ticket) to a fresh address in its own transaction. */
export async function queueResetMail(options: { email?: string; now?: Date; db?: Database } = {}) {
  const db = options.db ?? (await getDb());
  const email = options.email ?? `reset-${randomUUID().slice(0, 8)}@example.test`;
  return db.transaction((tx) =>
    queueMail(tx, { kind: 'password_reset', to: { email }, props: { name: 'Ada', resetUrl: 'http://localhost:3000/reset/x', expiresInMinutes: 30 } }, options.now),
  );
}

export async function mailRow(id: string): Promise<MailMessage> {
  const db = await getDb();
  const [row] = await db.select().from(mailMessages).where(eq(mailMessages.id, id));
  if (!row) throw new Error(`no mail ${id}`);
  return row;
}

/** A visitor's new ticket, with its confirmation queued by the ticket's own transaction. */
export async function visitorTicket(overrides: Record<string, unknown> = {}) {
  const input = contactInput(overrides);
  const ticket = await createTicket(anonymous, input, { ip: freshIp() });
  return { ticket, email: String(input.email).toLowerCase() };
}
