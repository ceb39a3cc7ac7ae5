import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// The self-contained browser build of the reference: one file, no chunks loaded after it, so a
// nonce on its script tag is all the page's script policy has to allow.
const packageDir = path.join(process.cwd(), 'node_modules', '@scalar', 'api-reference');

let loaded: Promise<{ source: Buffer; version: string }> | undefined;

/** The reference's script and its package version, read from the installed package once. */
export function referenceBundle(): Promise<{ source: Buffer; version: string }> {
  loaded ??= Promise.all([
    readFile(path.join(packageDir, 'dist', 'browser', 'standalone.js')),
    readFile(path.join(packageDir, 'package.json'), 'utf8'),
  ]).then(([source, manifest]) => ({ source, version: (JSON.parse(manifest) as { version: string }).version }));
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
