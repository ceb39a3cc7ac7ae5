import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, vi } from 'vitest';
import { getDb } from '@/db/client';
import { type Attachment, attachments, ticketMessages } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { attachFiles } from '@/lib/files/attach';
import { type StagedFile, stageFile } from '@/lib/files/stage';
import { type FileStorage, newStorageKey } from '@/lib/files/storage';
import { makeTicket } from './desk-fixtures';
import { makeUser } from './fixtures';

/** A 1×1 PNG. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** The start of a PDF, enough for its type to be found. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** Points FILES_DIR at a folder of this test file's own, removed afterwards. */
export function withTempFilesDir(): { dir: () => string } {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'deskline-files-'));
    vi.stubEnv('FILES_DIR', dir);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir: () => dir };
}

export function stageBytes(actor: Actor, bytes: Buffer | string, fileName: string, ip?: string): Promise<StagedFile> {
  return stageFile(actor, { body: Readable.from([Buffer.from(bytes)]), fileName }, { ip });
}

/** Attaches staged files in a transaction of their own, as a message's would. */
export async function attachRefs(actor: Actor, refs: string[], target: { ticketId: string; messageId: string | null }) {
  const db = await getDb();
  return db.transaction((tx) => attachFiles(tx, actor, refs, target));
}

/** A staff reply or note written straight into the thread; answers its id. */
export async function insertMessage(ticketId: string, author: UserActor, visibility: 'public' | 'internal' = 'public'): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(ticketMessages)
    .values({ ticketId, visibility, authorKind: 'staff', authorId: author.id, authorName: author.name, body: 'See the file.' })
    .returning({ id: ticketMessages.id });
  if (!row) throw new Error('message was not inserted');
  return row.id;
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
  const storageKey = newStorageKey();
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
