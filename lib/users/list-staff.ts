import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type StaffStatus, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';

export type StaffMember = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: 'agent' | 'admin';
  staffStatus: StaffStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  createdAt: Date;
};

export type ModerationQueue = {
  /** Waiting for a decision, oldest application first. */
  pending: StaffMember[];
  /** Approved and suspended agents and admins. */
  team: StaffMember[];
  /** The most recent rejections, which an admin may still approve. */
  rejected: StaffMember[];
};

const REJECTED_SHOWN = 50;

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  phone: users.phone,
  role: users.role,
  staffStatus: users.staffStatus,
  statusReason: users.statusReason,
  statusChangedAt: users.statusChangedAt,
  createdAt: users.createdAt,
};

const isStaff = inArray(users.role, ['agent', 'admin']);

type Row = Omit<StaffMember, 'role' | 'staffStatus'> & { role: string; staffStatus: StaffStatus | null };

// The queries select staff only; this narrows the column types to say so.
function asStaff(rows: Row[]): StaffMember[] {
  return rows.map((row) => ({ ...row, role: row.role === 'admin' ? 'admin' : 'agent', staffStatus: row.staffStatus ?? 'pending' }));
}

/** Everything the moderation page shows, for admins only. */
export async function listModerationQueue(actor: Actor): Promise<ModerationQueue> {
  assertCan(actor, 'agent:moderate');
  const db = await getDb();
  const [pending, team, rejected] = await Promise.all([
    db
      .select(columns)
      .from(users)
      .where(and(isStaff, eq(users.staffStatus, 'pending')))
      .orderBy(asc(users.createdAt), asc(users.id)),
    db
      .select(columns)
      .from(users)
      .where(and(isStaff, inArray(users.staffStatus, ['approved', 'suspended'])))
      // Admins first, then agents; suspended accounts after the active ones.
      .orderBy(desc(users.role), asc(users.staffStatus), asc(sql`lower(${users.name})`)),
    db
      .select(columns)
      .from(users)
      .where(and(isStaff, eq(users.staffStatus, 'rejected')))
      .orderBy(desc(users.statusChangedAt), desc(users.id))
      .limit(REJECTED_SHOWN),
  ]);
  return { pending: asStaff(pending), team: asStaff(team), rejected: asStaff(rejected) };
}

/** The number behind the badge in the admin header. */
export async function countPendingApplications(actor: Actor): Promise<number> {
  assertCan(actor, 'agent:moderate');
  const db = await getDb();
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(isStaff, eq(users.staffStatus, 'pending')));
  return row?.count ?? 0;
}
