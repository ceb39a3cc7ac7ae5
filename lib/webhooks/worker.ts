import { type Database, getDb } from '@/db/client';
import { createPollLoop } from '@/lib/jobs/poll-loop';
import { logger } from '@/lib/log/logger';
import { backoffMs, retryAfterMs } from '@/lib/mail/backoff';
import { listenOnChannel } from '@/lib/mail/wake';
import { resolveWebhookTarget } from './address-guard';
import { type ClaimedDelivery, claimDueDeliveries, completeDelivery, type DeliveryOutcome } from './claim';
import { WEBHOOK_CHANNEL } from './enqueue';
import { postWebhook, type SendResult, signatureHeaders } from './send';
import { allowsPrivateAddresses } from './settings';
import { unsealWebhookSecret } from './secret';

export type WebhookTickResult = { claimed: number; delivered: number; retrying: number; failed: number };

export type WebhookWorkerOptions = {
  db?: Database;
  clock?: () => Date;
  random?: () => number;
  pollMs?: number;
  batchSize?: number;
  /** How long a claim keeps other workers off a row; well beyond one send's timeout. */
  leaseMs?: number;
  timeoutMs?: number;
  /** Wake on PostgreSQL notifications when a delivery is queued (default true). */
  listen?: boolean;
  onError?: (error: unknown) => void;
};

export type WebhookWorker = {
  tick: (now?: Date) => Promise<WebhookTickResult>;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  wake: () => void;
};

const LEASE_MS = 2 * 60 * 1000;
const POLL_MS = 5000;

/**
 * Delivers the webhook outbox. Every answer but a 2xx is retried with backoff until the
 * delivery's 24 hours are up: a 4xx is as likely a receiver deployed half-way as a final
 * "no", and Standard Webhooks receivers de-duplicate by webhook-id, so a retry does no harm.
 * Only what no retry can mend fails at once: a turned-off endpoint, an unreadable secret.
 */
export function createWebhookWorker(options: WebhookWorkerOptions = {}): WebhookWorker {
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const onError = options.onError ?? ((error: unknown) => logger().error({ err: error }, 'webhook worker failed'));
  const database = () => (options.db ? Promise.resolve(options.db) : getDb());

  async function attempt(delivery: ClaimedDelivery, allowPrivate: boolean): Promise<SendResult | string> {
    if (!delivery.active) return 'The endpoint is turned off.';
    const secret = unsealWebhookSecret(delivery.secretSealed);
    if (!secret) return 'The signing secret cannot be read (AUTH_SECRET changed since it was made): rotate the secret.';
    let target;
    try {
      target = await resolveWebhookTarget(delivery.url, allowPrivate);
    } catch (error) {
      return { statusCode: null, error: error instanceof Error ? error.message : String(error), durationMs: 0, retryAfter: null };
    }
    const body = JSON.stringify(delivery.payload);
    // The signature's timestamp is the real time of sending: receivers refuse old ones.
    return postWebhook(target, signatureHeaders(secret, delivery.eventId, body, new Date()), body, options.timeoutMs);
  }

  function outcomeOf(delivery: ClaimedDelivery, result: SendResult | string, at: Date): DeliveryOutcome {
    if (typeof result === 'string') return { status: 'failed', now: at, statusCode: null, error: result, durationMs: null };
    const { statusCode, error, durationMs } = result;
    if (error === null) return { status: 'delivered', now: at, statusCode, error: null, durationMs };
    if (at >= delivery.giveUpAt) return { status: 'failed', now: at, statusCode, error: `Gave up after ${delivery.attempts} attempts: ${error}`, durationMs };
    const wait = retryAfterMs(result.retryAfter, at) ?? backoffMs(delivery.attempts, random);
    return { status: 'queued', now: at, statusCode, error, durationMs, nextAttemptAt: new Date(at.getTime() + wait) };
  }

  async function tick(now = clock()): Promise<WebhookTickResult> {
    const db = await database();
    const result: WebhookTickResult = { claimed: 0, delivered: 0, retrying: 0, failed: 0 };
    const claimed = await claimDueDeliveries(db, now, batchSize, leaseMs);
    result.claimed = claimed.length;
    if (claimed.length === 0) return result;
    const allowPrivate = await allowsPrivateAddresses(db);
    // Side by side: one slow receiver must not hold up the others. Two of one ticket to one
    // endpoint are never in the same batch (see claimDueDeliveries).
    await Promise.all(
      claimed.map(async (delivery) => {
        const sent = await attempt(delivery, allowPrivate);
        // Never before the pass began, when a pass is run for a moment ahead of the clock.
        const at = new Date(Math.max(now.getTime(), clock().getTime()));
        const outcome = outcomeOf(delivery, sent, at);
        await completeDelivery(db, delivery, outcome);
        if (outcome.status === 'delivered') result.delivered += 1;
        else if (outcome.status === 'queued') result.retrying += 1;
        else result.failed += 1;
      }),
    );
    return result;
  }

  const loop = createPollLoop({
    tick: () => tick(),
    batchSize,
    pollMs: () => options.pollMs ?? POLL_MS,
    listen: options.listen === false ? undefined : async (wake) => listenOnChannel(await database(), WEBHOOK_CHANNEL, wake),
    onError,
  });

  return { tick, ...loop };
}
