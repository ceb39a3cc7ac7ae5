import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { hashPassword } from './password';
import { emailField, passwordField } from '@/lib/validation';

function checked<S extends z.ZodType>(schema: S, value: string, name: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${name}: ${result.error.issues[0]?.message ?? 'invalid value'}`);
  return result.data;
}

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when no account has that email.
 * An existing account is left alone: the environment never overwrites a password.
 */
export async function ensureAdmin(
  db: Database,
  env: { email?: string; password?: string; name?: string },
): Promise<'created' | 'exists' | 'skipped'> {
  if (!env.email || !env.password) return 'skipped';
  const email = checked(emailField, env.email, 'ADMIN_EMAIL');
  const password = checked(passwordField, env.password, 'ADMIN_PASSWORD');
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  if (existing) return 'exists';
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name: env.name?.trim() || 'Administrator',
        passwordHash,
        role: 'admin',
        staffStatus: 'approved',
        statusChangedAt: new Date(),
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    // Another instance starting at the same moment created it first.
    if (!created) return 'exists';
    await tx.insert(auditEvents).values({
      actorName: 'System',
      kind: 'user_registered',
      subjectType: 'user',
      subjectId: created.id,
      subjectLabel: email,
      toValue: 'admin',
      detail: { source: 'ADMIN_EMAIL' },
    });
    return 'created';
  });
}
