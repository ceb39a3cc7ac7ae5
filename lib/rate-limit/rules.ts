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

export const signInPerEmail = (): LimitRule => ({
  name: 'signin-email',
  points: limits.signInPerEmail(),
  windowSeconds: limits.signInWindowSeconds(),
  message: 'Too many sign-in attempts for this account. Please try again in {wait}.',
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
