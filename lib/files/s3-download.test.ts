import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, tickets } from '@/db/schema';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { attachRefs, PNG_BYTES, stageBytes } from '@/lib/testing/file-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { withLocalS3 } from '@/lib/testing/s3-server';
import { downloadAttachment } from './download';
import { sweepStorageGarbage } from './garbage';
import { fileStorage } from './storage';

const s3 = withLocalS3();

describe('files on S3-compatible storage', () => {
  it('uploads to the bucket and answers a permitted download with a redirect to a signed URL that serves it', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const file = await stageBytes(customer, '<html><script>alert(1)</script>', 'page.png');
    await attachRefs(customer, [file.ref], { ticketId: ticket.id, messageId: null });

    const answer = await downloadAttachment(customer, { id: file.id });
    expect(answer.status).toBe(302);
    const location = answer.headers.get('location') ?? '';
    expect(location.startsWith(`${s3.endpoint()}/deskline-test/`)).toBe(true);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const served = await fetch(location);
    expect(await served.text()).toBe('<html><script>alert(1)</script>');
    expect(served.headers.get('content-type')).toBe('text/html');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);

    await expect(downloadAttachment(await makeUser('customer'), { id: file.id })).rejects.toMatchObject({ status: 404 });
  });

  it('removes a deleted file’s object from the bucket', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const file = await stageBytes(customer, PNG_BYTES, 'a.png');
    await attachRefs(customer, [file.ref], { ticketId: ticket.id, messageId: null });
    const db = await getDb();
    const [row] = await db.select({ key: attachments.storageKey }).from(attachments).where(eq(attachments.id, file.id));
    const stored = await fileStorage().get(row?.key ?? '');
    expect(stored).not.toBeNull();
    stored?.destroy();
    await db.delete(tickets).where(eq(tickets.id, ticket.id));
    while ((await sweepStorageGarbage()).claimed > 0) {
      // until the queue is empty
    }
    expect(await fileStorage().get(row?.key ?? '')).toBeNull();
  });
});
