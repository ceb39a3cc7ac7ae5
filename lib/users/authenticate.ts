import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { verifyPassword } from './password';
import { assertWithinLimit, consumeLimit, countFailure, requireWait, resetLimit } from '@/lib/rate-limit/limiter';
import {
  signInDelaySeconds,
  signInFailuresPerEmail,
  signInFailuresPerIpAndEmail,
  signInPerIp,
  signInWaitPerEmail,
} from '@/lib/rate-limit/rules';
import { signInSchema } from './schemas';

export type AuthenticatedUser = { id: string; email: string; name: string };

/**
 * Checks an email and password. Unknown emails cost the same time as wrong passwords, and both
 * answer null, so the result does not tell whether an account exists. Throws `rate_limited`.
 *
 * Guessing is throttled per address and per (address, account), so one address cannot lock an
 * owner out; wrong passwords for an account from many addresses make every next attempt on it
 * wait a little longer, up to a short maximum, rather than closing it.
 */
export async function authenticate(input: unknown, context: { ip?: string } = {}): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const pair = `${context.ip ?? 'unknown'} ${email}`;

  if (context.ip) await consumeLimit(signInPerIp(), context.ip);
  await assertWithinLimit(signInFailuresPerIpAndEmail(), pair);
  await assertWithinLimit(signInWaitPerEmail(), email);

  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const ok = await verifyPassword(user?.passwordHash, password);
  if (!ok || !user) {
    await countFailure(signInFailuresPerIpAndEmail(), pair);
    const delay = signInDelaySeconds(await countFailure(signInFailuresPerEmail(), email));
    if (delay > 0) await requireWait(signInWaitPerEmail(), email, delay);
    return null;
  }
  await resetLimit(signInFailuresPerIpAndEmail(), pair);
  return { id: user.id, email: user.email, name: user.name };
}
