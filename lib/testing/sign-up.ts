import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailMessages } from '@/db/schema';
import { confirmSignUp, type RegisteredUser } from '@/lib/users/register';

/** The token of the newest sign-up confirmation mailed to an address, or null. */
export async function confirmationToken(email: string): Promise<string | null> {
  const db = await getDb();
  const [mail] = await db
    .select({ text: mailMessages.text })
    .from(mailMessages)
    .where(and(eq(mailMessages.recipientEmail, email.trim().toLowerCase()), eq(mailMessages.kind, 'confirm_sign_up')))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  return mail?.text.match(/\/sign-up\/confirm\/([A-Za-z0-9_-]+)/)?.[1] ?? null;
}

/** Signs up, then opens the link from the mail: what a person does to get an account. */
export async function signUpConfirmed<C>(
  register: (input: unknown, context: C) => Promise<unknown>,
  input: { email?: unknown } & Record<string, unknown>,
  context: C,
): Promise<RegisteredUser> {
  await register(input, context);
  const token = await confirmationToken(String(input.email));
  if (!token) throw new Error('no confirmation mail was queued');
  return confirmSignUp(token);
}
