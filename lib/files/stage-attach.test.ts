import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { attachRefs, insertMessage, PDF_BYTES, PNG_BYTES, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { attachmentRefsSchema } from './attach';
import { attachmentHref, attachmentsOf, OPENING } from './read';
import { fileStorage } from './storage';

withTempFilesDir();

async function readAll(key: string): Promise<Buffer> {
  const stream = await fileStorage().get(key);
  if (!stream) throw new Error('missing object');
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

describe('staging and attaching files', () => {
  it('stores a staged file under a random key with its detected type, size and hash, claimable only by its ref', async () => {
    const customer = await makeUser('customer');
    const staged = await stageBytes(customer, PNG_BYTES, 'C:\\Users\\ada\\photo.PNG');
    expect(staged).toMatchObject({ fileName: 'photo.PNG', contentType: 'image/png', sizeBytes: PNG_BYTES.length });
    expect(staged.ref.startsWith(`${staged.id}.`)).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(attachments).where(eq(attachments.id, staged.id));
    expect(row?.ticketId).toBeNull();
    expect(row?.storageKey).not.toContain('photo');
    expect(row?.claimHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.claimHash).not.toBe(staged.ref.split('.')[1]);
    expect(row?.uploadedBy).toBe(customer.id);
    expect(await readAll(row?.storageKey ?? '')).toEqual(PNG_BYTES);
  });

  it('attaches files to the opening and to a message, and lists them by message', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const ticket = await makeTicket(customer);
    const photo = await stageBytes(customer, PNG_BYTES, 'photo.png');
    const opening = await attachRefs(customer, [photo.ref], { ticketId: ticket.id, messageId: null });
    expect(opening).toEqual([expect.objectContaining({ id: photo.id, isImage: true, state: 'ready', hasThumbnail: false })]);

    const messageId = await insertMessage(ticket.id, agent);
    const pdf = await stageBytes(agent, PDF_BYTES, 'invoice.pdf');
    await attachRefs(agent, [pdf.ref], { ticketId: ticket.id, messageId });

    const db = await getDb();
    const [row] = await db.select().from(attachments).where(eq(attachments.id, photo.id));
    expect(row).toMatchObject({ claimHash: null, scanStatus: 'unscanned', thumbnailState: 'pending' });
    expect(row?.processAfter).not.toBeNull();
    const [pdfRow] = await db.select().from(attachments).where(eq(attachments.id, pdf.id));
    expect(pdfRow).toMatchObject({ thumbnailState: 'none', processAfter: null, messageId });

    const listed = await attachmentsOf(db, ticket.id, [messageId]);
    expect(listed.get(OPENING)?.map((a) => a.fileName)).toEqual(['photo.png']);
    expect(listed.get(messageId)?.map((a) => [a.fileName, a.contentType, a.isImage])).toEqual([['invoice.pdf', 'application/pdf', false]]);
    expect((await attachmentsOf(db, ticket.id, [])).has(messageId)).toBe(false);
  });

  it('refuses a ref twice, a wrong secret, and someone else’s upload, with a field error on attachments', async () => {
    const customer = await makeUser('customer');
    const other = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const file = await stageBytes(customer, PNG_BYTES, 'a.png');
    const forged = `${file.id}.${'A'.repeat(43)}`;
    await expect(attachRefs(customer, [forged], { ticketId: ticket.id, messageId: null })).rejects.toMatchObject({ code: 'validation', fields: { attachments: [expect.any(String)] } });
    await expect(attachRefs(other, [file.ref], { ticketId: ticket.id, messageId: null })).rejects.toMatchObject({ code: 'validation' });
    await expect(attachRefs(customer, ['not-a-ref'], { ticketId: ticket.id, messageId: null })).rejects.toMatchObject({ code: 'validation' });
    await attachRefs(customer, [file.ref], { ticketId: ticket.id, messageId: null });
    await expect(attachRefs(customer, [file.ref], { ticketId: ticket.id, messageId: null })).rejects.toMatchObject({ code: 'validation' });
  });

  it('gives a file to only one of two messages sent at once with it', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const file = await stageBytes(customer, PNG_BYTES, 'once.png');
    const outcomes = await Promise.allSettled([
      attachRefs(customer, [file.ref], { ticketId: ticket.id, messageId: null }),
      attachRefs(customer, [file.ref], { ticketId: ticket.id, messageId: null }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('lets anyone holding the ref attach a visitor’s upload', async () => {
    const ticket = await makeTicket(anonymous);
    const file = await stageBytes(anonymous, 'hello', 'note.txt', freshIp());
    const [view] = await attachRefs(anonymous, [file.ref], { ticketId: ticket.id, messageId: null });
    expect(view).toMatchObject({ contentType: 'text/plain', state: 'ready' });
  });

  it('builds download links with the name, the thumbnail and a private-link token', () => {
    const a = { id: '0b6f4c1e-3f51-4d1e-9b8e-5d1c2a7e9f10', fileName: 'rapport "final" é.pdf' };
    expect(attachmentHref(a)).toBe(`/files/${a.id}/rapport%20%22final%22%20%C3%A9.pdf`);
    expect(attachmentHref(a, { thumbnail: true, token: 'tok/en' })).toBe(`/files/${a.id}/thumbnail?t=tok%2Fen`);
    expect(attachmentHref({ id: a.id, fileName: 'thumbnail' })).toBe(`/files/${a.id}/download`);
  });

  it('defaults refs to none and caps how many one message may carry', () => {
    expect(attachmentRefsSchema.parse(undefined)).toEqual([]);
    expect(attachmentRefsSchema.safeParse(Array.from({ length: 11 }, (_, i) => `r${i}`)).success).toBe(false);
    expect(attachmentRefsSchema.safeParse(['x'.repeat(201)]).success).toBe(false);
  });
});
