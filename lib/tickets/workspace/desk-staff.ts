import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';

export type DeskStaff = { id: string; name: string; role: 'agent' | 'admin' };

/** The people tickets can be assigned to: approved agents and admins, by name. */
export async function listDeskStaff(actor: Actor): Promise<DeskStaff[]> {
  assertCan(actor, 'ticket:work');
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(inArray(users.role, ['agent', 'admin']), eq(users.staffStatus, 'approved')))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((row) => ({ ...row, role: row.role === 'admin' ? 'admin' : 'agent' }));
}
