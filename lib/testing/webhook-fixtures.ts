import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type WebhookDelivery, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { createWebhookEndpoint } from '@/lib/webhooks/manage';
import { setAllowPrivateAddresses } from '@/lib/webhooks/settings';

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; status: number };

export type Receiver = {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** The status the next requests are answered with (default 204). */
  answerWith: (status: number) => void;
  close: () => Promise<void>;
};

/** A webhook receiver on 127.0.0.1 that keeps every request; on `port` when given. */
export async function startReceiver(port = 0): Promise<Receiver> {
  const received: ReceivedWebhook[] = [];
  let status = 204;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      response.writeHead(status).end(status >= 300 ? 'receiver is having a bad day' : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/hooks`,
    port: bound,
    received,
    answerWith: (next) => {
      status = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on (yet): connections to it are refused. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An endpoint on a local receiver: private addresses are allowed first, as they must be for it. */
export async function localEndpoint(admin: UserActor, url: string, overrides: Record<string, unknown> = {}) {
  await setAllowPrivateAddresses(admin, { allowPrivateAddresses: true });
  return createWebhookEndpoint(admin, { url, events: ['ticket.created', 'ticket.updated', 'message.created', 'rating.created'], ...overrides });
}

export async function deliveriesTo(endpointId: string): Promise<WebhookDelivery[]> {
  const db = await getDb();
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(asc(webhookDeliveries.seq));
}

/** Every endpoint gone (their deliveries with them), so a test's worker sees only its own. */
export async function removeAllEndpoints(): Promise<void> {
  const db = await getDb();
  await db.delete(webhookEndpoints);
}
