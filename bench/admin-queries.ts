// Times the admin area's statistics and audit queries, and the CSV export, on a PostgreSQL database holding a large
// helpdesk (1,000,000 tickets by default), created for the run and dropped afterwards.
//
//   DATABASE_URL=postgres://… npx tsx --conditions=react-server bench/admin-queries.ts [tickets]
//   (KEEP=1 keeps the database and prints its name; BENCH_DB=that-name runs again on it.)
//
// The react-server condition lets lib/ modules that import 'server-only' load outside Next.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
// Renamed on import: the React lint rules take any use… call for a hook.
import { openDatabase, useDatabase as pointProcessAt } from '@/db/client';
import { migratePostgres } from '@/db/migrate';
import { getAdminOverview } from '@/lib/admin/overview';
import { listAuditLog } from '@/lib/audit/list-audit';
import type { Actor } from '@/lib/access/actor';
import { exportTicketsCsv } from '@/lib/export/tickets-csv';
import { getCurrentStats } from '@/lib/stats/current';
import { getRangeStats } from '@/lib/stats/range';
import { loadActor } from '@/lib/users/actor';

const count = Number(process.argv[2] ?? 1_000_000);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server: the benchmark creates and drops its own database.');

/** Tickets one every 1.5 minutes back from now: a million cover about three years. */
const seedSql = (n: number) => `
insert into users (email, name, password_hash, role, staff_status)
  select 'bench-agent-' || g || '@example.test', 'Agent ' || g, 'x', 'agent', 'approved' from generate_series(1, 20) g;
insert into users (email, name, password_hash, role, staff_status) values ('bench-admin@example.test', 'Bench Admin', 'x', 'admin', 'approved');
insert into users (email, name, password_hash, role, staff_status)
  select 'bench-applicant-' || g || '@example.test', 'Applicant ' || g, 'x', 'agent', 'pending' from generate_series(1, 5) g;

create temporary table agent_ids as select row_number() over () as i, id from users where role = 'agent' and staff_status = 'approved';
create temporary table category_ids as select row_number() over () as i, id from categories;

insert into tickets (number, subject, description, category_id, priority, status, requester_name, requester_email, channel,
                     assignee_id, created_at, updated_at, last_activity_at, first_response_at, resolved_at, closed_at, archived_at)
select 'HD-20000101-' || lpad(g::text, 7, '0'), 'Subject ' || g, 'Body of ticket ' || g,
       (select id from category_ids where i = 1 + g % 8),
       (array['low','medium','high','urgent'])[1 + g % 4]::ticket_priority,
       s.status::ticket_status,
       'Requester ' || (g % 50000), 'requester' || (g % 50000) || '@example.test', 'web_form',
       case when g <= 13440 and g % 10 = 0 then null else (select id from agent_ids where i = 1 + g % 20) end,
       c.at, c.at, c.at + interval '1 hour',
       case when g <= 13440 and g % 10 < 2 then null else c.at + (g % 600) * interval '1 minute' end,
       case when s.status in ('resolved', 'closed') then c.at + (g % 5000) * interval '1 minute' end,
       case when s.status = 'closed' then c.at + (g % 5000 + 1440) * interval '1 minute' end,
       case when g % 97 = 0 and s.status = 'closed' then c.at + interval '30 days' end
from generate_series(1, ${n}) g
cross join lateral (select now() - g * interval '90 seconds' as at) c
-- The last two weeks are still being worked on; older tickets are resolved or closed, as on a real desk.
cross join lateral (select case when g > 13440 then (case when g % 10 < 3 then 'resolved' else 'closed' end)
                                when g % 10 < 3 then 'open' when g % 10 < 5 then 'in_progress' when g % 10 = 5 then 'on_hold'
                                when g % 10 = 6 then 'pending_customer' when g % 10 < 9 then 'resolved' else 'closed' end as status) s;

insert into ticket_events (ticket_id, ticket_number, actor_id, actor_name, kind, to_value, created_at)
  select id, number, null, requester_name, 'created', 'open', created_at from tickets;
insert into ticket_events (ticket_id, ticket_number, actor_id, actor_name, kind, created_at)
  select id, number, assignee_id, 'Agent', 'replied', first_response_at from tickets where first_response_at is not null;
insert into ticket_events (ticket_id, ticket_number, actor_id, actor_name, kind, from_value, to_value, created_at)
  select id, number, assignee_id, 'Agent', 'status_changed', 'in_progress', 'resolved', resolved_at from tickets where resolved_at is not null;
insert into feedback (ticket_id, rating, created_at)
  select id, 1 + (hashtext(id::text) & 3) + (hashtext(number) & 1), resolved_at + interval '1 hour'
  from tickets where resolved_at is not null and hashtext(number) % 3 = 0;
insert into audit_events (actor_name, kind, subject_type, subject_label, created_at)
  select 'Bench Admin', 'faq_changed', 'faq', 'Article ' || g, now() - g * interval '1 hour' from generate_series(1, 20000) g;
analyze;
`;

async function time(label: string, work: () => Promise<unknown>, runs = 5): Promise<void> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   worst ${(samples.at(-1) ?? 0).toFixed(1).padStart(7)} ms`);
}

/** Reads a whole CSV export as the route would stream it, with rows/s and this process's peak RSS. */
async function timeExport(label: string, actor: Actor, params: Record<string, string>): Promise<void> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  let rows = -1;
  let bytes = 0;
  for await (const line of exportTicketsCsv(actor, params)) {
    rows += 1;
    bytes += Buffer.byteLength(line);
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `${label.padEnd(44)} ${rows.toLocaleString('en')} rows, ${mb(bytes)} in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s), peak RSS ${mb(peak)} (start ${mb(baseline)})`,
  );
}

async function main() {
  // BENCH_DB reuses a database a run with KEEP=1 left behind, skipping the seeding.
  const reuse = process.env.BENCH_DB;
  const name = reuse ?? `deskline_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  if (!reuse) await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  try {
    if (!reuse) await migratePostgres(url.toString());
    const handle = await openDatabase({ url: url.toString() });
    pointProcessAt(handle);
    const started = performance.now();
    if (!reuse) await handle.db.execute(sql.raw(seedSql(count)));
    const [sizes] = (await handle.db.execute(
      sql`select (select count(*) from tickets)::int as tickets, (select count(*) from ticket_events)::int as events, (select count(*) from feedback)::int as ratings`,
    )) as unknown as Array<Record<string, number>>;
    console.log(`Seeded ${JSON.stringify(sizes)} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);

    const [row] = (await handle.db.execute(sql`select id from users where email = 'bench-admin@example.test'`)) as unknown as Array<{ id: string }>;
    const actor = await loadActor(row?.id);
    await time('getCurrentStats', () => getCurrentStats(actor));
    for (const days of [7, 30, 90]) await time(`getRangeStats, ${days} days`, () => getRangeStats(actor, { days }));
    await time('getAdminOverview', () => getAdminOverview(actor));
    await time('listAuditLog, first page', () => listAuditLog(actor, {}));
    let cursor: string | undefined;
    for (let page = 0; page < 200; page += 1) cursor = (await listAuditLog(actor, { cursor })).nextCursor ?? undefined;
    await time('listAuditLog, page 201', () => listAuditLog(actor, { cursor }));
    await time('listAuditLog, by ticket number', () => listAuditLog(actor, { ticket: 'HD-20000101-0123456' }));
    await time('listAuditLog, by kind (status changed)', () => listAuditLog(actor, { kind: 'ticket.status_changed' }));
    await time('listAuditLog, one month a year ago', () => {
      const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
      return listAuditLog(actor, { from: day(395), to: day(365) });
    });
    await time('listAuditLog, by actor', () => listAuditLog(actor, { actor: actor.kind === 'user' ? actor.id : undefined }));
    await timeExport('CSV export, closed + urgent', actor, { view: 'closed', priority: 'urgent' });
    await timeExport('CSV export, every ticket', actor, { view: 'all' });
    await handle.close();
  } finally {
    if (process.env.KEEP) console.log(`\nKept the database: BENCH_DB=${name}`);
    else await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
