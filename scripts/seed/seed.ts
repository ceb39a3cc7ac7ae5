import { sql } from 'drizzle-orm';
import { lockForTransaction } from '@/db/advisory-locks';
import type { Database, Executor } from '@/db/client';
import {
  auditEvents,
  categories,
  faqArticles,
  feedback,
  type StaffStatus,
  ticketCounters,
  ticketEvents,
  ticketMessages,
  tickets,
  type UserRole,
  users,
} from '@/db/schema';
import { hashPassword } from '@/lib/users/password';
import { demoAccounts } from './demo-accounts';
import { faqEntries } from './seed-text';
import { type SeedUser, seedDemoMail } from './seed-mail';
import { seedDemoTags } from './seed-tags';
import { buildDemoTickets } from './seed-tickets';

export const DEMO_TICKET_COUNT = 300;

const day = 24 * 60 * 60 * 1000;
const approvalDelay = 3 * 60 * 60 * 1000;

type Profile = { email: string; name: string; role: UserRole; staffStatus: StaffStatus | null; phone?: string; daysAgo: number };

const profiles: readonly Profile[] = [
  { email: 'admin@deskline.test', name: 'Maya Lindqvist', role: 'admin', staffStatus: 'approved', daysAgo: 90 },
  { email: 'agent@deskline.test', name: 'Daniel Okafor', role: 'agent', staffStatus: 'approved', daysAgo: 84 },
  { email: 'agent2@deskline.test', name: 'Priya Raman', role: 'agent', staffStatus: 'approved', daysAgo: 77 },
  {
    email: 'pending@deskline.test',
    name: 'Tomás Herrera',
    role: 'agent',
    staffStatus: 'pending',
    phone: '+44 20 7946 0321',
    daysAgo: 2,
  },
  { email: 'customer@deskline.test', name: 'Emma Whitfield', role: 'customer', staffStatus: null, daysAgo: 75 },
  { email: 'customer2@deskline.test', name: 'Lucas Moreau', role: 'customer', staffStatus: null, daysAgo: 71 },
  { email: 'customer3@deskline.test', name: 'Hannah Becker', role: 'customer', staffStatus: null, daysAgo: 66 },
];

async function isEmpty(db: Executor): Promise<boolean> {
  const [user] = await db.select({ id: users.id }).from(users).limit(1);
  const [ticket] = await db.select({ id: tickets.id }).from(tickets).limit(1);
  return !user && !ticket;
}

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += 250) await insert(rows.slice(start, start + 250));
}

async function hashDemoPasswords(): Promise<Map<string, string>> {
  const passwords = [...new Set(demoAccounts.map((account) => account.password))];
  return new Map(await Promise.all(passwords.map(async (password) => [password, await hashPassword(password)] as const)));
}

/**
 * Fills an empty database with demo accounts, ~300 tickets with their conversations and trails,
 * ratings and FAQ articles. A database that holds any user or ticket is left alone.
 */
export async function seedDemoData(db: Database): Promise<{ seeded: boolean }> {
  if (!(await isEmpty(db))) return { seeded: false };
  const hashes = await hashDemoPasswords();
  const now = Date.now();

  return db.transaction(async (tx) => {
    await lockForTransaction(tx, 'seed');
    if (!(await isEmpty(tx))) return { seeded: false };

    const userRows = profiles.map((profile) => {
      const password = demoAccounts.find((account) => account.email === profile.email)?.password;
      const passwordHash = password && hashes.get(password);
      if (!passwordHash) throw new Error(`no demo password for ${profile.email}`);
      const createdAt = new Date(now - profile.daysAgo * day);
      const approved = profile.role === 'agent' && profile.staffStatus === 'approved';
      const approvedAt = approved ? new Date(createdAt.getTime() + approvalDelay) : createdAt;
      return {
        email: profile.email,
        name: profile.name,
        phone: profile.phone ?? null,
        passwordHash,
        role: profile.role,
        staffStatus: profile.staffStatus,
        statusChangedAt: profile.staffStatus ? approvedAt : null,
        createdAt,
        updatedAt: approvedAt,
      };
    });
    const inserted = await tx
      .insert(users)
      .values(userRows)
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        phone: users.phone,
        role: users.role,
        staffStatus: users.staffStatus,
        createdAt: users.createdAt,
      });
    const person = (email: string): SeedUser => {
      const found = inserted.find((user) => user.email === email);
      if (!found) throw new Error(`demo user ${email} was not created`);
      return found;
    };
    const admin = person('admin@deskline.test');
    const agent = person('agent@deskline.test');
    const agent2 = person('agent2@deskline.test');

    await tx.insert(auditEvents).values([
      ...inserted.map((user) => ({
        // The first admin comes from the installation, everyone else signed up.
        actorId: null,
        actorName: user.id === admin.id ? 'System' : 'Visitor',
        kind: 'user_registered' as const,
        subjectType: 'user',
        subjectId: user.id,
        subjectLabel: user.email,
        toValue: userRows.find((row) => row.email === user.email)?.role ?? null,
        createdAt: user.createdAt,
      })),
      ...[agent, agent2].map((user) => ({
        actorId: admin.id,
        actorName: admin.name,
        kind: 'agent_approved' as const,
        subjectType: 'user',
        subjectId: user.id,
        subjectLabel: user.email,
        fromValue: 'pending',
        toValue: 'approved',
        createdAt: new Date(user.createdAt.getTime() + approvalDelay),
      })),
    ]);

    const categoryRows = await tx.select({ id: categories.id, slug: categories.slug }).from(categories).orderBy(categories.position);
    const categoryIds = new Map(categoryRows.map((row) => [row.slug, row.id]));
    await insertFaq(tx, categoryIds, now);

    const rows = buildDemoTickets({
      now: new Date(now),
      count: DEMO_TICKET_COUNT,
      categoryIds,
      admin,
      staff: [
        [agent, 45],
        [agent2, 40],
        [admin, 15],
      ],
      customers: [
        [person('customer@deskline.test'), 45],
        [person('customer2@deskline.test'), 30],
        [person('customer3@deskline.test'), 25],
      ],
    });
    await insertInBatches(rows.tickets, (batch) => tx.insert(tickets).values(batch));
    await insertInBatches(rows.messages, (batch) => tx.insert(ticketMessages).values(batch));
    await insertInBatches(rows.events, (batch) => tx.insert(ticketEvents).values(batch));
    await insertInBatches(rows.feedback, (batch) => tx.insert(feedback).values(batch));
    // Later tickets of the same day continue after the highest seeded number.
    await tx
      .insert(ticketCounters)
      .values(rows.counters)
      .onConflictDoUpdate({ target: ticketCounters.day, set: { last: sql`greatest(${ticketCounters.last}, excluded.last)` } });
    const approvals = [agent, agent2].map((user) => ({ user, at: new Date(user.createdAt.getTime() + approvalDelay) }));
    await seedDemoMail(tx, { rows, users: inserted, approvals, admin });
    await seedDemoTags(tx, { tickets: rows.tickets, staff: [agent, agent2, admin], now });
    return { seeded: true };
  });
}

async function insertFaq(tx: Executor, categoryIds: ReadonlyMap<string, string>, now: number): Promise<void> {
  const positions = new Map<string, number>();
  await tx.insert(faqArticles).values(
    faqEntries.map((entry, index) => {
      const position = (positions.get(entry.category) ?? 0) + 1;
      positions.set(entry.category, position);
      const createdAt = new Date(now - (80 - index * 4) * day);
      return {
        slug: entry.slug,
        question: entry.question,
        answer: entry.answer,
        categoryId: categoryIds.get(entry.category) ?? null,
        published: entry.published,
        position,
        createdAt,
        updatedAt: createdAt,
      };
    }),
  );
}
