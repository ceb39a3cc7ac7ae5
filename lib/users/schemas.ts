import { z } from 'zod';
import { emailField, pageLimit, passwordField, requiredPhone, requiredText } from '@/lib/validation';
import { staffStatuses, userRoles } from '@/db/schema/values';

export const signUpSchema = z.object({
  name: requiredText('your name', 120),
  email: emailField,
  password: passwordField,
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const agentSignUpSchema = signUpSchema.extend({
  phone: requiredPhone,
});
export type AgentSignUpInput = z.input<typeof agentSignUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, { error: 'Enter your password.' }).max(128, { error: 'Enter your password.' }),
});
export type SignInInput = z.input<typeof signInSchema>;

export const moderationSchema = z.object({
  userId: z.uuid({ error: 'Unknown user.' }),
  reason: z
    .string()
    .trim()
    .max(500, { error: 'Keep the reason to 500 characters or fewer.' })
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type ModerationInput = z.input<typeof moderationSchema>;

export const roleChangeSchema = z.object({
  userId: z.uuid({ error: 'Unknown user.' }),
  role: z.enum(['agent', 'admin'], { error: 'Choose agent or admin.' }),
});
export type RoleChangeInput = z.input<typeof roleChangeSchema>;

export const userSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100, { error: 'Keep the search to 100 characters or fewer.' })
    .optional()
    .transform((value) => value ?? ''),
});

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, { error: 'Enter your current password.' }).max(128, { error: 'Enter your current password.' }),
  password: passwordField,
});
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

export const forgotPasswordSchema = z.object({
  email: emailField,
});
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const passwordResetSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'This reset link is not valid.' }),
  password: passwordField,
});
export type PasswordResetInput = z.input<typeof passwordResetSchema>;

/** The user list's filters over the API: the search, a role, a staff status, a page. */
export const userListSchema = userSearchSchema.extend({
  role: z.enum(userRoles, { error: 'Choose customer, agent or admin.' }).optional(),
  status: z.enum(staffStatuses, { error: 'Choose pending, approved, rejected or suspended.' }).optional(),
  cursor: z.string().max(400).optional(),
  limit: pageLimit,
});
