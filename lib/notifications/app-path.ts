/** Where a notification may lead when its stored link is unusable. */
export const NOTIFICATIONS_PATH = '/notifications';

/**
 * The stored link when it is a path inside this app, otherwise null. "//evil.test" and
 * "/\evil.test" are read by browsers as other sites, and a scheme, a backslash or a control
 * character has no place in a path, so following an entry can never become an open redirect.
 */
export function appPath(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  if (href.length > 300 || /[\\\s\u0000-\u001f\u007f]/.test(href)) return null;
  const url = new URL(href, 'http://deskline.invalid');
  if (url.origin !== 'http://deskline.invalid') return null;
  // Dot segments can fold "/.//evil.test" into "//evil.test": check what is left once more.
  const path = url.pathname + url.search + url.hash;
  return path.startsWith('//') ? null : path;
}
