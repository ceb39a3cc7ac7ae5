import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailPreferences } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { AppError, parseInput } from '@/lib/errors';
import { type MailChoiceKind, mailChoices, mailChoicesFor } from './mail-kinds';
import { mailPreferencesSchema } from './schemas';

export type MailPreference = { kind: MailChoiceKind; label: string; help: string; enabled: boolean };

function signedIn(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  return actor;
}

/** The mail the signed-in person may switch off, each with their current choice or its default. */
export async function getMailPreferences(actor: Actor): Promise<MailPreference[]> {
  const user = signedIn(actor);
  const db = await getDb();
  const rows = await db.select({ kind: mailPreferences.kind, enabled: mailPreferences.enabled }).from(mailPreferences).where(eq(mailPreferences.userId, user.id));
  const saved = new Map(rows.map((row) => [row.kind, row.enabled]));
  return mailChoicesFor(user).map((kind) => ({
    kind,
    label: mailChoices[kind].label,
    help: mailChoices[kind].help,
    enabled: saved.get(kind) ?? mailChoices[kind].enabledByDefault,
  }));
}

/**
 * Saves the person's own choices: each kind their role may choose is on if ticked, off if not.
 * A kind their role does not receive is refused rather than stored.
 */
export async function saveMailPreferences(actor: Actor, input: { enabled: unknown }): Promise<MailPreference[]> {
  const user = signedIn(actor);
  const { enabled } = parseInput(mailPreferencesSchema, { enabled: input.enabled });
  const allowed = mailChoicesFor(user);
  if (enabled.some((kind) => !allowed.includes(kind))) {
    throw new AppError('validation', 'That kind of mail is not one you receive.', { fields: { enabled: ['Choose among the listed kinds of mail.'] } });
  }
  if (allowed.length > 0) {
    const now = new Date();
    const db = await getDb();
    await db
      .insert(mailPreferences)
      .values(allowed.map((kind) => ({ userId: user.id, kind, enabled: enabled.includes(kind), updatedAt: now })))
      .onConflictDoUpdate({ target: [mailPreferences.userId, mailPreferences.kind], set: { enabled: sql`excluded.enabled`, updatedAt: now } });
  }
  return getMailPreferences(user);
}
