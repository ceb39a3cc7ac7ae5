import type { Database } from '@/db/client';
import { limits } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { type Audience, type LiveEvent, mayReceive } from './events';
import { LIVE_CHANNEL } from './publish';

/** Fixed by design; the stream limits are settings (`limits.liveStreamsPerUser`, `limits.liveStreamsPerInstance`). */
export const liveLimits = { replay: 500, presenceTtlMs: 30_000 };

export type Subscriber = {
  audience: Audience;
  send: (seq: number, event: LiveEvent) => void;
  /** Re-checks the holder after a change to their account; false closes the stream. */
  reauthorise: () => Promise<boolean>;
  close: () => void;
};

type Presence = { name: string; state: 'viewing' | 'replying'; until: number };
type Listening = (() => Promise<void>) | { unlisten: () => Promise<void> };
type ListeningClient = { listen: (channel: string, callback: (payload: string) => void) => Promise<Listening> };

/**
 * One per instance: a single LISTEN connection fans every committed event out to this instance's
 * streams, numbering them so that a reconnecting browser can be replayed what it missed.
 */
export class LiveHub {
  private subscribers = new Set<Subscriber>();
  private ring: { seq: number; event: LiveEvent }[] = [];
  private seq = 0;
  private presence = new Map<string, Map<string, Presence>>();
  private listening: Promise<() => Promise<void>> | undefined;

  constructor(private readonly db: Database) {}

  /** Starts listening once; later calls wait for the same LISTEN. */
  start(): Promise<() => Promise<void>> {
    this.listening ??= (async () => {
      const client = (this.db as unknown as { $client?: Partial<ListeningClient> }).$client;
      if (typeof client?.listen !== 'function') throw new Error('this database driver cannot LISTEN');
      const listening = await (client as ListeningClient).listen(LIVE_CHANNEL, (payload) => this.receive(payload));
      return typeof listening === 'function' ? listening : () => listening.unlisten();
    })();
    return this.listening;
  }

  async stop(): Promise<void> {
    const stop = await this.listening;
    this.listening = undefined;
    for (const subscriber of this.subscribers) subscriber.close();
    this.subscribers.clear();
    await stop?.();
  }

  get size(): number {
    return this.subscribers.size;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Answers 429 when one more stream for this audience would pass the limits. */
  admit(audience: Audience): void {
    if (this.subscribers.size >= limits.liveStreamsPerInstance()) throw new AppError('rate_limited', 'Too many live connections; try again later.');
    const userId = 'userId' in audience ? audience.userId : null;
    if (userId) {
      let mine = 0;
      for (const other of this.subscribers) if ('userId' in other.audience && other.audience.userId === userId) mine++;
      if (mine >= limits.liveStreamsPerUser()) throw new AppError('rate_limited', 'Too many live connections for this account; close a tab.');
    }
  }

  /** Adds a stream, or answers 429 beyond the limits. Returns how to remove it. */
  subscribe(subscriber: Subscriber): () => void {
    this.admit(subscriber.audience);
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** What this subscriber missed after `lastSeq`, or null when the ring no longer holds it all. */
  replay(audience: Audience, lastSeq: number): { seq: number; event: LiveEvent }[] | null {
    if (lastSeq > this.seq) return null; // numbered by another instance or an earlier run
    const oldest = this.ring[0]?.seq ?? this.seq + 1;
    if (lastSeq < oldest - 1) return null;
    return this.ring.filter((entry) => entry.seq > lastSeq && mayReceive(audience, entry.event));
  }

  /** Other staff on this ticket, as last pinged from any instance. */
  presenceOn(ticketId: string, now = Date.now()): { userId: string; name: string; state: 'viewing' | 'replying' }[] {
    const here = this.presence.get(ticketId);
    if (!here) return [];
    const live = [];
    for (const [userId, entry] of here) {
      if (entry.until > now) live.push({ userId, name: entry.name, state: entry.state });
      else here.delete(userId);
    }
    return live;
  }

  private receive(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    if (event.type === 'user') {
      for (const subscriber of this.subscribers) {
        if ('userId' in subscriber.audience && subscriber.audience.userId === event.userId) void this.recheck(subscriber);
      }
      return;
    }
    if (event.type === 'presence') this.notePresence(event);
    const seq = ++this.seq;
    this.ring.push({ seq, event });
    if (this.ring.length > liveLimits.replay) this.ring.shift();
    for (const subscriber of this.subscribers) {
      if (mayReceive(subscriber.audience, event)) subscriber.send(seq, event);
    }
  }

  private async recheck(subscriber: Subscriber): Promise<void> {
    const allowed = await subscriber.reauthorise().catch(() => false);
    if (!allowed) {
      this.subscribers.delete(subscriber);
      subscriber.close();
    }
  }

  private notePresence(event: Extract<LiveEvent, { type: 'presence' }>): void {
    let here = this.presence.get(event.ticketId);
    if (!here) this.presence.set(event.ticketId, (here = new Map()));
    if (event.state === 'left') here.delete(event.userId);
    else here.set(event.userId, { name: event.name, state: event.state, until: Date.now() + liveLimits.presenceTtlMs });
    if (here.size === 0) this.presence.delete(event.ticketId);
  }
}

const globalForLive = globalThis as unknown as { desklineLiveHub?: Promise<LiveHub> };

/** This instance's hub, listening from first use. */
export function getLiveHub(getDb: () => Promise<Database>): Promise<LiveHub> {
  globalForLive.desklineLiveHub ??= getDb().then(async (db) => {
    const hub = new LiveHub(db);
    await hub.start();
    return hub;
  }).catch((error: unknown) => {
    globalForLive.desklineLiveHub = undefined;
    throw error;
  });
  return globalForLive.desklineLiveHub;
}
