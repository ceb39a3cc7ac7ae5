import { createHash, randomBytes } from 'node:crypto';

/**
 * `dl_pat_` + 32 random bytes (base64url) + a CRC-style check: the fixed prefix lets secret
 * scanners recognise a leaked Deskline token, the check lets them (and us) reject a mistyped one
 * without a database lookup.
 */
export const TOKEN_PREFIX = 'dl_pat_';
const BODY_LENGTH = 43;
const CHECK_LENGTH = 6;
const tokenPattern = new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{${BODY_LENGTH}}[A-Za-z0-9_-]{${CHECK_LENGTH}}$`);

function check(body: string): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, CHECK_LENGTH);
}

export function generateToken(): string {
  const body = randomBytes(32).toString('base64url');
  return `${TOKEN_PREFIX}${body}${check(body)}`;
}

/** Whether a string has a token's shape and check; says nothing about whether it is valid. */
export function looksLikeToken(token: string): boolean {
  if (!tokenPattern.test(token)) return false;
  const body = token.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + BODY_LENGTH);
  return token.endsWith(check(body));
}

/** Only this is stored: a token of 256 random bits needs no slow hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The start shown in lists, enough to tell tokens apart and nothing to guess with. */
export function visiblePrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 4);
}
