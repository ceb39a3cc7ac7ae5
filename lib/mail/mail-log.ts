import 'server-only';
import { and, desc, eq, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type MailStatus, mailMessages, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { cursorKeys, instantKey, keysetCursor } from '@/lib/cursor';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { RETRY_WINDOW_MS } from './queue-mail';
import { redactSecrets } from './redact';
import { recordAudit } from '@/lib/audit/record';
import { mailIdSchema, mailLogFilterSchema, mailStatuses } from './schemas';
import { mailSettings } from './settings';
import { notifyMailQueued } from './wake';

export type MailLogEntry = {
  id: string;
  kind: string;
  recipientEmail: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  ticketNumber: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
};

export type MailLogPage = { entries: MailLogEntry[]; nextCursor: string | null };

export type MailDetail = MailLogEntry & {
  from: string;
  html: string;
  text: string;
  messageId: string;
  inReplyTo: string | null;
  references: string | null;
  replyTo: string | null;
  providerMessageId: string | null;
  updatedAt: Date;
  /** What an admin may do with it now. */
  canRetry: boolean;
  canSend: boolean;
};

export const MAIL_PAGE_SIZE = 50;

// (created_at, id) of the last row; keys checked by lib/cursor, so no 30 February reaches the database.
const mailCursor = keysetCursor([cursorKeys.instant, cursorKeys.id]);

const entryColumns = {
  id: mailMessages.id,
  kind: mailMessages.kind,
  recipientEmail: mailMessages.recipientEmail,
  subject: mailMessages.subject,
  status: mailMessages.status,
  attempts: mailMessages.attempts,
  lastError: mailMessages.lastError,
  ticketNumber: tickets.number,
  createdAt: mailMessages.createdAt,
  nextAttemptAt: mailMessages.nextAttemptAt,
  sentAt: mailMessages.sentAt,
};

/** The outbox, newest first, optionally one status, paged by keyset on (created_at, id). */
export async function listMailLog(actor: Actor, input: unknown): Promise<MailLogPage> {
  assertCan(actor, 'mail:manage');
  const filters = parseInput(mailLogFilterSchema, input);
  const cursor = mailCursor.decode(filters.cursor);
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(mailMessages.status, filters.status));
  if (cursor) {
    const [key, id] = cursor;
    const at = sql`${key}::timestamptz`;
    const before = or(lt(mailMessages.createdAt, at), and(eq(mailMessages.createdAt, at), lt(mailMessages.id, id)));
    // The first, redundant bound is the one an index range scan can use.
    if (before) conditions.push(lte(mailMessages.createdAt, at), before);
  }
  const db = await getDb();
  const rows = await db
    .select({ ...entryColumns, key: instantKey(mailMessages.createdAt) })
    .from(mailMessages)
    .leftJoin(tickets, eq(tickets.id, mailMessages.ticketId))
    .where(and(...conditions))
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
    .limit(MAIL_PAGE_SIZE + 1);
  const page = rows.slice(0, MAIL_PAGE_SIZE);
  const last = page.at(-1);
  return {
    entries: page.map(({ key: _key, ...entry }) => entry),
    nextCursor: rows.length > MAIL_PAGE_SIZE && last ? mailCursor.encode([last.key, last.id]) : null,
  };
}

const retryable: MailStatus[] = ['failed', 'queued'];

/** One mail as it was rendered, with its headers; private links and reply addresses hidden. */
export async function getMailDetail(actor: Actor, input: { id: string }): Promise<MailDetail> {
  assertCan(actor, 'mail:manage');
  const id = mailIdSchema.safeParse(input.id);
  if (!id.success) throw notFound('No such mail.');
  const db = await getDb();
  const [row] = await db
    .select({
      ...entryColumns,
      html: mailMessages.html,
      text: mailMessages.text,
      messageId: mailMessages.messageId,
      inReplyTo: mailMessages.inReplyTo,
      references: mailMessages.references,
      replyTo: mailMessages.replyTo,
      providerMessageId: mailMessages.providerMessageId,
      updatedAt: mailMessages.updatedAt,
    })
    .from(mailMessages)
    .leftJoin(tickets, eq(tickets.id, mailMessages.ticketId))
    .where(eq(mailMessages.id, id.data))
    .limit(1);
  if (!row) throw notFound('No such mail.');
  const settings = mailSettings();
  return {
    ...row,
    from: settings.from,
    html: redactSecrets(row.html),
    text: redactSecrets(row.text),
    replyTo: row.replyTo ? redactSecrets(row.replyTo) : null,
    canRetry: retryable.includes(row.status) && !!settings.apiKey,
    canSend: row.status === 'held' && !!settings.apiKey,
  };
}

/**
 * Sends a failed or waiting mail at the next pass, with a fresh retry window; or releases a held
 * one, once a provider key is configured. Held mail is never sent on its own: it may be old.
 */
export async function retryMail(actor: Actor, input: { id: string }, now = new Date()): Promise<{ status: MailStatus }> {
  assertCan(actor, 'mail:manage');
  const id = mailIdSchema.safeParse(input.id);
  if (!id.success) throw notFound('No such mail.');
  if (!mailSettings().apiKey) throw new AppError('conflict', 'No mail provider is configured: set RESEND_API_KEY first.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(mailMessages)
      .set({ status: 'queued', nextAttemptAt: now, giveUpAt: new Date(now.getTime() + RETRY_WINDOW_MS), leaseUntil: null, updatedAt: now })
      .where(and(eq(mailMessages.id, id.data), inArray(mailMessages.status, [...retryable, 'held'])))
      .returning({ status: mailMessages.status, recipientEmail: mailMessages.recipientEmail, subject: mailMessages.subject });
    if (!updated) {
      const [exists] = await tx.select({ status: mailMessages.status }).from(mailMessages).where(eq(mailMessages.id, id.data));
      if (!exists) throw notFound('No such mail.');
      throw new AppError('conflict', exists.status === 'sent' ? 'This mail was sent already.' : `A ${exists.status} mail cannot be sent again from here.`);
    }
    // A held mail may carry a private link: who sent it out, and to whom, is on the record.
    await recordAudit(tx, actor, { kind: 'mail_resent', subjectType: 'mail', subjectId: id.data, subjectLabel: updated.subject, to: updated.recipientEmail });
    await notifyMailQueued(tx);
    return { status: updated.status };
  });
}

export const MAIL_COUNT_CAP = 1000;

export type MailCounts = Record<MailStatus, { count: number; capped: boolean }>;

/**
 * Counts by status for the log's filter, each capped: past 1,000 the page shows "1,000+", and
 * no count reads more than 1,001 entries of the status index however large the log grows.
 */
export async function countMailByStatus(actor: Actor): Promise<MailCounts> {
  assertCan(actor, 'mail:manage');
  const db = await getDb();
  const columns = Object.fromEntries(
    mailStatuses.map((status) => {
      const capped = db.select({ one: sql`1` }).from(mailMessages).where(eq(mailMessages.status, status)).limit(MAIL_COUNT_CAP + 1);
      return [status, sql<number>`(select count(*) from (${capped}) as capped)`.mapWith(Number)];
    }),
  ) as Record<MailStatus, SQL<number>>;
  const [row] = await db.select(columns).from(sql`(select 1) as one`);
  return Object.fromEntries(
    mailStatuses.map((status) => {
      const count = Number(row?.[status] ?? 0);
      return [status, { count: Math.min(count, MAIL_COUNT_CAP), capped: count > MAIL_COUNT_CAP }];
    }),
  ) as MailCounts;
}

export type MailSetup = { providerConfigured: boolean; from: string; replyDomain: string | null };

/** What the log's header says about delivery: whether anything can be sent at all. */
export function getMailSetup(actor: Actor): MailSetup {
  assertCan(actor, 'mail:manage');
  const settings = mailSettings();
  return { providerConfigured: !!settings.apiKey, from: settings.from, replyDomain: settings.replyDomain ?? null };
}
