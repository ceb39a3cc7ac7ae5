import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { ResolvedTarget } from './address-guard';

export const SEND_TIMEOUT_MS = 10_000;
// Enough of a receiver's answer to say why it refused; the rest is not read.
const BODY_PREVIEW_BYTES = 500;

export type SendResult = { statusCode: number | null; error: string | null; durationMs: number; retryAfter: string | null };

/** The three Standard Webhooks headers for one attempt; the timestamp is the attempt's own. */
export function signatureHeaders(secret: string, eventId: string, body: string, at: Date): Record<string, string> {
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(eventId, at, body),
  };
}

/**
 * POSTs `body` to the checked target. The connection goes to the address that was checked (the
 * look-up below answers only that), so a name that resolves elsewhere a second time cannot
 * redirect it; redirects are not followed either (node:http never does).
 */
export function postWebhook(target: ResolvedTarget, headers: Record<string, string>, body: string, timeoutMs = SEND_TIMEOUT_MS): Promise<SendResult> {
  const started = Date.now();
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const done = (result: Omit<SendResult, 'durationMs'>) => resolve({ ...result, durationMs: Date.now() - started });
    const request = client.request(
      target.url,
      {
        method: 'POST',
        lookup: pinned,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Deskline-Webhooks/1' },
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < BODY_PREVIEW_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('error', () => {});
        response.on('end', () => {
          const statusCode = response.statusCode ?? null;
          const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
          const preview = Buffer.concat(chunks).subarray(0, BODY_PREVIEW_BYTES).toString('utf8').trim();
          const retryAfter = response.headers['retry-after'];
          done({
            statusCode,
            error: ok ? null : `HTTP ${statusCode}${preview ? `: ${preview}` : ''}`,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          });
        });
      },
    );
    request.on('error', (error) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      done({ statusCode: null, error: timedOut ? `No answer within ${timeoutMs / 1000} s` : error.message, retryAfter: null });
    });
    request.end(body);
  });
}
