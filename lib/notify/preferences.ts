import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { mailPreferences } from '@/db/schema';
import { isMailChoiceKind, mailChoices } from './mail-kinds';
import type { MailKind } from '@/lib/mail/templates';

/**
 * Of these users, those who want mail of this kind: their own row if they saved one, else the
 * kind's default. Kinds that cannot be switched off are wanted by everyone.
 */
export async function usersWantingMail(db: Executor, userIds: string[], kind: MailKind): Promise<Set<string>> {
  const ids = [...new Set(userIds)];
  if (!isMailChoiceKind(kind) || ids.length === 0) return new Set(ids);
  const rows = await db
    .select({ userId: mailPreferences.userId, enabled: mailPreferences.enabled })
    .from(mailPreferences)
    .where(and(eq(mailPreferences.kind, kind), inArray(mailPreferences.userId, ids)));
  const saved = new Map(rows.map((row) => [row.userId, row.enabled]));
  const fallback: boolean = mailChoices[kind].enabledByDefault;
  return new Set(ids.filter((id) => saved.get(id) ?? fallback));
}

/** Whether one person wants this mail; a visitor (no account) always does. */
export async function wantsMail(db: Executor, userId: string | null, kind: MailKind): Promise<boolean> {
  if (!userId) return true;
  return (await usersWantingMail(db, [userId], kind)).has(userId);
}
