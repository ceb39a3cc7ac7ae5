import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { categories, tickets, users } from '@/db/schema';

/** The staff member a ticket is assigned to: join on `assignedTo`. */
export const assignees = alias(users, 'assignees');
export const assignedTo = eq(assignees.id, tickets.assigneeId);

/** The ticket's category: join on `inCategory`. */
export const inCategory = eq(categories.id, tickets.categoryId);

/** What every read model of tickets shows, one ticket or a list of them (category joined). */
export const ticketColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  status: tickets.status,
  priority: tickets.priority,
  category: categories.name,
  requesterName: tickets.requesterName,
  requesterEmail: tickets.requesterEmail,
  createdAt: tickets.createdAt,
};

/** One ticket's page adds what the request said and whose account it belongs to. */
export const ticketDetailColumns = {
  ...ticketColumns,
  description: tickets.description,
  externalRef: tickets.externalRef,
  requesterId: tickets.requesterId,
};
