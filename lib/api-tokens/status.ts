import type { Tone } from '@/lib/vocabulary';

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** Revocation wins over expiry: a revoked token stays revoked whatever its date says. */
export function tokenStatus(token: { expiresAt: Date | null; revokedAt: Date | null }, now = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  return 'active';
}

export const tokenStatusLabel: Record<TokenStatus, string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };
export const tokenStatusTone: Record<TokenStatus, Tone> = { active: 'green', expired: 'amber', revoked: 'gray' };
