import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories, type TicketPriority, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, FIELDS_INVALID_MESSAGE, notFound, parseInput } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { contactPerEmail, contactPerIp } from '@/lib/rate-limit/rules';
import { recordTicketEvent } from './events';
import { insertTicket } from './insert-ticket';
import { lockTicketWhere } from './locked-ticket';
import { portalTicketSchema } from './portal-schemas';
import { ticketNumberSchema } from './schemas';

export type FollowUpDraft = { number: string; subject: string; category: string; priority: TicketPriority; reference: string | null };

const followUpSubjectPrefix = 'Follow-up: ';

/** What a follow-up form starts with: the customer's own closed ticket, or not_found. */
export async function getFollowUpDraft(actor: Actor, input: { number: string }): Promise<FollowUpDraft> {
  assertCan(actor, 'portal:use');
  if (actor.kind !== 'user') throw notFound('No such ticket.');
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) throw notFound('No such ticket.');
  const db = await getDb();
  const [row] = await db
    .select({ number: tickets.number, subject: tickets.subject, status: tickets.status, category: categories.slug, priority: tickets.priority, reference: tickets.externalRef })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .where(and(eq(tickets.number, number.data), eq(tickets.requesterId, actor.id)))
    .limit(1);
  if (!row) throw notFound('No such ticket.');
  if (row.status !== 'closed') throw new AppError('conflict', 'Only a closed ticket takes a follow-up. Reply on the ticket instead.');
  const subject = row.subject.startsWith(followUpSubjectPrefix) ? row.subject : `${followUpSubjectPrefix}${row.subject}`;
  return {
    number: row.number,
    subject: subject.slice(0, 200),
    category: row.category,
    priority: row.priority === 'urgent' ? 'high' : row.priority,
    reference: row.reference,
  };
}

/**
 * A signed-in customer opens a ticket from the portal, rate-limited like the contact form. A
 * follow-up names one of their own closed tickets; both tickets record the link.
 */
export async function createPortalTicket(actor: Actor, input: unknown, context: { ip?: string; now?: Date } = {}): Promise<{ number: string }> {
  assertCan(actor, 'portal:use');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const data = parseInput(portalTicketSchema, input);
  if (context.ip) await consumeLimit(contactPerIp(), context.ip);
  await consumeLimit(contactPerEmail(), actor.email);

  const db = await getDb();
  const [category] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.slug, data.category), eq(categories.active, true)))
    .limit(1);
  if (!category) {
    throw new AppError('validation', FIELDS_INVALID_MESSAGE, { fields: { category: ['Choose a category from the list.'] } });
  }

  const now = context.now ?? new Date();
  return db.transaction(async (tx) => {
    let parent: { id: string; number: string } | null = null;
    if (data.followUp) {
      const found = await lockTicketWhere(tx, eq(tickets.number, data.followUp));
      if (!found || found.requesterId !== actor.id) throw notFound('The ticket to follow up was not found.');
      if (found.status !== 'closed') throw new AppError('conflict', 'Only a closed ticket takes a follow-up. Reply on the ticket instead.');
      parent = found;
    }
    const ticket = await insertTicket(
      tx,
      actor,
      {
        subject: data.subject,
        description: data.description,
        categoryId: category.id,
        priority: data.priority,
        requesterId: actor.id,
        requesterName: actor.name,
        requesterEmail: actor.email,
        requesterPhone: actor.phone,
        externalRef: data.reference ?? null,
        channel: 'portal',
        parentTicketId: parent?.id ?? null,
      },
      now,
    );
    if (parent) {
      await recordTicketEvent(tx, actor, ticket, { kind: 'linked', to: parent.number });
      await recordTicketEvent(tx, actor, parent, { kind: 'linked', to: ticket.number });
    }
    return { number: ticket.number };
  });
}
