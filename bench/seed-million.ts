// Usage: DATABASE_URL=postgres://… npm run bench:seed [-- --tickets=1000000]
// Creates (or recreates) the benchmark database on that server, migrates it and fills it with a
// million tickets, their conversations and trails, spread over three years. See README, Performance.
import postgres from 'postgres';
import { migratePostgres } from '@/db/migrate';
import { hashPassword } from '@/lib/auth/password';
import { plans, products, ticketTemplates } from '@/scripts/seed/seed-content';
import { emailDomains, firstNames, internalNotes, lastNames, requesterFollowUps, staffFollowUps } from '@/scripts/seed/seed-text';
import { BENCH_PASSWORD, benchDatabaseName, benchUrl, describeUrl, serverUrl } from './bench-database';
import { insertCounters, insertEvents, insertMessages, insertTickets, insertUsers, stageTickets } from './seed-sql';

const ticketCount = Number(process.argv.find((arg) => arg.startsWith('--tickets='))?.split('=')[1] ?? 1_000_000);
const AGENTS = 50;
const CUSTOMERS = 20_000;
const DAYS = 3 * 365;
const seedTables = ['tickets', 'ticket_messages', 'ticket_events'];

function sqlArray(values: readonly string[]): string {
  return `(array[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')}])`;
}

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  return result;
}

async function recreateDatabase(): Promise<void> {
  const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${benchDatabaseName()}" with (force)`);
  await admin.unsafe(`create database "${benchDatabaseName()}"`);
  await admin.end();
}

async function main() {
  if (!Number.isInteger(ticketCount) || ticketCount < 1000) throw new Error('--tickets must be a whole number of at least 1000');
  const url = benchUrl();
  console.log(`Seeding ${ticketCount.toLocaleString('en')} tickets into ${describeUrl(url)}`);
  const total = performance.now();
  await step('create and migrate the database', async () => {
    await recreateDatabase();
    await migratePostgres(url);
  });

  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // FK triggers off for this session (every reference is built to exist), generous memory for sorts.
    await sql.unsafe(`set session_replication_role = replica; set maintenance_work_mem = '1GB'; set work_mem = '256MB'`);
    await step('word lists and templates', async () => {
      await sql.unsafe(`create unlogged table bench_words (kind text primary key, names text[] not null)`);
      const words: Record<string, readonly string[]> = {
        first: firstNames, last: lastNames, domain: emailDomains, staff: staffFollowUps, requester: requesterFollowUps,
        note: internalNotes, product: products, plan: plans,
      };
      for (const [kind, names] of Object.entries(words)) {
        await sql.unsafe(`insert into bench_words values ($1, array(select jsonb_array_elements_text($2::text::jsonb)))`, [kind, JSON.stringify(names)]);
      }
      await sql.unsafe(`
        create unlogged table bench_templates as
        select row_number() over () as n, c.id as category_id, x.subject, x.description, x.reply, x.ref
        from jsonb_to_recordset($1::text::jsonb) as x(category text, subject text, description text, reply text, ref text)
        join categories c on c.slug = x.category`, [JSON.stringify(ticketTemplates)]);
      // Placeholders are filled from the ticket's number in the series, so each ticket quotes its own order.
      await sql.unsafe(`
        create function bench_fill(text, bigint) returns text language sql immutable as $$
          select replace(replace(replace(replace(replace($1,
            '{order}', 'ORD-' || (100000 + ($2 * 7919) % 900000)),
            '{invoice}', 'INV-' || (200000 + ($2 * 104729) % 800000)),
            '{product}', ${sqlArray(products)}[1 + $2 % ${products.length}]),
            '{plan}', ${sqlArray(plans)}[1 + $2 % ${plans.length}]),
            '{amount}', '€' || (19 + $2 % 460) || '.' || lpad(($2 % 100)::text, 2, '0'))
        $$`);
    });

    await step(`users (${AGENTS} agents, ${CUSTOMERS.toLocaleString('en')} customers)`, async () => {
      await sql.unsafe(insertUsers, [await hashPassword(BENCH_PASSWORD), AGENTS, CUSTOMERS]);
      await sql.unsafe(`create unlogged table bench_agents as
        select array_agg(id order by created_at, email) as ids from users where role = 'agent' and staff_status = 'approved'`);
      await sql.unsafe(`create unlogged table bench_customers as
        select row_number() over (order by email) as n, id, name, email from users where role = 'customer'`);
      await sql.unsafe(`create unique index on bench_customers (n)`);
    });

    // Indexes are built once over the loaded rows instead of updated a row at a time. Only plain
    // indexes go: those behind primary keys and unique constraints stay. All come back as defined.
    const indexes = await sql.unsafe<{ name: string; definition: string }[]>(
      `select indexname as name, indexdef as definition from pg_indexes
       where schemaname = 'public' and tablename = any($1::text[])
         and indexname not in (select conname from pg_constraint)`,
      [seedTables],
    );
    await sql.unsafe(indexes.map((index) => `drop index "${index.name}";`).join('\n'));

    await step('stage tickets', () => sql.unsafe(`select setseed(0.2025)`).then(() => sql.unsafe(stageTickets, [ticketCount, DAYS])));
    await step('tickets', () => sql.unsafe(insertTickets, [CUSTOMERS]));
    await step('messages and notes', () => sql.unsafe(insertMessages));
    await step('events', () => sql.unsafe(insertEvents));
    await step('ticket number counters', () => sql.unsafe(insertCounters));
    await step(`rebuild ${indexes.length} indexes`, async () => {
      for (const index of indexes) await sql.unsafe(index.definition);
    });
    await sql.unsafe(`drop table bench_tickets, bench_templates, bench_words, bench_agents, bench_customers; drop function bench_fill`);
    // VACUUM sets the visibility map, so index-only scans work as they do on a long-lived database.
    await step('vacuum and analyze', () => sql.unsafe(`vacuum (analyze) users, tickets, ticket_messages, ticket_events, ticket_counters`));

    const [sizes] = await sql.unsafe<{ tickets: string; messages: string; events: string; database: string }[]>(`
      select (select count(*) from tickets)::text as tickets, (select count(*) from ticket_messages)::text as messages,
             (select count(*) from ticket_events)::text as events, pg_size_pretty(pg_database_size(current_database())) as database`);
    console.log(`Done in ${((performance.now() - total) / 1000).toFixed(0)} s: ${JSON.stringify(sizes)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
