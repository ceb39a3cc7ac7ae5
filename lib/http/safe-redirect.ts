/** A same-site path to return to after signing in, or undefined for anything else. */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value.startsWith('/api/') || value.startsWith('/sign-in')) return undefined;
  return value.slice(0, 500);
}
