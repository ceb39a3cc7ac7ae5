import { Readable } from 'node:stream';
import { type Database, getDb } from '@/db/client';
import { fileStorage, type FileStorage, newStorageKey } from '@/lib/files/storage';
import { createPollLoop } from '@/lib/jobs/poll-loop';
import { logger } from '@/lib/log/logger';
import { backoffMs } from '@/lib/mail/backoff';
import { type ClaimedFile, claimDueFiles, completeFile, type FileOutcome, forgetGarbage } from './claim';
import type { Scanner } from './clamd';
import { configuredScanner } from './scanner-settings';
import { makeThumbnail, THUMBNAIL_TYPE, UnreadableImageError } from './thumbnail';
import { listenForQueuedFiles } from './wake';

export type FileTickResult = { claimed: number; clean: number; infected: number; thumbnails: number; retrying: number; failed: number };

export type FileWorkerOptions = {
  /** Default: the process-wide database. */
  db?: Database;
  /** Default: the configured storage (disk or S3). */
  storage?: FileStorage;
  /** Default: clamd at CLAMAV_HOST:CLAMAV_PORT, or none when CLAMAV_HOST is unset. */
  scanner?: Scanner | null;
  clock?: () => Date;
  random?: () => number;
  pollMs?: number;
  batchSize?: number;
  /** How long a claim keeps other workers off a row; well beyond one scan's timeout. */
  leaseMs?: number;
  /** After this many attempts a scan or thumbnail still not done is marked failed. */
  maxAttempts?: number;
  /** Wake on PostgreSQL notifications when files are attached (default true). */
  listen?: boolean;
  onError?: (error: unknown) => void;
};

export type FileWorker = {
  /** One pass: claim the files due at `now`, scan them and make their thumbnails. */
  tick: (now?: Date) => Promise<FileTickResult>;
  start: () => Promise<void>;
  /** Finishes the pass under way, then stops. */
  stop: () => Promise<void>;
  wake: () => void;
};

const LEASE_MS = 5 * 60 * 1000;
const POLL_MS = 5000;
// With the backoff (30 s doubling, capped at an hour) about a day of trying.
const MAX_ATTEMPTS = 30;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Work = { outcome: FileOutcome; retry: string | null; signature?: string };

export function createFileWorker(options: FileWorkerOptions = {}): FileWorker {
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 5;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const log = () => logger();
  const onError = options.onError ?? ((error: unknown) => log().error({ err: error }, 'file worker failed'));
  const database = () => (options.db ? Promise.resolve(options.db) : getDb());
  const storageNow = () => options.storage ?? fileStorage();
  const scannerNow = () => (options.scanner !== undefined ? options.scanner : configuredScanner());

  /** The file's object; null when it is gone; undefined (and a retry noted) when storage failed. */
  async function read(file: ClaimedFile, work: Work, step: string): Promise<Readable | null | undefined> {
    try {
      return await storageNow().get(file.storageKey);
    } catch (error) {
      work.retry = `${step}: ${message(error)}`;
      return undefined;
    }
  }

  async function scan(file: ClaimedFile, work: Work): Promise<void> {
    const scanner = scannerNow();
    if (!scanner) {
      // Promised a scan when attached: it stays hidden until a scanner is configured again.
      work.retry = 'no virus scanner is configured (CLAMAV_HOST)';
      return;
    }
    const body = await read(file, work, 'scan');
    if (body === undefined) return;
    if (!body) {
      work.outcome.scanStatus = 'failed';
      return;
    }
    try {
      const verdict = await scanner(body);
      work.outcome.scanStatus = verdict.infected ? 'infected' : 'clean';
      if (verdict.infected) work.signature = verdict.signature;
    } catch (error) {
      work.retry = `scan: ${message(error)}`;
    } finally {
      body.destroy();
    }
  }

  async function thumbnail(file: ClaimedFile, work: Work): Promise<void> {
    const storage = storageNow();
    const body = await read(file, work, 'thumbnail');
    if (body === undefined) return;
    if (!body) {
      work.outcome.thumbnailState = 'failed';
      return;
    }
    let image: Buffer;
    try {
      image = await makeThumbnail(body, file.sizeBytes);
    } catch (error) {
      if (!(error instanceof UnreadableImageError)) {
        work.retry = `thumbnail: ${message(error)}`;
        return;
      }
      // The file itself stays downloadable; it is only shown without a preview.
      log().info({ attachmentId: file.id, reason: error.message }, 'no thumbnail: the image cannot be read');
      work.outcome.thumbnailState = 'failed';
      return;
    } finally {
      body.destroy();
    }
    const key = newStorageKey();
    try {
      await storage.put(key, Readable.from([image]), { contentType: THUMBNAIL_TYPE });
    } catch (error) {
      await storage.remove(key).catch(() => {});
      work.retry = `thumbnail: ${message(error)}`;
      return;
    }
    work.outcome.thumbnailKey = key;
    work.outcome.thumbnailState = 'ready';
  }

  async function processFile(db: Database, file: ClaimedFile, now: Date, result: FileTickResult): Promise<void> {
    const work: Work = { outcome: { scanStatus: file.scanStatus, thumbnailState: file.thumbnailState, processAfter: null }, retry: null };
    if (work.outcome.scanStatus === 'pending') await scan(file, work);
    const shown = work.outcome.scanStatus === 'clean' || work.outcome.scanStatus === 'unscanned';
    if (work.outcome.thumbnailState === 'pending') {
      if (shown) await thumbnail(file, work);
      else if (work.outcome.scanStatus !== 'pending') work.outcome.thumbnailState = 'none';
    }

    if (work.retry && file.processAttempts >= maxAttempts) {
      log().error({ attachmentId: file.id, attempts: file.processAttempts, reason: work.retry }, 'gave up processing a file');
      if (work.outcome.scanStatus === 'pending') work.outcome.scanStatus = 'failed';
      if (work.outcome.thumbnailState === 'pending') work.outcome.thumbnailState = 'failed';
      work.retry = null;
      result.failed += 1;
    } else if (work.retry) {
      log().warn({ attachmentId: file.id, attempts: file.processAttempts, reason: work.retry }, 'file processing will be retried');
      work.outcome.processAfter = new Date(now.getTime() + backoffMs(file.processAttempts, random));
      result.retrying += 1;
    }

    const recorded = await completeFile(db, file, work.outcome);
    const storage = storageNow();
    if (!recorded) {
      // Another worker holds the row now, or the file was deleted: this thumbnail is nobody's.
      if (work.outcome.thumbnailKey) await storage.remove(work.outcome.thumbnailKey).catch(onError);
      return;
    }
    if (work.outcome.thumbnailState === 'ready' && file.thumbnailState === 'pending') result.thumbnails += 1;
    if (work.outcome.scanStatus === 'clean' && file.scanStatus === 'pending') result.clean += 1;
    if (work.outcome.scanStatus === 'infected' && file.scanStatus === 'pending') {
      result.infected += 1;
      log().warn({ attachmentId: file.id, ticketId: file.ticketId, signature: work.signature }, 'a file was removed by the virus scan');
      try {
        await storage.remove(file.storageKey);
        await forgetGarbage(db, file.storageKey);
      } catch (error) {
        // Queued in storage_garbage with the verdict: the sweeper deletes it later.
        onError(error);
      }
    }
  }

  async function tick(now = clock()): Promise<FileTickResult> {
    const db = await database();
    const result: FileTickResult = { claimed: 0, clean: 0, infected: 0, thumbnails: 0, retrying: 0, failed: 0 };
    const claimed = await claimDueFiles(db, now, batchSize, leaseMs);
    result.claimed = claimed.length;
    // One at a time: scans and image decoding are heavy, and the app serves requests meanwhile.
    for (const file of claimed) {
      try {
        await processFile(db, file, now, result);
      } catch (error) {
        // The lease runs out and the file is tried again then.
        onError(error);
      }
    }
    return result;
  }

  const loop = createPollLoop({
    tick: () => tick(),
    batchSize,
    pollMs: () => options.pollMs ?? POLL_MS,
    listen: options.listen === false ? undefined : async (wake) => listenForQueuedFiles(await database(), wake),
    onError,
  });

  return { tick, ...loop };
}
