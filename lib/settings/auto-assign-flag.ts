import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { settings } from '@/db/schema';

export const AUTO_ASSIGN_KEY = 'auto_assign';

/** Whether new tickets are assigned automatically. Off until an admin turns it on. */
export async function isAutoAssignOn(db: Executor): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, AUTO_ASSIGN_KEY)).limit(1);
  return row?.value === true;
}
