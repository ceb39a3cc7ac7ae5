import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';

/** Reads the acting user afresh, so a role or status change applies on the next request. */
export async function loadActor(userId: string | null | undefined): Promise<Actor> {
  if (!userId) return anonymous;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      role: users.role,
      staffStatus: users.staffStatus,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ? { kind: 'user', ...row } : anonymous;
}
