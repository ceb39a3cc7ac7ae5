import { and, eq, isNull } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, ticketMessages, tickets } from '@/db/schema';
import { createFileWorker } from '@/lib/files/process/worker';
import { PDF_BYTES, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { holdMail, inboundRow, mailFile, replyAddressFor, SUPPORT, setUpInboundMail } from '@/lib/testing/inbound-fixtures';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { receiveMail } from './receive-mail';

const { fake } = setUpInboundMail();
withTempFilesDir();

const photo = (width: number, height: number, format: 'png' | 'jpeg') =>
  sharp({ create: { width, height, channels: 3, background: '#88aa33' } })[format]().toBuffer();

async function ticketFrom(email: string) {
  const db = await getDb();
  const [row] = await db.select().from(tickets).where(eq(tickets.requesterEmail, email));
  return row!;
}

async function filesOf(ticketId: string) {
  const db = await getDb();
  return db
    .select({ id: attachments.id, fileName: attachments.fileName, contentType: attachments.contentType, messageId: attachments.messageId, uploadedBy: attachments.uploadedBy, thumbnailState: attachments.thumbnailState, attachedAt: attachments.attachedAt, sizeBytes: attachments.sizeBytes })
    .from(attachments)
    .where(eq(attachments.ticketId, ticketId))
    .orderBy(attachments.fileName);
}

describe('files of an incoming mail', () => {
  it('join the ticket a mail opens, both photos, each shown as a thumbnail once processed', async () => {
    const sender = `photos-${Date.now()}@example.test`;
    const png = await photo(1000, 700, 'png');
    const jpeg = await photo(700, 1000, 'jpeg');
    const id = holdMail(fake(), {
      from: `Ana <${sender}>`,
      to: [SUPPORT],
      subject: 'Damaged parcel',
      text: 'Two photos of the box.',
      files: [mailFile('box-front.png', 'image/png', png), mailFile('box-side.jpg', 'image/jpeg', jpeg)],
    });
    expect(await receiveMail(id)).toBe('opened_ticket');
    const ticket = await ticketFrom(sender);
    const files = await filesOf(ticket.id);
    expect(files).toEqual([
      expect.objectContaining({ fileName: 'box-front.png', contentType: 'image/png', messageId: null, uploadedBy: null, thumbnailState: 'pending', sizeBytes: png.length }),
      expect.objectContaining({ fileName: 'box-side.jpg', contentType: 'image/jpeg', messageId: null, uploadedBy: null, thumbnailState: 'pending', sizeBytes: jpeg.length }),
    ]);
    expect(files.every((file) => file.attachedAt)).toBe(true);
    // Fetched with the API key from the list, then from the signed URLs.
    expect(fake().requests.filter((r) => r.path.startsWith(`/emails/receiving/${id}/attachments`))).toHaveLength(1);
    expect(fake().requests.filter((r) => r.path.startsWith(`/cdn/${id}/`)).map((r) => r.status)).toEqual([200, 200]);

    await createFileWorker({ listen: false }).tick();
    expect((await filesOf(ticket.id)).map((file) => file.thumbnailState)).toEqual(['ready', 'ready']);
    expect((await inboundRow(id))[0]).toMatchObject({ outcome: 'opened_ticket', detail: null });
  });

  it('join the reply they came with', async () => {
    const { ticket, email } = await visitorTicket();
    const id = holdMail(fake(), { from: email, to: [await replyAddressFor(ticket.id, email)], text: 'The invoice is attached.', files: [mailFile('invoice.pdf', 'application/pdf', PDF_BYTES)] });
    expect(await receiveMail(id)).toBe('replied');
    const [row] = await inboundRow(id);
    const files = await filesOf(ticket.id);
    expect(files).toEqual([expect.objectContaining({ fileName: 'invoice.pdf', contentType: 'application/pdf', messageId: row!.messageId })]);
  });

  it('make a reply of a mail with files and no text', async () => {
    const { ticket, email } = await visitorTicket();
    const id = holdMail(fake(), { from: email, to: [await replyAddressFor(ticket.id, email)], text: '', files: [mailFile('scan.pdf', 'application/pdf', PDF_BYTES)] });
    expect(await receiveMail(id)).toBe('replied');
    const db = await getDb();
    const [message] = await db.select({ body: ticketMessages.body }).from(ticketMessages).where(eq(ticketMessages.id, (await inboundRow(id))[0]!.messageId!));
    expect(message!.body).toBe('(The mail had only files.)');
    expect(await filesOf(ticket.id)).toHaveLength(1);
  });

  it('beyond the limits or of a refused type are left out, the mail kept, and the log names them', async () => {
    vi.stubEnv('FILES_MAX_PER_MESSAGE', '2');
    try {
      const sender = `many-${Date.now()}@example.test`;
      const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
      const id = holdMail(fake(), {
        from: sender,
        to: [SUPPORT],
        subject: 'Files',
        text: 'Here they are.',
        files: [mailFile('setup.exe', 'application/octet-stream', program), mailFile('a.pdf', 'application/pdf', PDF_BYTES), mailFile('b.pdf', 'application/pdf', PDF_BYTES), mailFile('c.pdf', 'application/pdf', PDF_BYTES)],
      });
      expect(await receiveMail(id)).toBe('opened_ticket');
      const ticket = await ticketFrom(sender);
      expect((await filesOf(ticket.id)).map((file) => file.fileName)).toEqual(['a.pdf', 'b.pdf']);
      const [row] = await inboundRow(id);
      expect(row!.detail).toMatch(/^files left out: setup\.exe \(Programs and scripts cannot be attached.*\); c\.pdf \(more than 2 files\)$/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('are not fetched for mail written by a machine', async () => {
    const { ticket, email } = await visitorTicket();
    const id = holdMail(fake(), { from: email, to: [await replyAddressFor(ticket.id, email)], headers: { 'Auto-Submitted': 'auto-replied' }, text: 'Away.', files: [mailFile('logo.png', 'image/png', await photo(10, 10, 'png'))] });
    expect(await receiveMail(id)).toBe('ignored_auto');
    expect(fake().requests.some((r) => r.path.startsWith(`/emails/receiving/${id}/attachments`))).toBe(false);
    const db = await getDb();
    expect(await db.select().from(attachments).where(and(eq(attachments.fileName, 'logo.png'), isNull(attachments.ticketId)))).toEqual([]);
  });

  it('that cannot be downloaded leave the mail to be retried, with nothing saved', async () => {
    const sender = `retry-${Date.now()}@example.test`;
    const id = holdMail(fake(), { from: sender, to: [SUPPORT], subject: 'Retry', text: 'With a file.', files: [mailFile('x.pdf', 'application/pdf', PDF_BYTES)] });
    fake().failDownloads(1, 403);
    await expect(receiveMail(id)).rejects.toThrow('HTTP 403');
    expect(await inboundRow(id)).toEqual([]);
    // Resend's retry of the webhook then brings the mail in, file and all.
    expect(await receiveMail(id)).toBe('opened_ticket');
    expect((await filesOf((await ticketFrom(sender)).id)).map((file) => file.fileName)).toEqual(['x.pdf']);
  });
});
