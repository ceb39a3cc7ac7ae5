import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type TicketStatus, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { ticketNumberSchema } from '../schemas';
import { sameRequester } from './merge-ticket';

export type MergePreview = {
  number: string;
  subject: string;
  requesterName: string;
  requesterEmail: string;
  status: TicketStatus;
  sameRequester: boolean;
  /** Why the merge would be refused, when it would. */
  blocked: string | null;
};

/** What the desk shows before a merge: the target, and whether its requester is the source's. Null when either is unknown. */
export async function getMergePreview(actor: Actor, input: { number: string; into: string }): Promise<MergePreview | null> {
  assertCan(actor, 'ticket:work');
  const source = ticketNumberSchema.safeParse(input.number);
  const into = ticketNumberSchema.safeParse(input.into);
  if (!source.success || !into.success) return null;
  const db = await getDb();
  const columns = {
    number: tickets.number,
    subject: tickets.subject,
    requesterId: tickets.requesterId,
    requesterName: tickets.requesterName,
    requesterEmail: tickets.requesterEmail,
    status: tickets.status,
    archivedAt: tickets.archivedAt,
    mergedIntoId: tickets.mergedIntoId,
  };
  const [from] = await db.select(columns).from(tickets).where(eq(tickets.number, source.data)).limit(1);
  const [to] = await db.select(columns).from(tickets).where(eq(tickets.number, into.data)).limit(1);
  if (!from || !to) return null;
  let blocked: string | null = null;
  if (to.number === from.number) blocked = 'A ticket cannot be merged into itself.';
  else if (to.mergedIntoId) blocked = 'That ticket has itself been merged into another.';
  else if (to.archivedAt) blocked = 'That ticket is archived.';
  else if (to.status === 'closed') blocked = 'That ticket is closed.';
  return {
    number: to.number,
    subject: to.subject,
    requesterName: to.requesterName,
    requesterEmail: to.requesterEmail,
    status: to.status,
    sameRequester: sameRequester(from, to),
    blocked,
  };
}
