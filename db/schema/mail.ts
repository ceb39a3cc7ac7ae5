import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { ticketMessages } from './messages';
import { tickets } from './tickets';
import { users } from './users';

// held: no provider is configured, kept until an admin sends it; suppressed: the address bounced or complained.
export const mailStatus = pgEnum('mail_status', ['queued', 'sending', 'sent', 'failed', 'held', 'suppressed']);
export const mailSuppressionReason = pgEnum('mail_suppression_reason', ['bounced', 'complained']);

/** Per-ticket, per-recipient Reply-To tokens; only the SHA-256 of the token is kept. */
export const mailReplyTokens = pgTable(
  'mail_reply_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: varchar({ length: 64 }).notNull().unique(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    // Lower-cased.
    email: varchar({ length: 254 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mail_reply_tokens_ticket_idx').on(t.ticketId, t.email)],
);

/** The outbox: every mail, rendered when it is queued, in the transaction of the change it reports. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Plain text rather than an enum, so that a new template needs no migration.
    kind: varchar({ length: 40 }).notNull(),
    recipientEmail: varchar({ length: 254 }).notNull(),
    recipientUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'set null' }),
    subject: varchar({ length: 300 }).notNull(),
    html: text().notNull(),
    text: text().notNull(),
    messageId: varchar({ length: 255 }).notNull().unique(),
    inReplyTo: varchar({ length: 255 }),
    references: text(),
    replyTo: varchar({ length: 320 }),
    replyTokenId: uuid().references(() => mailReplyTokens.id, { onDelete: 'set null' }),
    status: mailStatus().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Failures that may pass (network, 5xx, 429) are retried until then; a manual retry moves it on.
    giveUpAt: timestamp({ withTimezone: true }).notNull(),
    // While a sender holds the row; past it, a crashed sender's mail is claimed again.
    leaseUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    providerMessageId: varchar({ length: 100 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The sender's two ways in: due queued mail, and sending mail whose lease ran out.
    index('mail_messages_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
    index('mail_messages_lease_idx').on(t.leaseUntil).where(sql`${t.status} = 'sending'`),
    // The admin log, newest first, with and without a status filter.
    index('mail_messages_created_idx').on(t.createdAt, t.id),
    index('mail_messages_status_created_idx').on(t.status, t.createdAt, t.id),
    index('mail_messages_ticket_idx').on(t.ticketId, t.recipientEmail),
  ],
);

/** Addresses that must not be mailed again: they bounced, or their owner marked us as spam. */
export const mailSuppressions = pgTable('mail_suppressions', {
  // Lower-cased.
  email: varchar({ length: 254 }).primaryKey(),
  reason: mailSuppressionReason().notNull(),
  detail: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A user's choice for one kind of mail; no row means the kind's default (lib/mail/preferences). */
export const mailPreferences = pgTable(
  'mail_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: varchar({ length: 40 }).notNull(),
    enabled: boolean().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * Every inbound mail Resend reported, once: the provider's email id is the key, so a webhook
 * delivered twice is recognised. `outcome` says what became of it (lib/mail/inbound).
 */
export const mailInbound = pgTable(
  'mail_inbound',
  {
    id: uuid().primaryKey().defaultRandom(),
    providerEmailId: varchar({ length: 100 }).notNull().unique(),
    fromEmail: varchar({ length: 254 }).notNull(),
    toEmail: varchar({ length: 320 }).notNull(),
    subject: varchar({ length: 300 }).notNull().default(''),
    outcome: varchar({ length: 30 }).notNull(),
    detail: text(),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'set null' }),
    messageId: uuid().references(() => ticketMessages.id, { onDelete: 'set null' }),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mail_inbound_received_idx').on(t.receivedAt)],
);

export type MailStatus = (typeof mailStatus.enumValues)[number];
export type MailSuppressionReason = (typeof mailSuppressionReason.enumValues)[number];
export type MailMessage = typeof mailMessages.$inferSelect;
