import 'server-only';
import { and, desc, eq, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type WebhookDelivery, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { cursorKeys, instantKey, keysetCursor } from '@/lib/cursor';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { WEBHOOK_CHANNEL, WEBHOOK_RETRY_WINDOW_MS } from './enqueue';
import { notifyChannel } from '@/lib/mail/wake';
import { wakeWebhookWorker } from './process-worker';
import { webhookDeliveryIdSchema, webhookLogQuerySchema } from './schemas';

export type WebhookDeliveryEntry = Pick<
  WebhookDelivery,
  'id' | 'eventId' | 'eventType' | 'status' | 'attempts' | 'lastStatusCode' | 'lastError' | 'lastDurationMs' | 'createdAt' | 'nextAttemptAt' | 'deliveredAt' | 'payload'
> & { canResend: boolean };

export type WebhookDeliveryPage = { entries: WebhookDeliveryEntry[]; nextCursor: string | null };

export const DELIVERY_PAGE_SIZE = 25;

const deliveryCursor = keysetCursor([cursorKeys.instant, cursorKeys.id]);
const resendable = ['failed', 'delivered'] as const;

/** One endpoint's deliveries, newest first, paged by keyset on (created_at, id). */
export async function listWebhookDeliveries(actor: Actor, input: unknown): Promise<WebhookDeliveryPage> {
  assertCan(actor, 'webhook:manage');
  const query = parseInput(webhookLogQuerySchema, input);
  const cursor = deliveryCursor.decode(query.cursor);
  const conditions: SQL[] = [eq(webhookDeliveries.endpointId, query.id)];
  if (cursor) {
    const [key, id] = cursor;
    const at = sql`${key}::timestamptz`;
    const before = or(lt(webhookDeliveries.createdAt, at), and(eq(webhookDeliveries.createdAt, at), lt(webhookDeliveries.id, id)));
    // The first, redundant bound is the one an index range scan can use.
    if (before) conditions.push(lte(webhookDeliveries.createdAt, at), before);
  }
  const db = await getDb();
  const rows = await db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
      lastDurationMs: webhookDeliveries.lastDurationMs,
      createdAt: webhookDeliveries.createdAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      payload: webhookDeliveries.payload,
      key: instantKey(webhookDeliveries.createdAt),
    })
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(DELIVERY_PAGE_SIZE + 1);
  const page = rows.slice(0, DELIVERY_PAGE_SIZE);
  const last = page.at(-1);
  return {
    entries: page.map(({ key: _key, ...entry }) => ({ ...entry, canResend: (resendable as readonly string[]).includes(entry.status) })),
    nextCursor: rows.length > DELIVERY_PAGE_SIZE && last ? deliveryCursor.encode([last.key, last.id]) : null,
  };
}

/**
 * "Send again": a failed or delivered delivery goes back in the queue with a fresh retry window
 * and the same webhook-id, so a receiver that has it already can tell it is the same event.
 */
export async function resendWebhookDelivery(actor: Actor, input: unknown, now = new Date()): Promise<{ id: string; endpointId: string }> {
  assertCan(actor, 'webhook:manage');
  const { id } = parseInput(webhookDeliveryIdSchema, input);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({ status: 'queued', nextAttemptAt: now, giveUpAt: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS), leaseUntil: null, updatedAt: now })
      .where(and(eq(webhookDeliveries.id, id), inArray(webhookDeliveries.status, [...resendable])))
      .returning({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId, eventId: webhookDeliveries.eventId, eventType: webhookDeliveries.eventType });
    if (!updated) {
      const [exists] = await tx.select({ status: webhookDeliveries.status }).from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      if (!exists) throw notFound('No such delivery.');
      throw new AppError('conflict', 'This delivery is still on its way; it can be sent again once it is delivered or failed.');
    }
    const [endpoint] = await tx.select({ url: webhookEndpoints.url }).from(webhookEndpoints).where(eq(webhookEndpoints.id, updated.endpointId));
    await recordAudit(tx, actor, {
      kind: 'webhook_resent',
      subjectType: 'webhook',
      subjectId: updated.endpointId,
      subjectLabel: endpoint?.url ?? null,
      to: updated.eventId,
      detail: { deliveryId: updated.id, eventType: updated.eventType },
    });
    await notifyChannel(tx, WEBHOOK_CHANNEL);
    return { id: updated.id, endpointId: updated.endpointId };
  });
  // Without LISTEN (some poolers), this instance's worker still looks at once.
  wakeWebhookWorker();
  return result;
}
