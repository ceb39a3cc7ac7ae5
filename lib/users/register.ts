import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { anonymous } from '@/lib/access/actor';
import { AppError, parseInput } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import { appUrl, mailSettings } from '@/lib/mail/settings';
import { notifyAgentApplication } from '@/lib/notify';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { signUpPerIp } from '@/lib/rate-limit/rules';
import { hashPassword } from './password';
import { agentSignUpSchema, signUpSchema } from './schemas';
import { openSignUp, type PendingSignUp, sealSignUp } from './sign-up-token';

export type RegisteredUser = { id: string; email: string; name: string; role: 'customer' | 'agent' };

export const CONFIRM_LINK_HOURS = 24;

/**
 * What a sign-up answers: with mail being sent, nothing (check your email). Without a mail
 * provider no address can be proven, so the confirmation link is handed to the person signing
 * up, and an address that is taken is said to be; a helpdesk that sends mail never tells.
 */
export type SignUpRequested = { confirmToken: string | null };

/**
 * Both sign-up forms end here, and answer the same whether or not the address has an account:
 * the password is hashed and one mail is queued either way. A new address gets a link that
 * creates the account; an existing account's owner is told someone tried, and nothing changes.
 */
async function requestSignUp(pending: Omit<PendingSignUp, 'expiresAt'>, now: Date): Promise<SignUpRequested> {
  const mailSending = Boolean(mailSettings().apiKey);
  const db = await getDb();
  const [existing] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(sql`lower(${users.email})`, pending.email))
    .limit(1);
  if (existing && !mailSending) {
    throw new AppError('conflict', 'An account with this email already exists. Sign in, or choose a new password.', {
      fields: { email: ['An account with this email already exists.'] },
    });
  }
  const token = sealSignUp({ ...pending, expiresAt: now.getTime() + CONFIRM_LINK_HOURS * 3_600_000 });
  await db.transaction(async (tx) => {
    if (existing) {
      await queueMail(
        tx,
        {
          kind: 'account_exists',
          to: { email: existing.email, userId: existing.id },
          props: { name: existing.name, signInUrl: appUrl('/sign-in'), resetUrl: appUrl('/forgot-password') },
        },
        now,
      );
      return;
    }
    await queueMail(
      tx,
      {
        kind: 'confirm_sign_up',
        to: { email: pending.email },
        props: { name: pending.name, confirmUrl: appUrl(`/sign-up/confirm/${token}`), agent: pending.role === 'agent', expiresInHours: CONFIRM_LINK_HOURS },
      },
      now,
    );
  });
  return { confirmToken: mailSending ? null : token };
}

/** A visitor asks for a customer account; it is created from the link mailed to them. */
export async function registerCustomer(input: unknown, context: { ip?: string } = {}, now = new Date()): Promise<SignUpRequested> {
  const data = parseInput(signUpSchema, input);
  if (context.ip) await consumeLimit(signUpPerIp(), context.ip);
  const passwordHash = await hashPassword(data.password);
  return requestSignUp({ role: 'customer', email: data.email, name: data.name, phone: null, passwordHash }, now);
}

/** Someone applies to answer tickets; the application is made from the link mailed to them. */
export async function registerAgent(input: unknown, context: { ip?: string } = {}, now = new Date()): Promise<SignUpRequested> {
  const data = parseInput(agentSignUpSchema, input);
  if (context.ip) await consumeLimit(signUpPerIp(), context.ip);
  const passwordHash = await hashPassword(data.password);
  return requestSignUp({ role: 'agent', email: data.email, name: data.name, phone: data.phone, passwordHash }, now);
}

const linkInvalid = () => new AppError('not_found', 'This confirmation link does not work. Sign up again to get a new one.');

/**
 * Creates the account a confirmation link carries. Opening the link twice, or after the address
 * got an account some other way, creates nothing more and says the link is spent.
 */
export async function confirmSignUp(token: string, now = new Date()): Promise<RegisteredUser> {
  const pending = openSignUp(token, now);
  if (!pending) throw linkInvalid();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          email: pending.email,
          name: pending.name,
          phone: pending.phone,
          passwordHash: pending.passwordHash,
          role: pending.role,
          ...(pending.role === 'agent' ? { staffStatus: 'pending' as const, statusChangedAt: now } : {}),
        })
        .returning({ id: users.id, email: users.email, name: users.name });
      if (!user) throw new Error('insert returned no row');
      await recordAudit(tx, anonymous, {
        kind: 'user_registered',
        subjectType: 'user',
        subjectId: user.id,
        subjectLabel: user.email,
        to: pending.role,
      });
      if (pending.role === 'agent') await notifyAgentApplication(tx, user);
      return { ...user, role: pending.role };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw linkInvalid();
    throw error;
  }
}
