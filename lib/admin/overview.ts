import 'server-only';
import { and, gte, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, categories, faqArticles, ticketEvents, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { openTicketStatuses } from '@/lib/vocabulary';

export type AdminOverview = {
  pendingApplications: number;
  activeStaff: number;
  users: number;
  faqPublished: number;
  faqDrafts: number;
  categoriesActive: number;
  categoriesInactive: number;
  changesLastDay: number;
  openTickets: number;
};

const count = sql<number>`count(*)::int`;

/** The figures on the admin landing page's cards; each one is an index range or a small table. */
export async function getAdminOverview(actor: Actor, now = new Date()): Promise<AdminOverview> {
  assertCan(actor, 'stats:read');
  const db = await getDb();
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const [[people], [faq], [cats], [ticketChanges], [otherChanges], [open]] = await Promise.all([
    db
      .select({
        users: count,
        pending: sql<number>`(count(*) filter (where ${users.role} <> 'customer' and ${users.staffStatus} = 'pending'))::int`,
        active: sql<number>`(count(*) filter (where ${users.role} <> 'customer' and ${users.staffStatus} = 'approved'))::int`,
      })
      .from(users),
    db
      .select({ published: sql<number>`(count(*) filter (where ${faqArticles.published}))::int`, total: count })
      .from(faqArticles),
    db.select({ active: sql<number>`(count(*) filter (where ${categories.active}))::int`, total: count }).from(categories),
    db.select({ n: count }).from(ticketEvents).where(gte(ticketEvents.createdAt, dayAgo)),
    db.select({ n: count }).from(auditEvents).where(gte(auditEvents.createdAt, dayAgo)),
    db
      .select({ n: count })
      .from(tickets)
      .where(and(isNull(tickets.archivedAt), inArray(tickets.status, [...openTicketStatuses]))),
  ]);
  return {
    pendingApplications: people?.pending ?? 0,
    activeStaff: people?.active ?? 0,
    users: people?.users ?? 0,
    faqPublished: faq?.published ?? 0,
    faqDrafts: (faq?.total ?? 0) - (faq?.published ?? 0),
    categoriesActive: cats?.active ?? 0,
    categoriesInactive: (cats?.total ?? 0) - (cats?.active ?? 0),
    changesLastDay: (ticketChanges?.n ?? 0) + (otherChanges?.n ?? 0),
    openTickets: open?.n ?? 0,
  };
}
