import { describe, expect, it } from 'vitest';
import { onPostgres, otherInstances } from '@/lib/testing/instances';
import { fileStorage } from '@/lib/files/storage';
import { fileRow, waitingFile, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import type { Scanner } from './clamd';
import { createFileWorker } from './worker';

// The real disk storage, on a folder of this file's own.
withTempFilesDir();
const storage = () => fileStorage();
const handles = otherInstances();

describe.skipIf(!onPostgres)('two file workers on one database', () => {
  it('scan each of 30 files exactly once between them', async () => {
    const files = [];
    for (let i = 0; i < 30; i += 1) files.push(await waitingFile(storage(), Buffer.from(`%PDF-1.7\nfile ${i}\n`)));
    const scannedBy: string[][] = [[], []];
    const workers = handles.map((handle, i) => {
      const scanner: Scanner = async (body) => {
        const chunks: Buffer[] = [];
        for await (const chunk of body) chunks.push(chunk as Buffer);
        scannedBy[i]!.push(Buffer.concat(chunks).toString('utf8'));
        return { infected: false };
      };
      // Small batches, so that both keep coming back for more while the other is still at work.
      return createFileWorker({ db: handle.db, storage: storage(), scanner, batchSize: 2, pollMs: 50 });
    });
    await Promise.all(workers.map((worker) => worker.start()));
    try {
      await waitFor('all 30 files scanned', () => scannedBy[0]!.length + scannedBy[1]!.length >= 30, 60_000);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    const all = [...scannedBy[0]!, ...scannedBy[1]!];
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    for (const file of files) expect(await fileRow(file.id)).toMatchObject({ scanStatus: 'clean', processAttempts: 1, processAfter: null });
    // Both took part: the locks shared the work out, they did not leave it to one.
    expect(Math.min(scannedBy[0]!.length, scannedBy[1]!.length)).toBeGreaterThan(0);
  });
});
