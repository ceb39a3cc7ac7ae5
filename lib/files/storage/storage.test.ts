import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiskStorage } from './disk';
import { type FileStorage, newStorageKey, storageKeyPattern } from './index';
import { createS3Storage } from './s3';

const MB = 1024 * 1024;

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(parts);
}

/** Bytes that differ from chunk to chunk, so a part stored twice or out of order shows. */
function numbered(size: number, chunk = 256 * 1024): { stream: () => Readable; whole: Buffer } {
  const whole = Buffer.alloc(size);
  for (let i = 0; i < size; i += 4) whole.writeUInt32BE((i / 4) >>> 0, i);
  return { whole, stream: () => Readable.from((function* () { for (let i = 0; i < size; i += chunk) yield whole.subarray(i, i + chunk); })()) };
}

type Backend = { name: string; setUp: () => Promise<FileStorage>; tearDown: () => Promise<void> };

function diskBackend(): Backend {
  let dir = '';
  return {
    name: 'disk',
    async setUp() {
      dir = mkdtempSync(path.join(tmpdir(), 'deskline-disk-'));
      return createDiskStorage(dir);
    },
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function s3Backend(): Backend {
  let dir = '';
  let server: S3rver | undefined;
  return {
    name: 's3 (s3rver)',
    async setUp() {
      dir = mkdtempSync(path.join(tmpdir(), 'deskline-s3-'));
      server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'deskline-test', configs: [] }] });
      const { port } = await server.run();
      return createS3Storage({
        bucket: 'deskline-test',
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        forcePathStyle: true,
      });
    },
    async tearDown() {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('storage keys', () => {
  it('are random and url-safe, never a name', () => {
    const keys = new Set(Array.from({ length: 100 }, newStorageKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(storageKeyPattern);
  });
});

describe.each([diskBackend(), s3Backend()])('$name storage', (backend) => {
  let storage: FileStorage;
  beforeAll(async () => {
    storage = await backend.setUp();
  });
  afterAll(() => backend.tearDown());

  it('keeps what it is given and answers null for a key it does not hold', async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('hello '), Buffer.from('world')]), { contentType: 'text/plain' });
    const stream = await storage.get(key);
    expect(stream && (await readAll(stream)).toString()).toBe('hello world');
    expect(await storage.get(newStorageKey())).toBeNull();
  });

  it('stores a file larger than one upload part intact', async () => {
    const key = newStorageKey();
    const file = numbered(9 * MB);
    await storage.put(key, file.stream(), { contentType: 'application/octet-stream' });
    const stream = await storage.get(key);
    expect(stream && (await readAll(stream)).equals(file.whole)).toBe(true);
  });

  it('removes an object, and removing it again is fine', async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('x')]), { contentType: 'text/plain' });
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it('leaves nothing behind when the upload fails midway', async () => {
    const key = newStorageKey();
    const failing = Readable.from((async function* () {
      yield Buffer.alloc(1024, 1);
      throw new Error('client went away');
    })());
    await expect(storage.put(key, failing, { contentType: 'text/plain' })).rejects.toThrow();
    expect(await storage.get(key)).toBeNull();
  });

  it('signs a short-lived URL on S3 that serves the file with the given type and disposition, and none on disk', async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('%PDF-1.4 test')]), { contentType: 'application/pdf' });
    const disposition = 'attachment; filename="r.pdf"';
    const url = await storage.signedUrl(key, { contentType: 'application/pdf', disposition, expiresInSeconds: 300 });
    if (backend.name === 'disk') return expect(url).toBeNull();
    expect(url).toMatch(/X-Amz-Expires=300/);
    const answer = await fetch(url ?? '');
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('%PDF-1.4 test');
    expect(answer.headers.get('content-disposition')).toBe(disposition);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
  });
});
