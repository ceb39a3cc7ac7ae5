// Plays the agent's part of a ticket through the domain layer, against the end-to-end server's
// PostgreSQL database: claim it, reply to the requester, resolve it. Run with
//   NODE_OPTIONS='--require ./scripts/allow-server-only.cjs' tsx e2e/support/resolve-as-agent.ts <number> <agent email> <reply>
// (the preload lets lib/'s server-only modules load outside Next.)
import { eq } from 'drizzle-orm';
import { closeDatabase, openDatabase, useDatabase as selectDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { databaseSettings, env } from '@/lib/env';
import { addStaffMessage, claimTicket, transitionTicket } from '@/lib/tickets/workspace';
import { loadActor } from '@/lib/users/actor';

async function main() {
  const [number, email, reply] = process.argv.slice(2);
  if (!number || !email || !reply) throw new Error('usage: resolve-as-agent <number> <agent email> <reply>');
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL must name the end-to-end database');
  const handle = await openDatabase(databaseSettings());
  selectDatabase(handle);
  try {
    const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    const agent = await loadActor(row?.id);
    await claimTicket(agent, { number });
    await addStaffMessage(agent, { number, body: reply, visibility: 'public' });
    await transitionTicket(agent, { number, to: 'resolved' });
  } finally {
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
