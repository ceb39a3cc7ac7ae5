import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type UserRole, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { AppError, parseInput } from '@/lib/errors';
import { profileSchema } from './schemas';

export type AccountProfile = { id: string; name: string; email: string; role: UserRole; createdAt: Date };

function signedInId(actor: Actor): string {
  assertCan(actor, 'profile:edit');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  return actor.id;
}

/** The signed-in person's own account, as the account page shows it. */
export async function getAccountProfile(actor: Actor): Promise<AccountProfile> {
  const id = signedInId(actor);
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row) throw new AppError('unauthorized', 'Please sign in to continue.');
  return row;
}

/** Renames the signed-in person; tickets and messages written earlier keep the name they had. */
export async function updateProfile(actor: Actor, input: unknown): Promise<AccountProfile> {
  const id = signedInId(actor);
  const { name } = parseInput(profileSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name }).from(users).where(eq(users.id, id)).for('update');
    if (!before) throw new AppError('unauthorized', 'Please sign in to continue.');
    const [row] = await tx
      .update(users)
      .set({ name, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt });
    if (!row) throw new AppError('unauthorized', 'Please sign in to continue.');
    if (before.name !== name) {
      await recordAudit(tx, actor, { kind: 'profile_changed', subjectType: 'user', subjectId: id, subjectLabel: row.email, from: before.name, to: name });
    }
    return row;
  });
}
