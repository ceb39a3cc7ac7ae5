import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileStorage } from './index';

// Keys are ours (newStorageKey), but a key is never trusted to stay inside the folder.
const safeKey = /^[A-Za-z0-9_-]{1,100}$/;

function pathOf(root: string, key: string): string {
  if (!safeKey.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 120))}`);
  // Two levels of fan-out keep any one folder small.
  return path.join(root, key.slice(0, 2), key);
}

/** Files on the local disk under `root`, written to a temporary name and renamed when complete. */
export function createDiskStorage(root: string): FileStorage {
  return {
    async put(key, body) {
      const target = pathOf(root, key);
      await mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.${randomBytes(6).toString('hex')}.part`;
      try {
        await pipeline(body, createWriteStream(partial, { flags: 'wx' }));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      const target = pathOf(root, key);
      // Opened first, so a missing file is a null answer rather than a stream that errors later.
      const handle = await open(target, 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!handle) return null;
      return handle.createReadStream();
    },
    async remove(key) {
      await rm(pathOf(root, key), { force: true });
    },
    async signedUrl() {
      return null;
    },
  };
}
