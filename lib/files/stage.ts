import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { getDb } from '@/db/client';
import { attachments } from '@/db/schema';
import { type Actor, isSignedIn } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/log/logger';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { fileUploadsPerIp, fileUploadsPerUser } from '@/lib/rate-limit/rules';
import { cleanFileName } from './file-name';
import { describeBytes, fileLimits } from './limits';
import { SNIFF_BYTES, sniffType } from './sniff';
import { fileStorage, newStorageKey } from './storage';

export type StagedFile = { id: string; ref: string; fileName: string; contentType: string; sizeBytes: number };

export function hashClaimSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError('payload_too_large', `Files may be at most ${describeBytes(maxBytes)}.`);
}

function toNodeStream(body: ReadableStream<Uint8Array> | Readable): Readable {
  return body instanceof Readable ? body : Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>);
}

/**
 * Streams one upload to storage: type sniffed from the content (magic bytes, `file-type`), SHA-256,
 * size capped (413 `payload_too_large`), refused types (executables, scripts) → 415
 * `unsupported_media_type`, rate-limited per user/address. `ref` = opaque `<id>.<secret>`; only the
 * secret's SHA-256 is stored (claimHash). Only the first bytes are ever held in memory.
 */
export async function stageFile(
  actor: Actor,
  file: { body: ReadableStream<Uint8Array> | Readable; fileName: string; declaredType?: string },
  ctx: { ip?: string } = {},
): Promise<StagedFile> {
  const source = toNodeStream(file.body);
  try {
    // Whoever may open a ticket or write on one may upload: visitors, customers, approved staff.
    assertCan(actor, 'ticket:create');
    if (isSignedIn(actor)) await consumeLimit(fileUploadsPerUser(), actor.id);
    else await consumeLimit(fileUploadsPerIp(), ctx.ip ?? 'unknown');
    return await store(actor, source, cleanFileName(file.fileName));
  } finally {
    // Whatever was not read (a refusal, a failure) is dropped rather than left waiting.
    if (!source.destroyed) source.destroy();
  }
}

async function store(actor: Actor, source: Readable, fileName: string): Promise<StagedFile> {
  const { maxBytes } = fileLimits();
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | Uint8Array | string>;
  const hash = createHash('sha256');
  let size = 0;
  const take = (chunk: Buffer | Uint8Array | string): Buffer => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    hash.update(bytes);
    return bytes;
  };

  const headParts: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const bytes = take(next.value);
    headParts.push(bytes);
    headLength += bytes.length;
  }
  const head = Buffer.concat(headParts);
  const sniffed = await sniffType(head.subarray(0, SNIFF_BYTES), fileName);
  if (sniffed.refused) throw new AppError('unsupported_media_type', 'Programs and scripts cannot be attached. Put them in a zip archive if they must be sent.');

  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    if (ended) return;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield take(next.value);
    }
  }

  const storage = fileStorage();
  const key = newStorageKey();
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  try {
    await storage.put(key, Readable.from(rest(), { objectMode: false }), { contentType: sniffed.contentType });
    const db = await getDb();
    await db.insert(attachments).values({
      id,
      storageKey: key,
      fileName,
      contentType: sniffed.contentType,
      sizeBytes: size,
      sha256: hash.digest('hex'),
      uploadedBy: isSignedIn(actor) ? actor.id : null,
      claimHash: hashClaimSecret(secret),
    });
  } catch (error) {
    await storage.remove(key).catch((cleanup: unknown) => logger().warn({ err: cleanup, key }, 'could not remove a failed upload'));
    throw error;
  }
  return { id, ref: `${id}.${secret}`, fileName, contentType: sniffed.contentType, sizeBytes: size };
}
