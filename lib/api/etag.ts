import { AppError } from '@/lib/errors';

/** A ticket version as a strong ETag. */
export const etagOf = (version: string) => `"${version}"`;

/** The version an `If-Match` header names, or undefined without one; `*` matches any. */
export function expectedVersion(request: Request): string | undefined {
  const header = request.headers.get('if-match');
  if (header === null || header.trim() === '*') return undefined;
  const match = /^"([A-Za-z0-9-]+)"$/.exec(header.trim());
  if (!match?.[1]) throw new AppError('precondition_failed', 'If-Match must be one ETag as this API gave it.');
  return match[1];
}

/** Whether `If-None-Match` already names this ETag (weak comparison, as for GET). */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
