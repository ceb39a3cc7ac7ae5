import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, vi } from 'vitest';
import { getDb } from '@/db/client';
import { ticketMessages } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { attachFiles } from '@/lib/files/attach';
import { type StagedFile, stageFile } from '@/lib/files/stage';

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
