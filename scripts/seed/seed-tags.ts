import type { Transaction } from '@/db/client';
import { tags, ticketEvents, ticketTags, type tickets } from '@/db/schema';

type DemoTicket = typeof tickets.$inferInsert;
type Tagger = { id: string; name: string };

const demoTags = ['vip', 'refund', 'damaged', 'follow-up', 'bug', 'feature request'] as const;

/**
 * Puts the demo's tags on about a third of its tickets, the same ones on every seed, each with
 * its `tagged` event half an hour after the ticket opened, by one of the staff in turn.
 */
export async function seedDemoTags(tx: Transaction, input: { tickets: readonly DemoTicket[]; staff: readonly Tagger[]; now: number }): Promise<void> {
  const created = await tx.insert(tags).values(demoTags.map((name) => ({ name }))).returning({ id: tags.id, name: tags.name });
  const idOf = new Map(created.map((tag) => [tag.name, tag.id]));
  const links: Array<typeof ticketTags.$inferInsert> = [];
  const events: Array<typeof ticketEvents.$inferInsert> = [];
  input.tickets.forEach((ticket, index) => {
    const names = [index % 3 === 0 ? demoTags[1 + ((index / 3) % (demoTags.length - 1))] : undefined, index % 7 === 0 ? 'vip' : undefined].filter((name) => name !== undefined);
    const at = new Date(Math.min((ticket.createdAt?.getTime() ?? input.now) + 30 * 60_000, input.now));
    const by = input.staff[index % input.staff.length]!;
    for (const name of new Set(names)) {
      links.push({ ticketId: ticket.id!, tagId: idOf.get(name)!, addedById: by.id, createdAt: at });
      events.push({ ticketId: ticket.id!, ticketNumber: ticket.number, actorId: by.id, actorName: by.name, kind: 'tagged', toValue: name, createdAt: at });
    }
  });
  for (let start = 0; start < links.length; start += 250) await tx.insert(ticketTags).values(links.slice(start, start + 250));
  for (let start = 0; start < events.length; start += 250) await tx.insert(ticketEvents).values(events.slice(start, start + 250));
}
