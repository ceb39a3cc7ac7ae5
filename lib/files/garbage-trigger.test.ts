import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, storageGarbage, tickets } from '@/db/schema';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';

describe('storage garbage', () => {
  it('queues a file and its thumbnail for deletion when the ticket holding them is deleted', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const db = await getDb();
    const key = `k-${crypto.randomUUID()}`;
    await db.insert(attachments).values({
      ticketId: ticket.id,
      storageKey: key,
      thumbnailKey: `${key}-thumb`,
      fileName: 'photo.jpg',
      contentType: 'image/jpeg',
      sizeBytes: 10,
      sha256: '0'.repeat(64),
    });
    await db.delete(tickets).where(eq(tickets.id, ticket.id));
    const queued = await db.select({ key: storageGarbage.storageKey }).from(storageGarbage);
    expect(queued.map((row) => row.key)).toEqual(expect.arrayContaining([key, `${key}-thumb`]));
  });
});
