import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories, type TicketChannel } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, FIELDS_INVALID_MESSAGE, parseInput } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { contactPerEmail, contactPerIp } from '@/lib/rate-limit/rules';
import { insertTicket } from './insert-ticket';
import { contactSchema } from './schemas';

export type CreatedTicket = {
  id: string;
  number: string;
  status: 'open';
  createdAt: Date;
  /** The private tracking token, returned once: only its hash is kept. */
  trackingToken: string;
};

export type CreateTicketContext = { ip?: string; channel?: TicketChannel; now?: Date };

/**
 * Opens a ticket from the contact form (or the API). A signed-in customer's ticket is linked to
 * their account under the account's email; a visitor's keeps the details as submitted.
 */
export async function createTicket(
  actor: Actor,
  input: unknown,
  context: CreateTicketContext = {},
): Promise<CreatedTicket> {
  assertCan(actor, 'ticket:create');
  const data = parseInput(contactSchema, input);
  const linkedCustomer = actor.kind === 'user' && actor.role === 'customer' ? actor : null;
  const requesterEmail = linkedCustomer?.email ?? data.email;

  if (actor.kind === 'anonymous' || linkedCustomer) {
    if (context.ip) await consumeLimit(contactPerIp(), context.ip);
    await consumeLimit(contactPerEmail(), requesterEmail);
  }

  const db = await getDb();
  const [category] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.slug, data.category), eq(categories.active, true)))
    .limit(1);
  if (!category) {
    throw new AppError('validation', FIELDS_INVALID_MESSAGE, {
      fields: { category: ['Choose a category from the list.'] },
    });
  }

  const now = context.now ?? new Date();
  return db.transaction(async (tx) => {
    const ticket = await insertTicket(
      tx,
      actor,
      {
        subject: data.subject,
        description: data.message,
        categoryId: category.id,
        requesterId: linkedCustomer?.id ?? null,
        requesterName: data.name,
        requesterEmail,
        requesterPhone: data.phone ?? null,
        externalRef: data.reference ?? null,
        channel: context.channel ?? 'web_form',
      },
      now,
    );
    return { ...ticket, status: 'open' as const };
  });
}
