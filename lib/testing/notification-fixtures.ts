import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';

type NotificationRow = typeof notifications.$inferInsert;

/** Inserts a notification straight into the table, as lib/notify would write it. */
export async function insertNotification(userId: string, overrides: Partial<Omit<NotificationRow, 'userId'>> = {}): Promise<{ id: string }> {
  const db = await getDb();
  const [row] = await db
    .insert(notifications)
    .values({
      userId,
      kind: 'ticket_replied',
      title: 'Daniel replied on HD-20261203-0001',
      href: '/portal/tickets/HD-20261203-0001',
      actorName: 'Daniel Okafor',
      ...overrides,
    })
    .returning({ id: notifications.id });
  if (!row) throw new Error('fixture notification was not created');
  return row;
}
