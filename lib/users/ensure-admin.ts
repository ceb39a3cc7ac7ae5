import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { emailField, passwordField } from '@/lib/validation';

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when no account has that email.
 * An existing account is left alone: the environment never overwrites a password.
 */
export async function ensureAdmin(
  db: Database,
  env: { email?: string; password?: string; name?: string },
): Promise<'created' | 'exists' | 'skipped'> {
  if (!env.email || !env.password) return 'skipped';
  const email = emailField.parse(env.email);
  const password = passwordField.parse(env.password);
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  if (existing) return 'exists';
  await db
    .insert(users)
    .values({
      email,
      name: env.name?.trim() || 'Administrator',
      passwordHash: await hashPassword(password),
      role: 'admin',
      staffStatus: 'approved',
      statusChangedAt: new Date(),
    })
    .onConflictDoNothing();
  return 'created';
}
