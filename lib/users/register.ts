import 'server-only';
import { getDb } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { anonymous } from '@/lib/access/actor';
import { notifyAgentApplication } from '@/lib/notify';
import { hashPassword } from './password';
import { AppError, parseInput } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { signUpPerIp } from '@/lib/rate-limit/rules';
import { agentSignUpSchema, signUpSchema } from './schemas';

export type RegisteredUser = { id: string; email: string; name: string; role: 'customer' | 'agent' };

const emailTaken = () =>
  new AppError('conflict', 'An account with this email already exists.', {
    fields: { email: ['An account with this email already exists. Sign in instead.'] },
  });

async function insertUser(
  values: typeof users.$inferInsert & { role: 'customer' | 'agent' },
): Promise<RegisteredUser> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values(values)
        .returning({ id: users.id, email: users.email, name: users.name });
      if (!user) throw new Error('insert returned no row');
      await recordAudit(tx, anonymous, {
        kind: 'user_registered',
        subjectType: 'user',
        subjectId: user.id,
        subjectLabel: user.email,
        to: values.role,
      });
      if (values.role === 'agent') await notifyAgentApplication(tx, user);
      return { ...user, role: values.role };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** A visitor creates a customer account. */
export async function registerCustomer(input: unknown, context: { ip?: string } = {}): Promise<RegisteredUser> {
  const data = parseInput(signUpSchema, input);
  if (context.ip) await consumeLimit(signUpPerIp(), context.ip);
  return insertUser({
    email: data.email,
    name: data.name,
    passwordHash: await hashPassword(data.password),
    role: 'customer',
  });
}

/** Someone applies to answer tickets: the account starts pending until an admin approves it. */
export async function registerAgent(input: unknown, context: { ip?: string } = {}): Promise<RegisteredUser> {
  const data = parseInput(agentSignUpSchema, input);
  if (context.ip) await consumeLimit(signUpPerIp(), context.ip);
  return insertUser({
    email: data.email,
    name: data.name,
    phone: data.phone,
    passwordHash: await hashPassword(data.password),
    role: 'agent',
    staffStatus: 'pending',
    statusChangedAt: new Date(),
  });
}
