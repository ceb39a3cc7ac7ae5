import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { getDb } from '@/db/client';
import { type Attachment, attachments } from '@/db/schema';
import type { FileStorage } from '@/lib/files/storage';
import { makeTicket } from './desk-fixtures';
import { makeUser } from './fixtures';

/** A storage on a temporary folder of the test file's own, removed after it. */
export function withTempStorage(): () => FileStorage & { dir: string } {
  let storage: (FileStorage & { dir: string }) | undefined;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'deskline-files-'));
    const where = (key: string) => path.join(dir, key);
    storage = {
      dir,
      async put(key, body) {
        await pipeline(body, createWriteStream(where(key)));
      },
      async get(key) {
        const found = await stat(where(key)).catch(() => null);
        return found ? createReadStream(where(key)) : null;
      },
      async remove(key) {
        await rm(where(key), { force: true });
      },
      async signedUrl() {
        return null;
      },
    };
  });
  afterAll(async () => {
    if (storage) await rm(storage.dir, { recursive: true, force: true });
  });
  return () => storage!;
}

export async function readObject(storage: FileStorage, key: string): Promise<Buffer | null> {
  const body = await storage.get(key);
  if (!body) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type FileShape = {
  fileName?: string;
  contentType?: string;
  scanStatus?: Attachment['scanStatus'];
  thumbnailState?: Attachment['thumbnailState'];
  processAfter?: Date;
};

/**
 * A file on the opening of a fresh ticket, stored and waiting for the worker as attaching
 * leaves it: by default to be scanned, with a thumbnail due for images.
 */
export async function waitingFile(storage: FileStorage, content: Buffer, shape: FileShape = {}): Promise<Attachment> {
  const customer = await makeUser('customer');
  const ticket = await makeTicket(customer);
  const storageKey = randomBytes(24).toString('base64url');
  const contentType = shape.contentType ?? 'application/pdf';
  await storage.put(storageKey, Readable.from([content]), { contentType });
  const db = await getDb();
  const now = new Date();
  const [row] = await db
    .insert(attachments)
    .values({
      ticketId: ticket.id,
      storageKey,
      fileName: shape.fileName ?? 'file.bin',
      contentType,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedBy: customer.id,
      scanStatus: shape.scanStatus ?? 'pending',
      thumbnailState: shape.thumbnailState ?? (contentType.startsWith('image/') ? 'pending' : 'none'),
      processAfter: shape.processAfter ?? now,
      attachedAt: now,
    })
    .returning();
  return row!;
}

export async function fileRow(id: string): Promise<Attachment> {
  const db = await getDb();
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  if (!row) throw new Error(`no attachment ${id}`);
  return row;
}
