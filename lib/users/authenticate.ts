import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { verifyPassword } from './password';
import { consumeLimit, resetLimit } from '@/lib/rate-limit/limiter';
import { signInPerEmail, signInPerIp } from '@/lib/rate-limit/rules';
import { signInSchema } from './schemas';

export type AuthenticatedUser = { id: string; email: string; name: string };

/**
 * Checks an email and password. Unknown emails cost the same time as wrong passwords, and both
 * answer null, so the result does not tell whether an account exists. Throws `rate_limited`.
 */
export async function authenticate(input: unknown, context: { ip?: string } = {}): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  if (context.ip) await consumeLimit(signInPerIp(), context.ip);
  await consumeLimit(signInPerEmail(), email);

  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const ok = await verifyPassword(user?.passwordHash, password);
  if (!ok || !user) return null;
  await resetLimit(signInPerEmail(), email);
  return { id: user.id, email: user.email, name: user.name };
}
