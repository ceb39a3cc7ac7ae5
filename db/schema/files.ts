import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgEnum, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { ticketMessages } from './messages';
import { tickets } from './tickets';
import { users } from './users';

/** `unscanned` when no scanner is configured; a file is shown only when `clean` or `unscanned`. */
export const attachmentScanStatus = pgEnum('attachment_scan_status', ['pending', 'clean', 'infected', 'unscanned', 'failed']);
export const attachmentThumbnailState = pgEnum('attachment_thumbnail_state', ['none', 'pending', 'ready', 'failed']);

/**
 * Files on ticket messages. A file is uploaded first ("staged": no message yet, claimable only
 * with the secret whose SHA-256 is `claimHash`), then joins its message in the message's
 * transaction. Objects live in storage under `storageKey`, a random key, never the file's name.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'cascade' }),
    messageId: uuid().references(() => ticketMessages.id, { onDelete: 'cascade' }),
    storageKey: varchar({ length: 100 }).notNull().unique(),
    fileName: varchar({ length: 255 }).notNull(),
    // Detected from the content; the browser's claim is not trusted.
    contentType: varchar({ length: 127 }).notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: varchar({ length: 64 }).notNull(),
    uploadedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    claimHash: varchar({ length: 64 }),
    scanStatus: attachmentScanStatus().notNull().default('unscanned'),
    thumbnailKey: varchar({ length: 100 }),
    thumbnailState: attachmentThumbnailState().notNull().default('none'),
    // The background work (scan, thumbnail) is leased like the mail outbox.
    processAttempts: integer().notNull().default(0),
    processAfter: timestamp({ withTimezone: true }),
    leaseUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attachedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('attachments_message_idx').on(t.messageId),
    index('attachments_ticket_idx').on(t.ticketId),
    // Staged files never attached are swept after a while.
    index('attachments_staged_idx').on(t.createdAt).where(sql`${t.messageId} is null`),
    index('attachments_process_idx').on(t.processAfter).where(sql`${t.processAfter} is not null`),
  ],
);

/**
 * Storage objects to delete, written in the transaction that dropped their rows (a deleted
 * ticket, a removed account), so no object outlives its row even if the app stops midway.
 */
export const storageGarbage = pgTable('storage_garbage', {
  storageKey: varchar({ length: 100 }).primaryKey(),
  queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  attempts: integer().notNull().default(0),
});

export type Attachment = typeof attachments.$inferSelect;
