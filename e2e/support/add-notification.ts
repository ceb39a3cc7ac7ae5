// Writes a notification for one person, as lib/notify does when something happens, against the
// end-to-end server's PostgreSQL database, and prints its id. Run with
//   NODE_OPTIONS='--require ./scripts/allow-server-only.cjs' tsx e2e/support/add-notification.ts <email> <title> <href> [minutes ago]
// (the preload lets lib/'s server-only modules load outside Next.)
import { eq } from 'drizzle-orm';
import { closeDatabase, openDatabase, useDatabase as selectDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { databaseSettings, env } from '@/lib/env';
import { insertNotification } from '@/lib/testing/notification-fixtures';

async function main() {
  const [email, title, href, minutesAgo = '0'] = process.argv.slice(2);
  if (!email || !title || !href) throw new Error('usage: add-notification <email> <title> <href> [minutes ago]');
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL must name the end-to-end database');
  const handle = await openDatabase(databaseSettings());
  selectDatabase(handle);
  try {
    const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).limit(1);
    if (!user) throw new Error(`no user ${email}`);
    const createdAt = new Date(Date.now() - Number(minutesAgo) * 60_000);
    const { id } = await insertNotification(user.id, { title, href, createdAt });
    process.stdout.write(id);
  } finally {
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
