import { ticketNumberSchema } from '@/lib/tickets/schemas';
import { isWellFormedToken } from '@/lib/tickets/tracking';

/**
 * Carries the new ticket's number, and a visitor's tracking token, from the contact action to
 * the thank-you page: in a short-lived httpOnly cookie, never in an address that gets logged.
 */
export const SUBMITTED_COOKIE = 'deskline_submitted';

export type Submitted = { number: string; token: string | null };

export function encodeSubmitted({ number, token }: Submitted): string {
  return token ? `${number}.${token}` : number;
}

export function decodeSubmitted(raw: string | undefined): Submitted | null {
  if (!raw) return null;
  const [numberPart, tokenPart] = raw.split('.', 2);
  const number = ticketNumberSchema.safeParse(numberPart ?? '');
  if (!number.success) return null;
  return { number: number.data, token: tokenPart && isWellFormedToken(tokenPart) ? tokenPart : null };
}
