import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const wellFormed = /^[A-Za-z0-9._:-]{1,128}$/;

/** A trusted proxy's request id is kept so that its logs and ours line up; any other is replaced. */
export function chooseRequestId(incoming: string | string[] | undefined, fromTrustedProxy: boolean): string {
  if (fromTrustedProxy && typeof incoming === 'string' && wellFormed.test(incoming)) return incoming;
  return randomUUID();
}

/** The path as logged: a private tracking link's token is a credential. */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path.replace(/^\/t\/[^/]+/, '/t/[redacted]');
}
