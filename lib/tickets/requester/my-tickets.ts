import 'server-only';
import { and, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories, type TicketPriority, type TicketStatus, ticketMessages, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { instantCursor, instantKey } from '@/lib/cursor';
import { parseInput } from '@/lib/errors';
import { allWordsPrefixQuery } from '@/lib/faq/search-terms';
import { openTicketStatuses } from '@/lib/vocabulary';
import { type MyTicketFilter, myTicketsLimitSchema, type MyTicketsQuery, myTicketsQuerySchema } from './schemas';
import { ticketNumberSchema } from '../schemas';

export type MyTicketRow = {
  number: string;
  subject: string;
  category: string;
  priority: TicketPriority;
  status: TicketStatus;
  lastActivityAt: Date;
  /** The start of the latest public message, or of the request itself while nobody has replied. */
  preview: { from: 'requester' | 'support'; authorName: string; text: string };
};

export type MyTicketPage = { rows: MyTicketRow[]; nextCursor: string | null; status: MyTicketFilter; q: string | null };

const PREVIEW_CHARS = 160;

function statusCondition(filter: MyTicketFilter): SQL | undefined {
  if (filter === 'open') return inArray(tickets.status, [...openTicketStatuses]);
  if (filter === 'resolved' || filter === 'closed') return eq(tickets.status, filter);
  return undefined;
}

/** An exact ticket number, or words matched in the ticket and its public messages — never in notes. */
function searchCondition(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const number = ticketNumberSchema.safeParse(q);
  if (number.success) return eq(tickets.number, number.data);
  const terms = allWordsPrefixQuery(q);
  if (!terms) return sql`false`;
  const query = sql`to_tsquery('english', ${terms})`;
  return or(
    sql`${tickets.searchVector} @@ ${query}`,
    sql`exists (select 1 from ${ticketMessages} where ${ticketMessages.ticketId} = ${tickets.id} and ${ticketMessages.visibility} = 'public' and ${ticketMessages.searchVector} @@ ${query})`,
  );
}

/**
 * The signed-in customer's own tickets, newest public activity first, with keyset pagination
 * on (last public activity, id). Activity and preview come from public work only. The page size
 * is MY_TICKETS_PAGE_SIZE unless the API asks for another (`limit`, 1 to 100, checked strictly).
 */
export async function listMyTickets(actor: Actor, input: MyTicketsQuery = {}, options: { limit?: unknown } = {}): Promise<MyTicketPage> {
  assertCan(actor, 'portal:use');
  if (actor.kind !== 'user') throw new Error('unreachable: portal:use implies a user');
  const query = parseInput(myTicketsQuerySchema, input);
  const { limit } = parseInput(myTicketsLimitSchema, { limit: options.limit });
  const cursor = instantCursor.decode(query.cursor);
  const db = await getDb();

  const latest = db
    .select({
      authorKind: ticketMessages.authorKind,
      authorName: ticketMessages.authorName,
      text: sql<string>`left(${ticketMessages.body}, ${PREVIEW_CHARS})`.as('latest_text'),
    })
    .from(ticketMessages)
    .where(and(eq(ticketMessages.ticketId, tickets.id), eq(ticketMessages.visibility, 'public')))
    .orderBy(desc(ticketMessages.createdAt), desc(ticketMessages.id))
    .limit(1)
    .as('latest');

  const activity = tickets.lastPublicActivityAt;
  const after = cursor
    ? or(sql`${activity} < ${cursor[0]}::timestamptz`, and(sql`${activity} = ${cursor[0]}::timestamptz`, lt(tickets.id, cursor[1])))
    : undefined;
  const rows = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      category: categories.name,
      priority: tickets.priority,
      status: tickets.status,
      requesterName: tickets.requesterName,
      description: sql<string>`left(${tickets.description}, ${PREVIEW_CHARS})`,
      latestKind: latest.authorKind,
      latestName: latest.authorName,
      latestText: latest.text,
      activity,
      activityKey: instantKey(activity),
    })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .leftJoinLateral(latest, sql`true`)
    .where(and(eq(tickets.requesterId, actor.id), statusCondition(query.status), searchCondition(query.q), after))
    .orderBy(desc(activity), desc(tickets.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit).map((row) => ({
    number: row.number,
    subject: row.subject,
    category: row.category,
    priority: row.priority,
    status: row.status,
    lastActivityAt: row.activity,
    preview:
      row.latestKind && row.latestName !== null && row.latestText !== null
        ? { from: row.latestKind === 'staff' ? ('support' as const) : ('requester' as const), authorName: row.latestName, text: row.latestText }
        : { from: 'requester' as const, authorName: row.requesterName, text: row.description },
  }));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    rows: page,
    nextCursor: last ? instantCursor.encode([last.activityKey, last.id]) : null,
    status: query.status,
    q: query.q ?? null,
  };
}
