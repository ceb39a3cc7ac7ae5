import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { ticketMessages, tickets } from '@/db/schema';
import { instantKey } from '@/lib/cursor';
import { decodeCursor } from './cursor';
import { QUEUE_PAGE_SIZE } from './schema';
import { ticketNumberSchema } from '../schemas';
import { webSearchText } from '@/lib/faq/search-terms';

/** How many matches each kind of search considers before ranking. */
export const SEARCH_CANDIDATES = 400;
/** How many of the newest messages are always searched. */
export const RECENT_MESSAGES = 5000;

type Candidate = { id: string; rank: number; at: string };

// Exact matches outrank any text match (ts_rank stays below 1).
const EXACT_NUMBER = 10;
const EXACT_EMAIL = 5;
// A word in the conversation counts a little less than the same word in the subject.
const MESSAGE_WEIGHT = 0.8;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const negated = /(^|\s)-\S/;

/**
 * Ranked search within a view. The ticket's own text (number, subject, description, requester)
 * is matched through tickets.search_vector in both the English and the simple configuration (so
 * names are found unstemmed), taking the view's SEARCH_CANDIDATES most recently active matches;
 * messages through ticket_messages.search_vector (see below). Every match counts for a rare word,
 * and a bounded number for a word found everywhere, so a search costs about the same on a million
 * tickets as on a thousand. The merged candidates are ranked here and paged by (rank, last
 * activity, id).
 */
export async function searchQueue(
  db: Executor,
  input: { text: string; conditions: SQL[]; cursor: string | undefined; limit?: number },
): Promise<{ rows: Array<{ id: string; keys: string[] }>; capped: boolean }> {
  const { conditions } = input;
  const limit = input.limit ?? QUEUE_PAGE_SIZE;
  const text = webSearchText(input.text);
  // The simple configuration finds names as typed ("Hughes", which English stems to "hugh"), but
  // it would also let "printer -jams" through on a ticket about jams: with a minus, English only.
  const ticketQuery = negated.test(text)
    ? sql`websearch_to_tsquery('english', ${text})`
    : sql`(websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('simple', ${text}))`;
  const messageQuery = sql`websearch_to_tsquery('english', ${text})`;
  const at = instantKey(tickets.lastActivityAt);

  const ticketHits = db
    .select({ id: tickets.id, rank: sql<number>`ts_rank(${tickets.searchVector}, ${ticketQuery})`.mapWith(Number), at })
    .from(tickets)
    .where(and(sql`${tickets.searchVector} @@ ${ticketQuery}`, ...conditions))
    .orderBy(desc(tickets.lastActivityAt))
    .limit(SEARCH_CANDIDATES);

  // Messages are searched with bounds the planner cannot overrun: among the RECENT_MESSAGES
  // newest (read in order from their index), then, if needed, anywhere, up to SEARCH_CANDIDATES
  // matches in no particular order (every match, for a rare word). Asking for the newest matches
  // of all would let a misjudged phrase read and sort a hundred thousand rows.
  const newest = db
    .select({ ticketId: ticketMessages.ticketId, searchVector: ticketMessages.searchVector })
    .from(ticketMessages)
    .orderBy(desc(ticketMessages.createdAt))
    .limit(RECENT_MESSAGES)
    .as('newest');
  const recentMatches = db
    .select({ ticketId: newest.ticketId, rank: sql<number>`ts_rank(${newest.searchVector}, ${messageQuery})`.as('rank') })
    .from(newest)
    .where(sql`${newest.searchVector} @@ ${messageQuery}`)
    .as('recent_matches');
  const anyMatches = db
    .select({ ticketId: ticketMessages.ticketId, rank: sql<number>`ts_rank(${ticketMessages.searchVector}, ${messageQuery})`.as('rank') })
    .from(ticketMessages)
    .where(sql`${ticketMessages.searchVector} @@ ${messageQuery}`)
    .limit(SEARCH_CANDIDATES)
    .as('any_matches');
  const recentInView = db
    .select({ id: tickets.id, rank: sql<number>`${recentMatches.rank}`.mapWith(Number), at })
    .from(recentMatches)
    .innerJoin(tickets, and(eq(tickets.id, recentMatches.ticketId), ...conditions));
  // A left join, so that the rows outside the view still tell whether the limit was reached.
  const anyInView = db
    .select({ id: tickets.id, rank: sql<number>`${anyMatches.rank}`.mapWith(Number), at })
    .from(anyMatches)
    .leftJoin(tickets, and(eq(tickets.id, anyMatches.ticketId), ...conditions));

  const number = ticketNumberSchema.safeParse(text);
  const exactNumber = number.success
    ? db.select({ id: tickets.id, at }).from(tickets).where(and(eq(tickets.number, number.data), ...conditions))
    : null;
  const exactEmail = email.test(text)
    ? db
        .select({ id: tickets.id, at })
        .from(tickets)
        .where(and(eq(sql`lower(${tickets.requesterEmail})`, text.toLowerCase()), ...conditions))
        .orderBy(desc(tickets.lastActivityAt))
        .limit(SEARCH_CANDIDATES)
    : null;

  const [byTicket, byRecentMessage, byNumber, byEmail] = await Promise.all([ticketHits, recentInView, exactNumber ?? [], exactEmail ?? []]);
  const best = new Map<string, Candidate>();
  const offer = (candidate: { id: string | null; rank: number; at: string | null }) => {
    if (!candidate.id || !candidate.at) return;
    const known = best.get(candidate.id);
    if (!known || known.rank < candidate.rank) best.set(candidate.id, { id: candidate.id, rank: candidate.rank, at: candidate.at });
  };
  const offerMessage = (hit: { id: string | null; rank: number; at: string | null }) => offer({ ...hit, rank: Math.fround(hit.rank * MESSAGE_WEIGHT) });
  for (const hit of byTicket) offer(hit);
  for (const hit of byRecentMessage) offerMessage(hit);
  for (const hit of byNumber) offer({ ...hit, rank: EXACT_NUMBER });
  for (const hit of byEmail) offer({ ...hit, rank: EXACT_EMAIL });

  // Older messages are searched only when the newest did not already give two pages of tickets:
  // a common word has matches enough without them, a rare one is found wherever it is. A smaller
  // page does not lower the bar, so it pages through the same matches as the desk's.
  const enough = best.size >= 2 * Math.max(limit, QUEUE_PAGE_SIZE);
  const byMessage = enough ? [] : await anyInView;
  for (const hit of byMessage) offerMessage(hit);
  const capped = enough || byTicket.length === SEARCH_CANDIDATES || byMessage.length === SEARCH_CANDIDATES;

  const ranked = [...best.values()].sort(compare);
  const after = decodeCursor(input.cursor, 'relevance');
  const start = after ? ranked.findIndex((c) => compare(c, { rank: Number(after[0]), at: after[1]!, id: after[2]! }) > 0) : 0;
  const rows = (start < 0 ? [] : ranked.slice(start, start + limit + 1)).map((c) => ({ id: c.id, keys: [String(c.rank), c.at, c.id] }));
  return { rows, capped };
}

/** Best first: higher rank, then more recent activity, then the id, as a total order. */
function compare(a: Candidate, b: Candidate): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
