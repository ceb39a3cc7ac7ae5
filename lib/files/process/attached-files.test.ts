import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { getDb } from '@/db/client';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { EICAR, type FakeClamd, startFakeClamd } from '@/lib/testing/fake-clamd';
import { attachRefs, fileRow, PDF_BYTES, readObject, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
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
});
