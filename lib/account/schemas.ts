import { z } from 'zod';
import { requiredText } from '@/lib/validation';

/** The profile form: the same limits as sign-up. */
export const profileSchema = z.object({
  name: requiredText('your name', 120),
});
export type ProfileInput = z.input<typeof profileSchema>;

/** Deleting an account is confirmed by typing the account's email address. */
export const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: 'Type your email address to confirm.' })
    .trim()
    .min(1, { error: 'Type your email address to confirm.' })
    .max(254, { error: 'Type your email address to confirm.' })
    .transform((value) => value.toLowerCase()),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

export const customerRefSchema = z.object({
  userId: z.uuid({ error: 'Unknown user.' }),
});

/** An admin anonymising a customer types that customer's email, as the customer would. */
export const anonymiseCustomerSchema = customerRefSchema.extend(deleteAccountSchema.shape);
