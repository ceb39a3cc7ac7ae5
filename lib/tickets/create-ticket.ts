import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { categories, type TicketChannel, type TicketPriority } from '@/db/schema';
import { type Actor, isCustomer, type UserActor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { attachFiles } from '@/lib/files/attach';
import { AppError, FIELDS_INVALID_MESSAGE, parseInput } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { contactPerEmail, contactPerIp } from '@/lib/rate-limit/rules';
import { parseAttachmentRefs } from './attachment-refs';
import { recordTicketEvent } from './events';
import { lockFollowUpParent } from './follow-up';
import { insertTicket } from './insert-ticket';
import { contactSchema, portalTicketSchema } from './schemas';

export type CreatedTicket = {
  id: string;
  number: string;
  status: 'open';
  createdAt: Date;
  /** The private tracking token, returned once: only its hash is kept. */
  trackingToken: string;
};

export type CreateTicketContext = { channel?: TicketChannel; ip?: string; now?: Date };

export type TicketRequester = { id: string | null; name: string; email: string; phone: string | null };

/** A request as its channel read it: the shared fields, the requester, and the portal's extras. */
export type TicketDraft = {
  subject: string;
  message: string;
  category: string;
  reference?: string;
  requester: TicketRequester;
  priority?: TicketPriority;
  followUp?: { customer: UserActor; number: string };
  /** Refs of uploaded files for the opening description. */
  attachments?: string[];
};

/**
 * The portal is the customer's own: the requester is their account, and they choose a priority
 * and may follow up a closed ticket. Every other channel takes the requester's details as typed,
 * under the account's email when a customer is signed in.
 */
function readRequest(actor: Actor, input: unknown, channel: TicketChannel): TicketDraft {
  const attachments = parseAttachmentRefs(typeof input === 'object' && input !== null ? (input as { attachments?: unknown }).attachments : undefined);
  if (channel === 'portal') {
    assertCan(actor, 'portal:use');
    if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
    const { followUp, ...data } = parseInput(portalTicketSchema, input);
    return {
      ...data,
      requester: { id: actor.id, name: actor.name, email: actor.email, phone: actor.phone },
      followUp: followUp ? { customer: actor, number: followUp } : undefined,
      attachments,
    };
  }
  assertCan(actor, 'ticket:create');
  const { name, email, phone, website: _honeypot, ...data } = parseInput(contactSchema, input);
  const customer = actor.kind === 'user' && isCustomer(actor) ? actor : null;
  return { ...data, requester: { id: customer?.id ?? null, name, email: customer?.email ?? email, phone: phone ?? null }, attachments };
}

/**
 * Opens a ticket, whatever the channel: the contact form, the portal, the API. Visitors and
 * customers are rate-limited per address and per email; approved staff are not. A follow-up
 * links both tickets, each recording the other.
 */
export async function createTicket(actor: Actor, input: unknown, context: CreateTicketContext = {}): Promise<CreatedTicket> {
  const channel = context.channel ?? 'web_form';
  const draft = readRequest(actor, input, channel);

  if (actor.kind === 'anonymous' || isCustomer(actor)) {
    if (context.ip) await consumeLimit(contactPerIp(), context.ip);
    await consumeLimit(contactPerEmail(), draft.requester.email);
  }

  const db = await getDb();
  const [category] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.slug, draft.category), eq(categories.active, true)))
    .limit(1);
  if (!category) {
    throw new AppError('validation', FIELDS_INVALID_MESSAGE, {
      fields: { category: ['Choose a category from the list.'] },
    });
  }

  const now = context.now ?? new Date();
  return db.transaction((tx) => openTicket(tx, actor, draft, { categoryId: category.id, channel, now }));
}

/**
 * createTicket's work inside the caller's transaction, once the request is read, limited and its
 * category found: the forms, the API and a mail to the support address (lib/mail/inbound) alike.
 * The description's files are claimed in the same transaction, so a refused request claims none.
 */
export async function openTicket(
  tx: Transaction,
  actor: Actor,
  draft: Omit<TicketDraft, 'category'>,
  { categoryId, channel, now }: { categoryId: string; channel: TicketChannel; now: Date },
): Promise<CreatedTicket> {
  const parent = draft.followUp ? await lockFollowUpParent(tx, draft.followUp.customer, draft.followUp.number) : null;
  const ticket = await insertTicket(
    tx,
    actor,
    {
      subject: draft.subject,
      description: draft.message,
      categoryId,
      priority: draft.priority,
      requesterId: draft.requester.id,
      requesterName: draft.requester.name,
      requesterEmail: draft.requester.email,
      requesterPhone: draft.requester.phone,
      externalRef: draft.reference ?? null,
      channel,
      parentTicketId: parent?.id ?? null,
    },
    now,
  );
  if (draft.attachments?.length) await attachFiles(tx, actor, draft.attachments, { ticketId: ticket.id, messageId: null });
  if (parent) {
    await recordTicketEvent(tx, actor, ticket, { kind: 'linked', to: parent.number });
    await recordTicketEvent(tx, actor, parent, { kind: 'linked', to: ticket.number });
  }
  return { ...ticket, status: 'open' as const };
}
