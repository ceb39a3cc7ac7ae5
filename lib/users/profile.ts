import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';

export type StaffApplication = {
  status: 'pending' | 'approved' | 'rejected' | 'suspended';
  reason: string | null;
  since: Date | null;
};

/** What a staff member may read about their own application (the pending page). */
export async function getOwnStaffStatus(actor: Actor): Promise<StaffApplication | null> {
  if (actor.kind !== 'user' || actor.role === 'customer') return null;
  const db = await getDb();
  const [row] = await db
    .select({ status: users.staffStatus, reason: users.statusReason, since: users.statusChangedAt })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  if (!row?.status) return null;
  return { status: row.status, reason: row.reason, since: row.since };
}
