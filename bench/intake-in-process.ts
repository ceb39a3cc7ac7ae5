// Run by bench/http.ts: createTicket called directly (no HTTP, no Next) by CONNECTIONS concurrent
// loops for SECONDS against DATABASE_URL, as the customer BENCH_CUSTOMER_ID, with the same body the
// HTTP row sends. Prints {"tickets": n, "seconds": s} on stdout. Needs the server-only preload.
import { configureDatabase, closeDatabase } from '@/db/client';
import { databaseSettings } from '@/lib/env';
import { loadActor } from '@/lib/users/actor';
import { createTicket } from '@/lib/tickets/create-ticket';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const body = JSON.parse(process.env.BENCH_TICKET_BODY ?? '{}') as unknown;

async function main() {
  configureDatabase(databaseSettings);
  const actor = await loadActor(process.env.BENCH_CUSTOMER_ID);
  if (actor.kind !== 'user') throw new Error('BENCH_CUSTOMER_ID names no user');
  // Warm up the pool and the prepared statements as the server's warm-up run does.
  for (let i = 0; i < 20; i += 1) await createTicket(actor, body, { ip: '127.0.0.1', channel: 'api' });
  let tickets = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await createTicket(actor, body, { ip: '127.0.0.1', channel: 'api' });
        tickets += 1;
      }
    }),
  );
  process.stdout.write(JSON.stringify({ tickets, seconds: (performance.now() - started) / 1000 }));
  await closeDatabase();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
