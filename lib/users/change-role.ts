import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type StaffStatus, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { publishUserChange } from '@/lib/live/publish';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { countOtherActiveAdmins, lockAsAdmin } from './moderate-agent';
import { roleChangeSchema } from './schemas';

export type RoleChange = { id: string; email: string; name: string; role: 'agent' | 'admin'; staffStatus: StaffStatus | null };

/**
 * Promotes an approved agent to admin or demotes an admin to agent. An admin may step down
 * themselves, but the last approved admin may not leave the helpdesk without one.
 */
export async function changeRole(actor: Actor, input: unknown): Promise<RoleChange> {
  assertCan(actor, 'agent:moderate');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const adminId = actor.id;
  const { userId, role } = parseInput(roleChangeSchema, input);
  const from = role === 'admin' ? 'agent' : 'admin';
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockAsAdmin(tx, adminId);
    const [target] = await tx
      .select({ id: users.id, role: users.role, staffStatus: users.staffStatus })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!target || target.role === 'customer') throw new AppError('not_found', 'No such agent.');
    if (target.role === role) throw new AppError('conflict', `This account is already ${role === 'admin' ? 'an admin' : 'an agent'}.`);
    // Promotion is not a way round moderation: an applicant is approved first.
    if (role === 'admin' && target.staffStatus !== 'approved') {
      throw new AppError('conflict', `This agent is ${target.staffStatus ?? 'not active'}; only an approved agent can become an admin.`);
    }
    if (role === 'agent' && target.staffStatus === 'approved' && !(await countOtherActiveAdmins(tx, userId))) {
      throw new AppError('conflict', 'The last active admin cannot be demoted. Promote another admin first.');
    }

    const [updated] = await tx
      .update(users)
      .set({ role, updatedAt: new Date() })
      .where(and(eq(users.id, userId), eq(users.role, from)))
      .returning({ id: users.id, email: users.email, name: users.name, staffStatus: users.staffStatus });
    if (!updated) throw new AppError('conflict', 'This account changed in the meantime; reload and try again.');
    await recordAudit(tx, actor, {
      kind: 'role_changed',
      subjectType: 'user',
      subjectId: updated.id,
      subjectLabel: updated.email,
      from,
      to: role,
    });
    await publishUserChange(tx, updated.id);
    return { ...updated, role };
  });
}
