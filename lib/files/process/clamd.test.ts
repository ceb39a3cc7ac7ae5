import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EICAR, type FakeClamd, startFakeClamd } from '@/lib/testing/fake-clamd';
import { ScannerUnavailableError, scanWithClamd } from './clamd';

let clamd: FakeClamd;
beforeAll(async () => {
  clamd = await startFakeClamd({ maxStreamBytes: 1024 * 1024 });
});
afterAll(async () => {
  await clamd.close();
});

const address = () => ({ host: clamd.host, port: clamd.port, timeoutMs: 5000 });

describe('the clamd client', () => {
  it('streams a file in chunks and reads stream: OK as clean', async () => {
    const content = Buffer.alloc(300_000, 'a');
    expect(await scanWithClamd(Readable.from([content]), address())).toEqual({ infected: false });
    expect(clamd.scanned.at(-1)?.equals(content)).toBe(true);
  });

  it('reads FOUND as infected, with the signature', async () => {
    const body = Readable.from([Buffer.from('harmless start '), Buffer.from(EICAR)]);
    expect(await scanWithClamd(body, address())).toEqual({ infected: true, signature: 'Eicar-Test-Signature' });
  });

  it('reports a stream over clamd’s limit as no verdict, with clamd’s reason', async () => {
    const big = Readable.from([Buffer.alloc(3 * 1024 * 1024, 'b')]);
    await expect(scanWithClamd(big, address())).rejects.toThrow(/size limit exceeded/);
  });

  it('gives no verdict on a file whose reading failed midway', async () => {
    const body = new PassThrough();
    body.write(Buffer.from('first part'));
    setImmediate(() => body.destroy(new Error('storage read failed')));
    await expect(scanWithClamd(body, address())).rejects.toThrow('storage read failed');
  });

  it('reports clamd not listening as unavailable', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await scanWithClamd(Readable.from([Buffer.from('x')]), { host: '127.0.0.1', port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScannerUnavailableError);
    expect(String(error)).toMatch(/not reachable/);
  });

  it('reports a clamd that never answers as unavailable once the timeout passes', async () => {
    const silent = createServer((socket) => socket.on('data', () => {}));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      await expect(scanWithClamd(Readable.from([Buffer.from('x')]), { host: '127.0.0.1', port, timeoutMs: 200 })).rejects.toThrow(/in time/);
    } finally {
      silent.close();
    }
  });
});
