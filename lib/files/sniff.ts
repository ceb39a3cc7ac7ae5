import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes are read to decide a file's type. */
export const SNIFF_BYTES = 64 * 1024;

// Programs and scripts, whatever the browser claims: refused, never stored.
const refusedTypes = new Set([
  'application/x-msdownload',
  'application/vnd.microsoft.portable-executable',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-sharedlib',
  'application/x-executable',
  'application/java-archive',
  'application/java-vm',
  'application/vnd.android.package-archive',
  'application/x-google-chrome-extension',
  'application/x-xpinstall',
  'application/x-shockwave-flash',
  'application/wasm',
  'application/x-deb',
  'application/x-rpm',
  'application/x-apple-diskimage',
  'application/x.ms.shortcut',
  'application/x-ms-regedit',
]);

const refusedExtensions = new Set([
  'exe', 'dll', 'com', 'scr', 'msi', 'msp', 'pif', 'cpl', 'msc', 'gadget', 'bat', 'cmd', 'ps1', 'psm1', 'vbs', 'vbe',
  'js', 'mjs', 'cjs', 'jse', 'ws', 'wsf', 'wsh', 'hta', 'jar', 'sh', 'bash', 'zsh', 'csh', 'apk', 'app', 'lnk', 'reg',
  'scf', 'inf', 'dmg', 'deb', 'rpm', 'elf', 'run', 'py', 'pl', 'rb', 'php', 'wasm',
]);

// Plain text kept under its own type when the name or the browser says so; anything else textual is text/plain.
const textTypesByExtension: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  md: 'text/markdown',
  ics: 'text/calendar',
  vcf: 'text/vcard',
};

export type Sniffed = { contentType: string; refused: boolean };

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, 8192).includes(0);
}

// Markup a browser would render as a page or run as a script if it were ever shown inline.
function textType(head: Uint8Array, extension: string): Sniffed {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('#!')) return { contentType: 'text/x-script', refused: true };
  if (/<svg[\s>]/.test(text)) return { contentType: 'image/svg+xml', refused: false };
  if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]|<iframe[\s>]|<meta[\s>]|<style[\s>]|<title[\s>]|<a\s+href|<img[\s>]|<object[\s>]|<embed[\s>]/.test(text)) {
    return { contentType: 'text/html', refused: false };
  }
  if (text.startsWith('<?xml')) return { contentType: 'application/xml', refused: false };
  return { contentType: textTypesByExtension[extension] ?? 'text/plain', refused: false };
}

/**
 * The type of a file from its first bytes (magic numbers, then a look at text), never from the
 * browser's claim. Programs and scripts are `refused`, also when their name alone says so.
 */
export async function sniffType(head: Uint8Array, fileName: string): Promise<Sniffed> {
  const extension = extensionOf(fileName);
  const detected = head.length > 0 ? await fileTypeFromBuffer(head) : undefined;
  let sniffed: Sniffed;
  if (detected) sniffed = { contentType: detected.mime, refused: refusedTypes.has(detected.mime) };
  else if (head.length === 0) sniffed = { contentType: 'application/octet-stream', refused: false };
  else if (looksBinary(head)) sniffed = { contentType: 'application/octet-stream', refused: false };
  else sniffed = textType(head, extension);
  return refusedExtensions.has(extension) ? { ...sniffed, refused: true } : sniffed;
}
