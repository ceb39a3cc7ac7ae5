import { readdirSync } from 'node:fs';
import path from 'node:path';

const appDir = path.resolve(import.meta.dirname, '../../../app');

/**
 * The app's files of one kind (`actions.ts`, `route.ts`, `page.tsx`), found on disk so that a
 * new one is fuzzed without being listed anywhere. Paths are relative to app/.
 */
export function appFiles(fileName: string): string[] {
  return readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === fileName)
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The module of an app file, imported as Next would (through the `@/` alias). */
export async function importAppFile(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ `@/app/${file}`)) as Record<string, unknown>;
}

/** The dynamic segments of an app file's folder: `[number]` → number, `[...nextauth]` → nextauth. */
export function dynamicSegments(file: string): Array<{ name: string; catchAll: boolean }> {
  return [...file.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((match) => ({ name: match[2] ?? '', catchAll: match[1] !== undefined }));
}
