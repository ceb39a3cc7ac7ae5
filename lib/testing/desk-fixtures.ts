import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories, type TicketPriority, type TicketStatus, ticketMessages, tickets } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { createTicket } from '@/lib/tickets/create-ticket';
import { contactInput } from './fixtures';

export type TicketShape = {
  subject?: string;
  message?: string;
  name?: string;
  email?: string;
  category?: string;
  status?: TicketStatus;
  priority?: TicketPriority;
  assignee?: UserActor | null;
  archived?: boolean;
  createdAt?: Date;
  lastActivityAt?: Date;
  lastMessageBy?: 'requester' | 'staff';
};

/**
 * A ticket opened through the contact form, then set straight in the database to the shape a
 * queue test needs: going through every transition to get there would test nothing more.
 */
export async function makeTicket(opener: Actor, shape: TicketShape = {}): Promise<{ id: string; number: string }> {
  const created = await createTicket(
    opener,
    contactInput({
      ...(shape.subject ? { subject: shape.subject } : {}),
      ...(shape.message ? { message: shape.message } : {}),
      ...(shape.name ? { name: shape.name } : {}),
      ...(shape.email ? { email: shape.email } : {}),
      ...(shape.category ? { category: shape.category } : {}),
    }),
    { now: shape.createdAt },
  );
  const changes = {
    ...(shape.status ? { status: shape.status } : {}),
    ...(shape.priority ? { priority: shape.priority } : {}),
    ...(shape.assignee !== undefined ? { assigneeId: shape.assignee?.id ?? null } : {}),
    ...(shape.archived ? { archivedAt: new Date() } : {}),
    ...(shape.lastActivityAt ? { lastActivityAt: shape.lastActivityAt } : {}),
    ...(shape.lastMessageBy ? { lastMessageBy: shape.lastMessageBy } : {}),
  };
  if (Object.keys(changes).length) {
    const db = await getDb();
    await db.update(tickets).set(changes).where(eq(tickets.id, created.id));
  }
  return { id: created.id, number: created.number };
}

/** A message written straight into a ticket's thread. */
export async function addMessage(ticketId: string, author: UserActor, body: string, visibility: 'public' | 'internal' = 'public') {
  const db = await getDb();
  await db.insert(ticketMessages).values({ ticketId, visibility, authorKind: 'staff', authorId: author.id, authorName: author.name, body });
}

export async function categoryId(slug: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug));
  if (!row) throw new Error(`no category ${slug}`);
  return row.id;
}
