import { z } from 'zod';

/** Trimmed text that must be present and at most `max` characters. */
export function requiredText(label: string, max: number, min = 1) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(min, { error: min > 1 ? `Enter at least ${min} characters.` : `Enter ${label}.` })
    .max(max, { error: `Keep it to ${max.toLocaleString('en')} characters or fewer.` });
}

/** Trimmed text that may be left empty (empty becomes undefined). */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `Keep it to ${max.toLocaleString('en')} characters or fewer.` })
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const emailField = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, { error: 'Enter your email address.' })
  .max(254, { error: 'Keep the email address to 254 characters or fewer.' })
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }))
  .transform((value) => value.toLowerCase());

// Digits with the usual separators; at least 6 digits so that "12" is not taken for a number.
const phonePattern = /^\+?[0-9\s().\-/]{6,32}$/;
const phoneMessage = 'Enter a valid phone number, like +44 20 7946 0958.';

function isPhone(value: string): boolean {
  return phonePattern.test(value) && (value.match(/\d/g)?.length ?? 0) >= 6;
}

export const optionalPhone = z
  .string()
  .trim()
  .max(32, { error: phoneMessage })
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || isPhone(value), { error: phoneMessage });

export const requiredPhone = z
  .string({ error: 'Enter your phone number.' })
  .trim()
  .min(1, { error: 'Enter your phone number.' })
  .max(32, { error: phoneMessage })
  .refine(isPhone, { error: phoneMessage });

export const passwordField = z
  .string({ error: 'Choose a password.' })
  .min(10, { error: 'Use at least 10 characters.' })
  .max(128, { error: 'Keep the password to 128 characters or fewer.' });

/** An API list's page size: 50 unless given, at most 100. */
export const pageLimit = z.coerce.number({ error: 'Give a number.' }).int({ error: 'Give a whole number.' }).min(1, { error: 'At least 1.' }).max(100, { error: 'At most 100.' }).default(50);
