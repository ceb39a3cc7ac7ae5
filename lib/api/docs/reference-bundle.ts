import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

// The self-contained browser build of the reference: one file, no chunks loaded after it, so a
// nonce on its script tag is all the page's script policy has to allow.
const packageDir = path.join(process.cwd(), 'node_modules', '@scalar', 'api-reference');

export type ReferenceBundle = { source: Buffer; gzipped: Buffer; version: string };

let loaded: Promise<ReferenceBundle> | undefined;

async function load(): Promise<ReferenceBundle> {
  const [source, manifest] = await Promise.all([
    readFile(path.join(packageDir, 'dist', 'browser', 'standalone.js')),
    readFile(path.join(packageDir, 'package.json'), 'utf8'),
  ]);
  // About 5 MB as it is, a quarter of that compressed: compressed once, not per request.
  const gzipped = await promisify(gzip)(source);
  return { source, gzipped, version: (JSON.parse(manifest) as { version: string }).version };
}

/** The reference's script (plain and gzipped) and its package version, read from the installed package once. */
export function referenceBundle(): Promise<ReferenceBundle> {
  loaded ??= load();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
