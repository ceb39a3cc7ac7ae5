import { randomBytes, randomUUID } from 'node:crypto';
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

/** A file of an inbound mail, served as Resend's attachments API and its signed download URLs do. */
export type FakeAttachment = { id: string; filename: string | null; contentType: string; content: Buffer; disposition?: 'inline' | 'attachment'; contentId?: string };

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
  /** The files of inbound mail, by mail id: `GET /emails/receiving/{id}/attachments` lists them. */
  receivedFiles: Map<string, FakeAttachment[]>;
  /** Answers the next `count` downloads of files with this status (an expired URL: 403). */
  failDownloads: (count: number, status: number) => void;
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
  const receivedFiles = new Map<string, FakeAttachment[]>();
  // The signature of each file's download URL, as a CDN would check it.
  const signatures = new Map<string, string>();
  let origin = '';
  const failingDownloads: number[] = [];

  function attachmentData(emailId: string, file: FakeAttachment) {
    const key = `${emailId}/${file.id}`;
    if (!signatures.has(key)) signatures.set(key, randomBytes(12).toString('hex'));
    return {
      id: file.id,
      filename: file.filename ?? undefined,
      size: file.content.length,
      content_type: file.contentType,
      content_disposition: file.disposition ?? 'attachment',
      content_id: file.contentId,
      download_url: `${origin}/cdn/${encodeURIComponent(emailId)}/attachments/${file.id}?signature=${signatures.get(key)}`,
      expires_at: new Date(Date.now() + 3600_000).toISOString(),
    };
  }

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

    // The download URLs are signed and need no API key, like Resend's CDN.
    const download = /^\/cdn\/([^/]+)\/attachments\/([^/?]+)\?signature=([0-9a-f]+)$/.exec(record.path);
    if (record.method === 'GET' && download) {
      const emailId = decodeURIComponent(download[1]!);
      const file = receivedFiles.get(emailId)?.find((f) => f.id === download[2]);
      const failing = failingDownloads.shift();
      if (failing || !file || signatures.get(`${emailId}/${file.id}`) !== download[3]) {
        record.status = failing ?? 403;
        response.writeHead(record.status, { 'content-type': 'text/plain' });
        return response.end('Forbidden');
      }
      record.status = 200;
      response.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.content.length) });
      return response.end(file.content);
    }
    if (!headers.authorization?.startsWith('Bearer ')) {
      return reply(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key in the authorization header.' });
    }
    const files = /^\/emails\/receiving\/([^/?]+)\/attachments(?:\/([^/?]+))?(?:\?.*)?$/.exec(record.path);
    if (record.method === 'GET' && files?.[1]) {
      const emailId = decodeURIComponent(files[1]);
      const held = receivedFiles.get(emailId);
      if (!receiving.has(emailId)) return reply(404, { statusCode: 404, name: 'not_found', message: 'Email not found' });
      if (files[2]) {
        const file = held?.find((f) => f.id === files[2]);
        return file ? reply(200, { object: 'attachment', ...attachmentData(emailId, file) }) : reply(404, { statusCode: 404, name: 'not_found', message: 'Attachment not found' });
      }
      return reply(200, { object: 'list', has_more: false, data: (held ?? []).map((file) => attachmentData(emailId, file)) });
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
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    emails,
    receiving,
    receivedFiles,
    failDownloads(count, status) {
      for (let i = 0; i < count; i += 1) failingDownloads.push(status);
    },
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
