import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { storageGarbage } from '@/db/schema';
import { EICAR, type FakeClamd, startFakeClamd } from '@/lib/testing/fake-clamd';
import { fileStorage } from '@/lib/files/storage';
import { fileRow, readObject, waitingFile, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import { clamdScanner } from './clamd';
import { createFileWorker, type FileWorkerOptions } from './worker';

// The real disk storage, on a folder of this file's own.
withTempFilesDir();
const storage = () => fileStorage();
let clamd: FakeClamd;
beforeAll(async () => {
  clamd = await startFakeClamd();
});
afterAll(async () => {
  await clamd.close();
});

function worker(options: FileWorkerOptions = {}) {
  return createFileWorker({ storage: storage(), scanner: clamdScanner({ host: clamd.host, port: clamd.port, timeoutMs: 5000 }), listen: false, random: () => 0, ...options });
}

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);
const photo = (width: number, height: number, format: 'png' | 'jpeg') =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 30 } } })[format]().toBuffer();

describe('the virus scan', () => {
  it('marks a clean file clean, which shows it, after clamd read all of it', async () => {
    const content = pdf(`invoice ${'x'.repeat(200_000)}`);
    const file = await waitingFile(storage(), content);
    const result = await worker().tick();
    expect(result).toMatchObject({ claimed: 1, clean: 1, infected: 0 });
    expect(clamd.scanned.some((scanned) => scanned.equals(content))).toBe(true);
    expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'clean', processAfter: null, leaseUntil: null, processAttempts: 1 });
  });

  it('marks an infected file infected and removes its object from storage', async () => {
    const file = await waitingFile(storage(), Buffer.from(`${EICAR}\n`), { contentType: 'text/plain', fileName: 'readme.txt' });
    expect(await readObject(storage(), file.storageKey)).not.toBeNull();
    expect(await worker().tick()).toMatchObject({ claimed: 1, infected: 1 });
    expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'infected', processAfter: null, thumbnailKey: null });
    expect(await readObject(storage(), file.storageKey)).toBeNull();
    const db = await getDb();
    // Removed at once, so nothing is left for the sweeper.
    expect(await db.select().from(storageGarbage).where(eq(storageGarbage.storageKey, file.storageKey))).toEqual([]);
  });

  it('makes no thumbnail of an infected image', async () => {
    const image = Buffer.concat([await photo(400, 300, 'png'), Buffer.from(EICAR)]);
    const file = await waitingFile(storage(), image, { contentType: 'image/png', fileName: 'photo.png' });
    await worker().tick();
    expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'infected', thumbnailState: 'none', thumbnailKey: null });
  });

  it('keeps a file hidden while clamd is down, retries with backoff, and shows it once scanned', async () => {
    const content = pdf('contract');
    const file = await waitingFile(storage(), content);
    await clamd.down();
    const now = new Date();
    try {
      expect(await worker().tick(now)).toMatchObject({ claimed: 1, retrying: 1, clean: 0 });
      const waiting = await fileRow(file.id);
      expect(waiting).toMatchObject({ scanStatus: 'pending', processAttempts: 1, leaseUntil: null });
      // Half the first 30 s step at least (the other half is random, here 0).
      expect(waiting.processAfter!.getTime()).toBe(now.getTime() + 15_000);
      expect(await worker().tick(new Date(now.getTime() + 1000))).toMatchObject({ claimed: 0 });

      const later = new Date(now.getTime() + 15_000);
      expect(await worker().tick(later)).toMatchObject({ claimed: 1, retrying: 1 });
      const again = await fileRow(file.id);
      expect(again).toMatchObject({ scanStatus: 'pending', processAttempts: 2 });
      // The wait doubles.
      expect(again.processAfter!.getTime()).toBe(later.getTime() + 30_000);
    } finally {
      await clamd.up();
    }
    expect(await worker().tick(new Date(now.getTime() + 45_000))).toMatchObject({ claimed: 1, clean: 1 });
    expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'clean', processAfter: null, processAttempts: 3 });
  });

  it('gives up after the last attempt and keeps the file hidden as failed, never unscanned', async () => {
    const file = await waitingFile(storage(), pdf('never scanned'));
    const failing = worker({ scanner: async () => Promise.reject(new Error('connection refused')), maxAttempts: 2 });
    const now = Date.now();
    expect(await failing.tick(new Date(now))).toMatchObject({ retrying: 1 });
    expect(await failing.tick(new Date(now + 60_000))).toMatchObject({ failed: 1, retrying: 0 });
    expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'failed', processAfter: null, processAttempts: 2 });
  });

  it('waits for a scanner when the file was promised a scan and none is configured now', async () => {
    const file = await waitingFile(storage(), pdf('promised'));
    const now = new Date();
    expect(await worker({ scanner: null }).tick(now)).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'pending' });
    expect(await worker().tick(new Date(now.getTime() + 60_000))).toMatchObject({ clean: 1 });
  });
});

describe('thumbnails', () => {
  it('makes a webp of at most 320 px of a PNG and a JPEG, stored under a key of its own', async () => {
    const wide = await waitingFile(storage(), await photo(1200, 800, 'png'), { contentType: 'image/png', fileName: 'wide.png', scanStatus: 'unscanned' });
    const tall = await waitingFile(storage(), await photo(600, 1500, 'jpeg'), { contentType: 'image/jpeg', fileName: 'tall.jpg' });
    expect(await worker().tick()).toMatchObject({ claimed: 2, thumbnails: 2, clean: 1 });
    const sizes = [];
    for (const file of [wide, tall]) {
      const row = await fileRow(file.id);
      expect(row).toMatchObject({ thumbnailState: 'ready', processAfter: null });
      expect(row.thumbnailKey).not.toBe(row.storageKey);
      const meta = await sharp((await readObject(storage(), row.thumbnailKey!))!).metadata();
      expect(meta.format).toBe('webp');
      sizes.push([meta.width, meta.height]);
    }
    expect(sizes).toEqual([
      [320, 213],
      [128, 320],
    ]);
    expect((await fileRow(wide.id)).scanStatus).toBe('unscanned');
    expect((await fileRow(tall.id)).scanStatus).toBe('clean');
  });

  it('never enlarges a small image', async () => {
    const file = await waitingFile(storage(), await photo(40, 30, 'png'), { contentType: 'image/png', scanStatus: 'unscanned' });
    await worker().tick();
    const row = await fileRow(file.id);
    const meta = await sharp((await readObject(storage(), row.thumbnailKey!))!).metadata();
    expect([meta.width, meta.height]).toEqual([40, 30]);
  });

  it('marks a corrupt image failed without retrying, and keeps the file itself', async () => {
    const png = await photo(300, 300, 'png');
    const corrupt = Buffer.concat([png.subarray(0, 60), Buffer.alloc(500, 7)]);
    const file = await waitingFile(storage(), corrupt, { contentType: 'image/png', fileName: 'broken.png' });
    expect(await worker().tick()).toMatchObject({ claimed: 1, clean: 1, thumbnails: 0, retrying: 0 });
    expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'clean', thumbnailState: 'failed', thumbnailKey: null, processAfter: null });
    expect(await readObject(storage(), file.storageKey)).toEqual(corrupt);
  });

  it('retries when the storage cannot be read, without calling the image corrupt', async () => {
    const file = await waitingFile(storage(), await photo(100, 100, 'png'), { contentType: 'image/png', scanStatus: 'unscanned' });
    const broken = { ...storage(), get: async () => Promise.reject(new Error('storage unreachable')) };
    const now = new Date();
    expect(await worker({ storage: broken }).tick(now)).toMatchObject({ retrying: 1 });
    expect(await fileRow(file.id)).toMatchObject({ thumbnailState: 'pending' });
    expect(await worker().tick(new Date(now.getTime() + 60_000))).toMatchObject({ thumbnails: 1 });
  });
});

describe('the worker loop', () => {
  it('is woken when files are attached and processes them without waiting for its poll', async () => {
    const looping = createFileWorker({ storage: storage(), scanner: clamdScanner({ host: clamd.host, port: clamd.port }), pollMs: 60_000 });
    await looping.start();
    try {
      const file = await waitingFile(storage(), pdf('woken'));
      const db = await getDb();
      const { wakeFileWorker } = await import('./wake');
      await db.transaction((tx) => wakeFileWorker(tx));
      await waitFor('the file scanned', async () => (await fileRow(file.id)).scanStatus === 'clean');
    } finally {
      await looping.stop();
    }
  });
});
