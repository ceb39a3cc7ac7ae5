import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { tickets } from './tickets';
import { users } from './users';

export const apiTokenScopes = ['read', 'write'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/**
 * Personal access tokens for the API. Only the SHA-256 of a token is kept; `prefix` is its
 * visible start, shown in lists so that a person can tell their tokens apart.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: varchar({ length: 100 }).notNull(),
    prefix: varchar({ length: 24 }).notNull(),
    tokenHash: varchar({ length: 64 }).notNull().unique(),
    scopes: text().array().$type<ApiTokenScope[]>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    lastUsedIp: varchar({ length: 64 }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId, t.createdAt)],
);

export const webhookEventTypes = ['ticket.created', 'ticket.updated', 'message.created', 'rating.created'] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Where admins want ticket events posted. The signing secret is sealed, since it must be read back to sign. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid().primaryKey().defaultRandom(),
    url: varchar({ length: 2000 }).notNull(),
    description: varchar({ length: 200 }).notNull().default(''),
    events: text().array().$type<WebhookEventType[]>().notNull(),
    // Internal notes go only to endpoints that ask for them.
    includeInternal: boolean().notNull().default(false),
    secretSealed: text().notNull(),
    active: boolean().notNull().default(true),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_endpoints_created_idx').on(t.createdAt)],
);

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['queued', 'sending', 'delivered', 'failed']);

/**
 * The webhook outbox, one row per event and endpoint, written in the transaction of the change.
 * `eventId` is the Standard Webhooks message id (the same on every retry, so receivers can
 * de-duplicate); `seq` orders one ticket's deliveries to one endpoint.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    seq: bigserial({ mode: 'number' }).notNull(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: varchar({ length: 64 }).notNull(),
    eventType: varchar({ length: 40 }).notNull(),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'set null' }),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    giveUpAt: timestamp({ withTimezone: true }).notNull(),
    leaseUntil: timestamp({ withTimezone: true }),
    lastStatusCode: smallint(),
    lastError: text(),
    lastDurationMs: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
    index('webhook_deliveries_lease_idx').on(t.leaseUntil).where(sql`${t.status} = 'sending'`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt, t.id),
    // "In order per ticket": a delivery waits while an earlier one to the same endpoint is pending.
    index('webhook_deliveries_order_idx').on(t.endpointId, t.ticketId, t.seq).where(sql`${t.status} in ('queued', 'sending')`),
  ],
);

export type ApiToken = typeof apiTokens.$inferSelect;
export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
