import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, storageGarbage } from '@/db/schema';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { attachRefs, insertMessage, PNG_BYTES, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { deleteTicket } from '@/lib/tickets/workspace/delete-ticket';
import { STAGED_LIFETIME_MS, sweepStagedFiles, sweepStorageGarbage } from './garbage';
import { type FileStorage, fileStorage } from './storage';

withTempFilesDir();

async function keyOf(id: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ key: attachments.storageKey }).from(attachments).where(eq(attachments.id, id));
  if (!row) throw new Error('no such attachment');
  return row.key;
}

async function exists(key: string): Promise<boolean> {
  const stream = await fileStorage().get(key);
  stream?.destroy();
  return stream !== null;
}

async function sweepAll() {
  while ((await sweepStorageGarbage()).claimed > 0) {
    // a full batch may leave more behind
  }
}

describe('removing files that are no longer wanted', () => {
  it('queues the objects of a deleted ticket’s files and removes them from storage', async () => {
    const customer = await makeUser('customer');
    const admin = await makeUser('admin', 'approved');
    const ticket = await makeTicket(customer);
    const opening = await stageBytes(customer, PNG_BYTES, 'box.png');
    await attachRefs(customer, [opening.ref], { ticketId: ticket.id, messageId: null });
    const reply = await insertMessage(ticket.id, admin);
    const onReply = await stageBytes(admin, 'label', 'label.txt');
    await attachRefs(admin, [onReply.ref], { ticketId: ticket.id, messageId: reply });
    const keys = [await keyOf(opening.id), await keyOf(onReply.id)];
    for (const key of keys) expect(await exists(key)).toBe(true);

    await deleteTicket(admin, { number: ticket.number, confirmation: ticket.number });
    const db = await getDb();
    expect((await db.select().from(storageGarbage).where(inArray(storageGarbage.storageKey, keys))).length).toBe(2);

    await sweepAll();
    for (const key of keys) expect(await exists(key)).toBe(false);
    expect(await db.select().from(storageGarbage).where(inArray(storageGarbage.storageKey, keys))).toEqual([]);
  });

  it('deletes staged files older than a day, and their objects, but keeps newer and attached ones', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const old = await stageBytes(customer, PNG_BYTES, 'old.png');
    const fresh = await stageBytes(customer, PNG_BYTES, 'fresh.png');
    const sent = await stageBytes(customer, PNG_BYTES, 'sent.png');
    await attachRefs(customer, [sent.ref], { ticketId: ticket.id, messageId: null });
    const db = await getDb();
    const longAgo = new Date(Date.now() - STAGED_LIFETIME_MS - 60_000);
    await db.update(attachments).set({ createdAt: longAgo }).where(inArray(attachments.id, [old.id, sent.id]));
    const oldKey = await keyOf(old.id);

    expect(await sweepStagedFiles()).toBeGreaterThanOrEqual(1);
    const left = await db.select({ id: attachments.id }).from(attachments).where(inArray(attachments.id, [old.id, fresh.id, sent.id]));
    expect(left.map((row) => row.id).sort()).toEqual([fresh.id, sent.id].sort());
    await sweepAll();
    expect(await exists(oldKey)).toBe(false);
    expect(await exists(await keyOf(fresh.id))).toBe(true);
  });

  it('counts a failed deletion and retries it on a later pass', async () => {
    const db = await getDb();
    const key = `failing-${crypto.randomUUID()}`;
    await db.insert(storageGarbage).values({ storageKey: key });
    let failing = true;
    const flaky: FileStorage = {
      ...fileStorage(),
      async remove(k) {
        if (k === key && failing) throw new Error('storage unavailable');
      },
    };
    await sweepStorageGarbage({ storage: flaky, batchSize: 1000 });
    const [after] = await db.select().from(storageGarbage).where(eq(storageGarbage.storageKey, key));
    expect(after?.attempts).toBe(1);
    failing = false;
    await sweepStorageGarbage({ storage: flaky, batchSize: 1000 });
    expect(await db.select().from(storageGarbage).where(eq(storageGarbage.storageKey, key))).toEqual([]);
  });
});
