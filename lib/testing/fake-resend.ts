import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeRequest = {
  method: string;
  path: string;
  /** Lower-cased names, as Node gives them. */
  headers: Record<string, string>;
  idempotencyKey: string | null;
  body: Record<string, unknown> | null;
  status: number;
};

export type FakeEmail = { id: string; idempotencyKey: string | null; body: Record<string, unknown> };

type Scripted = { status: number; name: string; message: string; retryAfter?: string };

export type FakeResend = {
  /** Set RESEND_BASE_URL to this before the client is built. */
  url: string;
  /** Every request, in order, whatever it was answered. */
  requests: FakeRequest[];
  /** Each email accepted once: a repeated Idempotency-Key is answered with the first id, not sent again. */
  emails: FakeEmail[];
  /** Answers the next `count` sends with this status (503, 429 with Retry-After, 422…). */
  failNext: (count: number, status: number, options?: { retryAfter?: string; name?: string; message?: string }) => void;
  /** Inbound mail as `GET /emails/receiving/{id}` returns it. */
  receiving: Map<string, Record<string, unknown>>;
  close: () => Promise<void>;
};

const defaultNames: Record<number, string> = {
  422: 'validation_error',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
  503: 'service_unavailable',
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/**
 * A stand-in for the Resend API on 127.0.0.1 and a random port, for tests: it records what the
 * app sends, deduplicates by Idempotency-Key as Resend does, and fails on request.
 */
export async function startFakeResend(): Promise<FakeResend> {
  const requests: FakeRequest[] = [];
  const emails: FakeEmail[] = [];
  const byKey = new Map<string, FakeEmail>();
  const script: Scripted[] = [];
  const receiving = new Map<string, Record<string, unknown>>();

  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    let body: Record<string, unknown> | null = null;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    } catch {
      body = null;
    }
    const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
    const record: FakeRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers,
      idempotencyKey: headers['idempotency-key'] || null,
      body,
      status: 0,
    };
    requests.push(record);
    const reply = (status: number, payload: unknown, extra?: Record<string, string>) => {
      record.status = status;
      answer(response, status, payload, extra);
    };

    if (!headers.authorization?.startsWith('Bearer ')) {
      return reply(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key in the authorization header.' });
    }
    const receivingMatch = /^\/emails\/receiving\/([^/?]+)$/.exec(record.path);
    if (record.method === 'GET' && receivingMatch?.[1]) {
      const found = receiving.get(decodeURIComponent(receivingMatch[1]));
      return found ? reply(200, found) : reply(404, { statusCode: 404, name: 'not_found', message: 'Email not found' });
    }
    if (record.method !== 'POST' || record.path !== '/emails') {
      return reply(404, { statusCode: 404, name: 'not_found', message: 'Not found' });
    }
    const scripted = script.shift();
    if (scripted) {
      return reply(
        scripted.status,
        { statusCode: scripted.status, name: scripted.name, message: scripted.message },
        scripted.retryAfter ? { 'retry-after': scripted.retryAfter } : {},
      );
    }
    if (!body || typeof body.from !== 'string' || !body.to || typeof body.subject !== 'string') {
      return reply(422, { statusCode: 422, name: 'validation_error', message: 'from, to and subject are required' });
    }
    const key = record.idempotencyKey;
    const earlier = key ? byKey.get(key) : undefined;
    if (earlier) return reply(200, { id: earlier.id });
    const email: FakeEmail = { id: randomUUID(), idempotencyKey: key, body };
    emails.push(email);
    if (key) byKey.set(key, email);
    return reply(200, { id: email.id });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    emails,
    receiving,
    failNext(count, status, options = {}) {
      for (let i = 0; i < count; i += 1) {
        script.push({
          status,
          name: options.name ?? defaultNames[status] ?? 'application_error',
          message: options.message ?? `Scripted ${status}`,
          retryAfter: options.retryAfter,
        });
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
