import { type Database, getDb } from '@/db/client';
import { createPollLoop } from '@/lib/jobs/poll-loop';
import { backoffMs, retryAfterMs } from './backoff';
import { claimDueMail, completeMail, suppressedAmong } from './claim';
import { type MailSender, resendSender } from './sender';
import { mailSettings } from './settings';
import { listenForQueuedMail } from './wake';
import { logger } from '@/lib/log/logger';

export type TickResult = { claimed: number; sent: number; retrying: number; failed: number; held: number; suppressed: number };

export type MailWorkerOptions = {
  /** Default: the process-wide database. */
  db?: Database;
  /** Default: Resend with RESEND_API_KEY, or none (mail is held) when it is unset. */
  sender?: MailSender | null;
  clock?: () => Date;
  random?: () => number;
  pollMs?: number;
  batchSize?: number;
  /** How long a claim keeps other senders off a row; well beyond one send's timeout. */
  leaseMs?: number;
  /** Wake on PostgreSQL notifications when mail is queued (default true). */
  listen?: boolean;
  onError?: (error: unknown) => void;
};

export type MailWorker = {
  /** One pass: claim what is due at `now`, send it, record each outcome. */
  tick: (now?: Date) => Promise<TickResult>;
  /** Polls every `pollMs`, and at once when mail is queued. */
  start: () => Promise<void>;
  /** Finishes the pass under way, then stops. */
  stop: () => Promise<void>;
  wake: () => void;
};

const LEASE_MS = 2 * 60 * 1000;

let cachedSender: { key: string; sender: MailSender } | undefined;

function configuredSender(): MailSender | null {
  const settings = mailSettings();
  if (!settings.apiKey) return null;
  const key = `${settings.apiKey}|${settings.from}|${settings.resendBaseUrl ?? ''}`;
  if (cachedSender?.key !== key) cachedSender = { key, sender: resendSender(settings.apiKey, settings.from) };
  return cachedSender.sender;
}

export function createMailWorker(options: MailWorkerOptions = {}): MailWorker {
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const onError = options.onError ?? ((error: unknown) => logger().error({ err: error }, 'mail worker failed'));
  const database = () => (options.db ? Promise.resolve(options.db) : getDb());
  const senderNow = () => (options.sender !== undefined ? options.sender : configuredSender());

  async function tick(now = clock()): Promise<TickResult> {
    const db = await database();
    const result: TickResult = { claimed: 0, sent: 0, retrying: 0, failed: 0, held: 0, suppressed: 0 };
    const claimed = await claimDueMail(db, now, batchSize, leaseMs);
    result.claimed = claimed.length;
    if (claimed.length === 0) return result;
    const suppressed = await suppressedAmong(db, claimed.map((mail) => mail.recipientEmail));
    const sender = senderNow();

    // One at a time: the provider limits requests per second, and a 429 slows every sender down.
    for (const mail of claimed) {
      const reason = suppressed.get(mail.recipientEmail.toLowerCase());
      if (reason) {
        await completeMail(db, mail, { status: 'suppressed', now, uncount: true, lastError: `The address ${reason === 'bounced' ? 'bounced' : 'marked our mail as spam'}.` });
        result.suppressed += 1;
        continue;
      }
      if (!sender) {
        await completeMail(db, mail, { status: 'held', now, uncount: true });
        result.held += 1;
        continue;
      }
      const outcome = await sender(mail).catch((error: unknown) => ({
        ok: false as const,
        retryable: true,
        error: `send failed: ${error instanceof Error ? error.message : String(error)}`,
        retryAfter: null,
      }));
      const at = clock();
      if (outcome.ok) {
        await completeMail(db, mail, { status: 'sent', now: at, lastError: null, providerMessageId: outcome.providerMessageId });
        result.sent += 1;
      } else if (outcome.retryable && at < mail.giveUpAt) {
        const wait = retryAfterMs(outcome.retryAfter, at) ?? backoffMs(mail.attempts, random);
        await completeMail(db, mail, { status: 'queued', now: at, lastError: outcome.error, nextAttemptAt: new Date(at.getTime() + wait) });
        result.retrying += 1;
      } else {
        const lastError = outcome.retryable ? `Gave up after ${mail.attempts} attempts: ${outcome.error}` : outcome.error;
        await completeMail(db, mail, { status: 'failed', now: at, lastError });
        result.failed += 1;
      }
    }
    return result;
  }

  const loop = createPollLoop({
    tick: () => tick(),
    batchSize,
    pollMs: () => options.pollMs ?? mailSettings().pollMs,
    listen: options.listen === false ? undefined : async (wake) => listenForQueuedMail(await database(), wake),
    onError,
  });

  return { tick, ...loop };
}
