import { limits } from '@/lib/config';
import type { LimitRule } from './limiter';

const tooManySubmissions = 'Too many submissions. Please try again in {wait}.';

export const contactPerIp = (): LimitRule => ({
  name: 'contact-ip',
  points: limits.contactPerIp(),
  windowSeconds: limits.contactWindowSeconds(),
  message: tooManySubmissions,
});

export const contactPerEmail = (): LimitRule => ({
  name: 'contact-email',
  points: limits.contactPerEmail(),
  windowSeconds: limits.contactWindowSeconds(),
  message: tooManySubmissions,
});

export const signInPerIp = (): LimitRule => ({
  name: 'signin-ip',
  points: limits.signInPerIp(),
  windowSeconds: limits.signInWindowSeconds(),
  message: 'Too many sign-in attempts. Please try again in {wait}.',
});

// Wrong passwords for one account from one address: the guesser is stopped, the owner elsewhere is not.
export const signInFailuresPerIpAndEmail = (): LimitRule => ({
  name: 'signin-ip-email',
  points: limits.signInPerEmail(),
  windowSeconds: limits.signInWindowSeconds(),
  message: 'Too many sign-in attempts for this account. Please try again in {wait}.',
});

// Wrong passwords for one account from anywhere: counted to grow the wait below, never a wall.
export const signInFailuresPerEmail = (): LimitRule => ({
  name: 'signin-email-failures',
  points: Number.MAX_SAFE_INTEGER,
  windowSeconds: limits.signInWindowSeconds(),
  message: '',
});

export const signInWaitPerEmail = (): LimitRule => ({
  name: 'signin-email-wait',
  points: 1,
  windowSeconds: limits.signInMaxDelaySeconds(),
  message: 'Too many failed sign-ins for this account. Please try again in {wait}.',
});

/**
 * The wait before the next attempt on an account after `failures` wrong passwords in the
 * window: none for the first few, then 1 s doubling up to the maximum.
 */
export function signInDelaySeconds(failures: number): number {
  const over = failures - limits.signInDelayAfter();
  if (over <= 0) return 0;
  return Math.min(2 ** Math.min(over - 1, 30), limits.signInMaxDelaySeconds());
}

// Wrong current passwords on the change-password form, per account: a borrowed session must not
// become a way to guess the password without the sign-in limits.
export const passwordChangePerEmail = (): LimitRule => ({
  name: 'password-change-email',
  points: limits.signInPerEmail(),
  windowSeconds: limits.signInWindowSeconds(),
  message: 'Too many attempts with the current password. Please try again in {wait}.',
});

export const signUpPerIp = (): LimitRule => ({
  name: 'signup-ip',
  points: limits.signUpPerIp(),
  windowSeconds: limits.signUpWindowSeconds(),
  message: 'Too many new accounts from your network. Please try again in {wait}.',
});

export const passwordResetPerIp = (): LimitRule => ({
  name: 'reset-ip',
  points: limits.passwordResetPerIp(),
  windowSeconds: limits.passwordResetWindowSeconds(),
  message: 'Too many reset requests from your network. Please try again in {wait}.',
});

// Keyed by the address typed, known or not, so the refusal says nothing about an account.
export const passwordResetPerEmail = (): LimitRule => ({
  name: 'reset-email',
  points: limits.passwordResetPerEmail(),
  windowSeconds: limits.passwordResetWindowSeconds(),
  message: 'Too many reset requests for this address. Please try again in {wait}.',
});

// Generous: one request per pause in typing, from everyone behind one office's address.
export const faqSuggestionsPerIp = (): LimitRule => ({
  name: 'faq-suggest-ip',
  points: limits.faqSuggestionsPerIp(),
  windowSeconds: limits.faqSuggestionsWindowSeconds(),
  message: 'Too many searches. Please try again in {wait}.',
});

// Counts only failed look-ups: someone trying tokens runs out, someone using their link never does.
export const trackingFailuresPerIp = (): LimitRule => ({
  name: 'tracking-ip',
  points: limits.trackingFailuresPerIp(),
  windowSeconds: limits.trackingWindowSeconds(),
  message: 'Too many tracking links that do not work were opened from your network. Please try again in {wait}.',
});

const tooManyApiRequests = 'Too many API requests. Please slow down and try again in {wait}.';

// API calls with a token count against the token, wherever they come from.
export const apiPerToken = (): LimitRule => ({
  name: 'api-token',
  points: limits.apiPerToken(),
  windowSeconds: limits.apiWindowSeconds(),
  message: tooManyApiRequests,
});

// API calls without a token (visitors, browser sessions) count against their address.
export const apiPerIp = (): LimitRule => ({
  name: 'api-ip',
  points: limits.apiPerIp(),
  windowSeconds: limits.apiWindowSeconds(),
  message: tooManyApiRequests,
});

const tooManyUploads = 'Too many files uploaded. Please try again in {wait}.';

// Uploads by a signed-in person count against them; a visitor's against their address.
export const fileUploadsPerUser = (): LimitRule => ({ name: 'upload-user', points: 200, windowSeconds: 600, message: tooManyUploads });
export const fileUploadsPerIp = (): LimitRule => ({ name: 'upload-ip', points: 60, windowSeconds: 600, message: tooManyUploads });
