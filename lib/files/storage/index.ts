import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { env, filesDir } from '@/lib/env';
import { createDiskStorage } from './disk';
import { createS3Storage, type S3Settings } from './s3';

export interface FileStorage {
  /** Streams `body` to `key`; never holds the whole file in memory. */
  put(key: string, body: Readable, info: { contentType: string }): Promise<void>;
  /** The object, or null when there is none under `key`. */
  get(key: string): Promise<Readable | null>;
  /** Deletes the object; deleting a missing one is not an error. */
  remove(key: string): Promise<void>;
  /** A short-lived signed URL (S3) or null (disk: the app streams). */
  signedUrl(key: string, opts: { contentType: string; disposition: string; expiresInSeconds: number }): Promise<string | null>;
}

const KEY_BYTES = 24;
export const storageKeyPattern = /^[A-Za-z0-9_-]{32}$/;

/** A random, url-safe key of 32 characters: 192 bits, never derived from the file's name. */
export function newStorageKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

export function s3Settings(): S3Settings | null {
  const bucket = env.S3_BUCKET;
  if (!bucket) return null;
  const endpoint = env.S3_ENDPOINT;
  const accessKeyId = env.S3_ACCESS_KEY_ID;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  return {
    bucket,
    endpoint,
    region: env.S3_REGION ?? (endpoint ? 'auto' : 'us-east-1'),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

// On globalThis so that Next's separate server bundles share one client.
const state = globalThis as unknown as { desklineFileStorage?: { signature: string; storage: FileStorage } };

/** The configured storage: S3 when S3_BUCKET is set, else the disk under FILES_DIR. */
export function fileStorage(): FileStorage {
  const s3 = s3Settings();
  const signature = s3 ? `s3:${s3.endpoint ?? ''}:${s3.bucket}:${s3.region}` : `disk:${filesDir()}`;
  if (state.desklineFileStorage?.signature !== signature) {
    state.desklineFileStorage = { signature, storage: s3 ? createS3Storage(s3) : createDiskStorage(filesDir()) };
  }
  return state.desklineFileStorage.storage;
}
