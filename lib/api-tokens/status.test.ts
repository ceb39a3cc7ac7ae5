import { describe, expect, it } from 'vitest';
import { tokenStatus } from './status';

const now = new Date('2026-06-01T12:00:00Z');

describe('a token’s status', () => {
  it('is active until it expires or is revoked, and revoked wins', () => {
    expect(tokenStatus({ expiresAt: null, revokedAt: null }, now)).toBe('active');
    expect(tokenStatus({ expiresAt: new Date('2026-06-01T12:00:01Z'), revokedAt: null }, now)).toBe('active');
    expect(tokenStatus({ expiresAt: now, revokedAt: null }, now)).toBe('expired');
    expect(tokenStatus({ expiresAt: new Date('2026-05-01T00:00:00Z'), revokedAt: new Date('2026-04-01T00:00:00Z') }, now)).toBe('revoked');
  });
});
