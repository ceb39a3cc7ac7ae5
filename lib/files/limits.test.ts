import { readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { attachRefs, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { fileLimits } from './limits';
import { stageFile } from './stage';

const files = withTempFilesDir();
const MB = 1024 * 1024;

/** `size` bytes of text, produced a chunk at a time, never whole. */
function textStream(size: number, chunk = 256 * 1024): Readable {
  let left = size;
  const line = Buffer.alloc(chunk, 'lorem ipsum ');
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(chunk, left);
      left -= n;
      this.push(line.subarray(0, n));
    },
  });
}

describe('file limits', () => {
  it('default to 10 files and 25 MB per message', () => {
    expect(fileLimits()).toEqual({ perMessage: 10, maxBytes: 25 * MB });
  });

  it('refuse an 11th file on one message', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const files = await Promise.all(Array.from({ length: 11 }, (_, i) => stageBytes(customer, `file ${i}`, `f${i}.txt`)));
    await expect(attachRefs(customer, files.map((f) => f.ref), { ticketId: ticket.id, messageId: null })).rejects.toMatchObject({
      code: 'validation',
      fields: { attachments: ['At most 10 files can be sent with one message.'] },
    });
    const [first] = await attachRefs(customer, files.slice(0, 10).map((f) => f.ref), { ticketId: ticket.id, messageId: null });
    expect(first?.fileName).toBe('f0.txt');
  });

  it('refuse a 26 MB file with 413 while it streams, and store nothing of it', async () => {
    const customer = await makeUser('customer');
    const stored = () => readdirSync(files.dir(), { recursive: true }).length;
    const before = stored();
    await expect(stageFile(customer, { body: textStream(26 * MB), fileName: 'big.txt' })).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
    // At most the fan-out folder it was written in remains, not the partial file.
    expect(stored() - before).toBeLessThanOrEqual(1);
    expect(readdirSync(files.dir(), { recursive: true }).some((name) => String(name).endsWith('.part'))).toBe(false);
  });

  it('refuse files that are each within the limit but together over it', async () => {
    const customer = await makeUser('customer');
    const ticket = await makeTicket(customer);
    const a = await stageFile(customer, { body: textStream(13 * MB), fileName: 'a.txt' });
    const b = await stageFile(customer, { body: textStream(13 * MB), fileName: 'b.txt' });
    await expect(attachRefs(customer, [a.ref, b.ref], { ticketId: ticket.id, messageId: null })).rejects.toMatchObject({
      code: 'validation',
      fields: { attachments: ['The files of one message may be at most 25 MB together.'] },
    });
    expect(await attachRefs(customer, [a.ref], { ticketId: ticket.id, messageId: null })).toHaveLength(1);
  });

  it('stream a 25 MB upload without holding it in memory', async () => {
    const customer = await makeUser('customer');
    // Warm up once so the first-use allocations (storage, limiter, sniffer) are not counted.
    await stageFile(customer, { body: textStream(MB), fileName: 'warm.txt' });
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 5);
    try {
      const staged = await stageFile(customer, { body: textStream(25 * MB, 64 * 1024), fileName: 'large.txt' });
      expect(staged.sizeBytes).toBe(25 * MB);
    } finally {
      clearInterval(sampler);
    }
    // Holding the file would grow both by at least 25 MB; streaming stays a few chunks wide.
    expect(peakHeap - before.heapUsed).toBeLessThan(12 * MB);
    expect(peakRss - before.rss).toBeLessThan(15 * MB);
  });
});
