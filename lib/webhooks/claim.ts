import { and, asc, eq, inArray, lt, lte, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { type WebhookDelivery, webhookDeliveries, webhookEndpoints } from '@/db/schema';

const pending = ['queued', 'sending'] as const;

export type ClaimedDelivery = Pick<WebhookDelivery, 'id' | 'endpointId' | 'eventId' | 'eventType' | 'ticketId' | 'payload' | 'attempts' | 'giveUpAt'> & {
  url: string;
  secretSealed: string;
  active: boolean;
};

/**
 * Takes up to `limit` due deliveries: queued ones whose time has come, and sending ones whose
 * worker's lease ran out. A delivery waits while an earlier one of the same ticket to the same
 * endpoint is still pending, so that each receiver sees a ticket's events in order. `SKIP
 * LOCKED` lets workers on other instances take other rows at the same moment; the lease keeps
 * them off these afterwards. Each claim counts as an attempt.
 */
export async function claimDueDeliveries(db: Database, now: Date, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const earlier = alias(webhookDeliveries, 'earlier');
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        or(
          and(eq(webhookDeliveries.status, 'queued'), lte(webhookDeliveries.nextAttemptAt, now)),
          and(eq(webhookDeliveries.status, 'sending'), lte(webhookDeliveries.leaseUntil, now)),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(earlier)
            .where(
              and(
                eq(earlier.endpointId, webhookDeliveries.endpointId),
                eq(earlier.ticketId, webhookDeliveries.ticketId),
                inArray(earlier.status, [...pending]),
                lt(earlier.seq, webhookDeliveries.seq),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.seq))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(webhookDeliveries)
    .set({ status: 'sending', leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${webhookDeliveries.attempts} + 1`, updatedAt: now })
    .where(inArray(webhookDeliveries.id, due))
    .returning({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      ticketId: webhookDeliveries.ticketId,
      payload: webhookDeliveries.payload,
      attempts: webhookDeliveries.attempts,
      giveUpAt: webhookDeliveries.giveUpAt,
    });
  if (claimed.length === 0) return [];
  const endpoints = await db
    .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, secretSealed: webhookEndpoints.secretSealed, active: webhookEndpoints.active })
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, [...new Set(claimed.map((row) => row.endpointId))]));
  const byId = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint]));
  // An endpoint deleted meanwhile took its deliveries with it (the foreign key cascades).
  return claimed.flatMap((row) => {
    const endpoint = byId.get(row.endpointId);
    return endpoint ? [{ ...row, url: endpoint.url, secretSealed: endpoint.secretSealed, active: endpoint.active }] : [];
  });
}

export type DeliveryOutcome = {
  status: 'queued' | 'delivered' | 'failed';
  now: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number | null;
  nextAttemptAt?: Date;
};

/**
 * Records how a claimed delivery went. The claim's attempt number fences it: a worker whose
 * lease ran out, and whose row another worker has claimed since, changes nothing.
 */
export async function completeDelivery(db: Database, claimed: Pick<ClaimedDelivery, 'id' | 'attempts'>, outcome: DeliveryOutcome): Promise<boolean> {
  const updated = await db
    .update(webhookDeliveries)
    .set({
      status: outcome.status,
      leaseUntil: null,
      updatedAt: outcome.now,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      lastDurationMs: outcome.durationMs,
      ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      ...(outcome.status === 'delivered' ? { deliveredAt: outcome.now } : {}),
    })
    .where(and(eq(webhookDeliveries.id, claimed.id), eq(webhookDeliveries.status, 'sending'), eq(webhookDeliveries.attempts, claimed.attempts)))
    .returning({ id: webhookDeliveries.id });
  return updated.length > 0;
}
