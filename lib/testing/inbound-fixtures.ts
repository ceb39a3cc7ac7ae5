import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { getDb } from '@/db/client';
import { mailInbound, mailMessages, mailSuppressions, ticketMessages } from '@/db/schema';
import { type FakeAttachment, type FakeResend, startFakeResend } from './fake-resend';
import { withMailEnv } from './mail-env';
import { receivedMail, webhookSecret } from './resend-webhook';

export const SUPPORT = 'support@help.example.test';
export const REPLY_DOMAIN = 'reply.help.example.test';

/**
 * A fake Resend for the file, and the settings of a helpdesk that receives mail: a key (so mail
 * can be fetched), the support address, the reply domain and a webhook secret.
 */
export function setUpInboundMail(): { fake: () => FakeResend; secret: string } {
  let fake: FakeResend | undefined;
  const secret = webhookSecret();
  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterAll(async () => {
    await fake?.close();
  });
  withMailEnv({
    RESEND_API_KEY: 're_test_inbound',
    RESEND_BASE_URL: () => fake!.url,
    MAIL_FROM: `Deskline Support <${SUPPORT}>`,
    MAIL_REPLY_DOMAIN: REPLY_DOMAIN,
    RESEND_WEBHOOK_SECRET: secret,
    AUTH_URL: 'https://help.example.test',
    MAIL_WORKER: 'false',
  });
  return { fake: () => fake!, secret };
}

/** Puts a mail (and its files) in the fake's inbox and returns its id, as Resend names it in the webhook. */
export function holdMail(fake: FakeResend, mail: Parameters<typeof receivedMail>[1]): string {
  const id = `in_${randomUUID()}`;
  fake.receiving.set(id, receivedMail(id, mail));
  if (mail.files?.length) fake.receivedFiles.set(id, mail.files);
  return id;
}

/** A file of an inbound mail, as the fake Resend holds it. */
export function mailFile(filename: string | null, contentType: string, content: Buffer): FakeAttachment {
  return { id: randomUUID(), filename, contentType, content };
}

/** The Reply-To address of the latest mail to this person about this ticket. */
export async function replyAddressFor(ticketId: string, email: string): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ replyTo: mailMessages.replyTo })
    .from(mailMessages)
    .where(and(eq(mailMessages.ticketId, ticketId), eq(mailMessages.recipientEmail, email.toLowerCase()), isNotNull(mailMessages.replyTo)))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  if (!row?.replyTo) throw new Error(`no reply address for ${email} on ${ticketId}`);
  return row.replyTo;
}

export async function messagesOf(ticketId: string) {
  const db = await getDb();
  return db
    .select({ body: ticketMessages.body, authorKind: ticketMessages.authorKind, authorId: ticketMessages.authorId, visibility: ticketMessages.visibility, source: ticketMessages.source })
    .from(ticketMessages)
    .where(eq(ticketMessages.ticketId, ticketId));
}

export async function inboundRow(providerEmailId: string) {
  const db = await getDb();
  const rows = await db.select().from(mailInbound).where(eq(mailInbound.providerEmailId, providerEmailId));
  return rows;
}

export async function suppressionOf(email: string) {
  const db = await getDb();
  const [row] = await db.select().from(mailSuppressions).where(eq(mailSuppressions.email, email.toLowerCase()));
  return row ?? null;
}
