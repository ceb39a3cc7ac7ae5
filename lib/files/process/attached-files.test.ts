import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { getDb } from '@/db/client';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { EICAR, type FakeClamd, startFakeClamd } from '@/lib/testing/fake-clamd';
import { attachRefs, fileRow, PDF_BYTES, readObject, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { downloadAttachment } from '../download';
import { attachmentsOf, OPENING } from '../read';
import { fileStorage } from '../storage';
import { createFileWorker } from './worker';

// Files uploaded and attached as every door does, then processed with the configured clamd and storage.
withTempFilesDir();
let clamd: FakeClamd;
beforeAll(async () => {
  clamd = await startFakeClamd();
  vi.stubEnv('CLAMAV_HOST', clamd.host);
  vi.stubEnv('CLAMAV_PORT', String(clamd.port));
});
afterAll(async () => {
  await clamd.close();
});

async function openingViews(ticketId: string) {
  return (await attachmentsOf(await getDb(), ticketId, [])).get(OPENING) ?? [];
}

describe('files attached while a scanner is configured', () => {
  it('are checking until scanned, then ready with a thumbnail; an infected one is blocked and its object gone', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3366aa' } }).jpeg().toBuffer();
    const ip = freshIp();
    const staged = [
      await stageBytes(customer, photo, 'photo.jpg', ip),
      await stageBytes(customer, PDF_BYTES, 'invoice.pdf', ip),
      await stageBytes(customer, `${EICAR}\n`, 'notes.txt', ip),
    ];
    await attachRefs(customer, staged.map((file) => file.ref), { ticketId: ticket.id, messageId: null });
    expect((await openingViews(ticket.id)).map((view) => [view.fileName, view.state])).toEqual([
      ['photo.jpg', 'checking'],
      ['invoice.pdf', 'checking'],
      ['notes.txt', 'checking'],
    ]);

    await clamd.down();
    try {
      expect(await createFileWorker({ listen: false }).tick()).toMatchObject({ claimed: 3, retrying: 3 });
    } finally {
      await clamd.up();
    }
    // Never shown unscanned while the scanner is away.
    expect((await openingViews(ticket.id)).every((view) => view.state === 'checking')).toBe(true);

    const later = new Date(Date.now() + 60 * 60 * 1000);
    expect(await createFileWorker({ listen: false }).tick(later)).toMatchObject({ claimed: 3, clean: 2, infected: 1, thumbnails: 1 });
    const views = await openingViews(ticket.id);
    expect(views.map((view) => [view.fileName, view.state, view.hasThumbnail])).toEqual([
      ['photo.jpg', 'ready', true],
      ['invoice.pdf', 'ready', false],
      ['notes.txt', 'blocked', false],
    ]);
    const infected = await fileRow(staged[2]!.id);
    expect(infected.scanStatus).toBe('infected');
    expect(await readObject(fileStorage(), infected.storageKey)).toBeNull();
    const thumb = await readObject(fileStorage(), (await fileRow(staged[0]!.id)).thumbnailKey!);
    expect(await sharp(thumb!).metadata()).toMatchObject({ format: 'webp', width: 320, height: 213 });
  });

  it('serve a corrupt image, once scanned, as a plain download without a thumbnail', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const ticket = await makeTicket(customer);
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#000' } }).png().toBuffer();
    const corrupt = Buffer.concat([png.subarray(0, 40), Buffer.alloc(400, 3)]);
    const staged = await stageBytes(customer, corrupt, 'broken.png', freshIp());
    await attachRefs(customer, [staged.ref], { ticketId: ticket.id, messageId: null });
    await expect(downloadAttachment(agent, { id: staged.id })).rejects.toMatchObject({ code: 'conflict' });

    expect(await createFileWorker({ listen: false }).tick()).toMatchObject({ claimed: 1, clean: 1, thumbnails: 0 });
    expect(await fileRow(staged.id)).toMatchObject({ scanStatus: 'clean', thumbnailState: 'failed' });
    const response = await downloadAttachment(agent, { id: staged.id });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(corrupt);
    await expect(downloadAttachment(agent, { id: staged.id, thumbnail: true })).rejects.toMatchObject({ code: 'not_found' });
    expect((await openingViews(ticket.id))[0]).toMatchObject({ state: 'ready', hasThumbnail: false });
  });
});
