import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';

const CHANNEL = 'deskline_mail';

/**
 * Tells every listener on `channel` that work is waiting. Sent inside the transaction that
 * queues the work, PostgreSQL delivers it when (and only if) that transaction commits: a worker
 * is never woken for a row it cannot see yet, nor for one rolled back.
 */
export async function notifyChannel(tx: Executor, channel: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${channel}, '')`);
}

export async function notifyMailQueued(tx: Executor): Promise<void> {
  await notifyChannel(tx, CHANNEL);
}

type Listening = (() => Promise<void>) | { unlisten: () => Promise<void> };
type ListeningClient = { listen: (channel: string, callback: () => void) => Promise<Listening> };

/**
 * Calls `onNotified` whenever `channel` is notified on this database, by any app instance.
 * postgres.js listens on a connection of its own; PGlite in its one session. Returns how to stop.
 */
export async function listenOnChannel(db: Database, channel: string, onNotified: () => void): Promise<() => Promise<void>> {
  const client = (db as unknown as { $client?: Partial<ListeningClient> }).$client;
  if (typeof client?.listen !== 'function') return async () => {};
  const listening = await (client as ListeningClient).listen(channel, onNotified);
  return typeof listening === 'function' ? listening : () => listening.unlisten();
}

/** Calls `onQueued` whenever mail is queued on this database, by any app instance. */
export async function listenForQueuedMail(db: Database, onQueued: () => void): Promise<() => Promise<void>> {
  return listenOnChannel(db, CHANNEL, onQueued);
}
