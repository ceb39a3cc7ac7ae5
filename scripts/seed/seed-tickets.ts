import { randomUUID } from 'node:crypto';
import type { TicketChannel, TicketPriority, TicketStatus } from '@/db/schema';
import { feedback, ticketEvents, ticketMessages, tickets } from '@/db/schema';
import { formatTicketNumber, ticketDay } from '@/lib/tickets/numbers';
import { plans, products, type TicketTemplate, ticketTemplates } from './seed-content';
import { pickStatus, planSteps, type Step } from './seed-plan';
import { Random } from './seed-random';
import { emailDomains, firstNames, lastNames } from './seed-text';

export type SeedPerson = { id: string; name: string; email: string };

export type DemoTicketRows = {
  tickets: (typeof tickets.$inferInsert)[];
  messages: (typeof ticketMessages.$inferInsert)[];
  events: (typeof ticketEvents.$inferInsert)[];
  feedback: (typeof feedback.$inferInsert)[];
  counters: { day: string; last: number }[];
};

type Requester = { id: string | null; name: string; email: string; phone: string | null; channel: TicketChannel };

const minute = 60_000;
const day = 24 * 60 * minute;

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => vars[key] ?? match);
}

function asciiLower(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function phone(random: Random): string {
  // Numbers set aside for drama and examples, so no real line is listed.
  return random.chance(0.5)
    ? `+44 20 7946 0${random.int(100, 999)}`
    : `+1 202 555 01${String(random.int(0, 99)).padStart(2, '0')}`;
}

/** Distinct visitors; several of them write more than once, as real ones do. */
function visitors(random: Random, count: number): Omit<Requester, 'channel' | 'phone'>[] {
  const byName = new Map<string, Omit<Requester, 'channel' | 'phone'>>();
  while (byName.size < count) {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const email = `${asciiLower(first)}.${asciiLower(last)}@${random.pick(emailDomains)}`;
    if (!byName.has(`${first} ${last}`)) byName.set(`${first} ${last}`, { id: null, name: `${first} ${last}`, email });
  }
  return [...byName.values()];
}

/**
 * Builds the demo tickets with their conversations, trails, ratings and the day counters, spread
 * over the 60 days before `now`. Nothing here touches the database.
 */
export function buildDemoTickets(input: {
  now: Date;
  count: number;
  categoryIds: ReadonlyMap<string, string>;
  admin: SeedPerson;
  staff: readonly (readonly [SeedPerson, number])[];
  customers: readonly (readonly [SeedPerson, number])[];
}): DemoTicketRows {
  const random = new Random(20_250_601);
  const now = input.now.getTime();
  const crowd = visitors(random, 90);
  const rows: DemoTicketRows = { tickets: [], messages: [], events: [], feedback: [], counters: [] };

  // Skewed towards recent days, so the queues are busier than the archive.
  const createdTimes = Array.from({ length: input.count }, () =>
    Math.round(now - 60 * day * random.next() ** 1.5 - random.int(5, 120) * minute),
  ).sort((a, b) => a - b);

  // A renamed or removed default category must not stop the demo: such tickets go to the first one.
  const [fallbackCategory] = input.categoryIds.values();
  if (!fallbackCategory) throw new Error('the demo data needs at least one category');

  const sequences = new Map<string, number>();
  for (const createdAt of createdTimes) {
    const created = new Date(createdAt);
    const dayKey = ticketDay(created);
    const sequence = (sequences.get(dayKey) ?? 0) + 1;
    sequences.set(dayKey, sequence);

    const status = now - createdAt < 45 * minute ? 'open' : pickStatus(random, (now - createdAt) / day);
    const template = random.pick(ticketTemplates);
    const requester = pickRequester(random, input.customers, crowd);
    const assignee = random.weighted(input.staff);
    addTicket(rows, random, {
      number: formatTicketNumber(dayKey, sequence),
      created,
      now,
      status,
      template,
      requester,
      assignee,
      admin: input.admin,
      categoryId: input.categoryIds.get(template.category) ?? fallbackCategory,
      // A handful: the archive view should show some, the queues should not miss many.
      mayArchive: rows.tickets.filter((ticket) => ticket.archivedAt).length < 8,
    });
  }
  rows.counters = [...sequences].map(([dayKey, last]) => ({ day: dayKey, last }));
  return rows;
}

function pickRequester(
  random: Random,
  customers: readonly (readonly [SeedPerson, number])[],
  crowd: readonly Omit<Requester, 'channel' | 'phone'>[],
): Requester {
  if (random.chance(0.5)) {
    const customer = random.weighted(customers);
    return {
      ...customer,
      phone: random.chance(0.1) ? phone(random) : null,
      channel: random.chance(0.75) ? 'portal' : 'web_form',
    };
  }
  return {
    ...random.pick(crowd),
    phone: random.chance(0.35) ? phone(random) : null,
    channel: random.chance(0.85) ? 'web_form' : 'api',
  };
}

type TicketDraft = {
  number: string;
  created: Date;
  now: number;
  status: TicketStatus;
  template: TicketTemplate;
  requester: Requester;
  assignee: SeedPerson;
  admin: SeedPerson;
  categoryId: string;
  mayArchive: boolean;
};

function addTicket(rows: DemoTicketRows, random: Random, draft: TicketDraft): void {
  const { number, created, requester, assignee, admin, template } = draft;
  const vars = {
    order: `ORD-${random.int(10_000, 19_999)}`,
    invoice: `INV-${random.int(20_000, 29_999)}`,
    product: random.pick(products),
    plan: random.pick(plans),
    amount: `€${random.int(19, 480)}.${String(random.int(0, 99)).padStart(2, '0')}`,
  };
  const priority: TicketPriority = random.weighted([['low', 25], ['medium', 45], ['high', 22], ['urgent', 8]]);
  const externalRef =
    template.ref === 'order' ? vars.order : template.ref === 'invoice' ? vars.invoice : random.chance(0.08) ? vars.order : null;
  const steps = planSteps(random, draft.status, fill(template.reply, vars), {
    mayArchive: draft.mayArchive && draft.now - created.getTime() > 21 * day,
  });

  const id = randomUUID();
  const ref = { ticketId: id, ticketNumber: number };
  const requesterActor = { actorId: requester.id, actorName: requester.name };
  const assigneeActor = { actorId: assignee.id, actorName: assignee.name };
  rows.events.push({ ...ref, ...requesterActor, kind: 'created', toValue: 'open', createdAt: created });

  const ticket = {
    status: 'open' as TicketStatus,
    assignedAt: null as Date | null,
    resolvedAt: null as Date | null,
    closedAt: null as Date | null,
    archivedAt: null as Date | null,
    firstResponseAt: null as Date | null,
    lastMessageAt: null as Date | null,
    lastPublicAt: null as Date | null,
    lastMessageBy: 'requester' as 'requester' | 'staff',
  };
  const timeline = fitTimeline(steps, created.getTime(), draft.now);
  for (const { step: current, at } of timeline) {
    const when = new Date(at);
    if (current.kind === 'assign') {
      ticket.assignedAt = when;
      // Most tickets are claimed by the agent; now and then the admin hands one out.
      const actor = assignee.id !== admin.id && random.chance(0.2) ? admin : assignee;
      rows.events.push({ ...ref, actorId: actor.id, actorName: actor.name, kind: 'assigned', toValue: assignee.name, createdAt: when });
    } else if (current.kind === 'status') {
      rows.events.push({ ...ref, ...assigneeActor, kind: 'status_changed', fromValue: ticket.status, toValue: current.to, createdAt: when });
      ticket.status = current.to;
      if (current.to === 'resolved') ticket.resolvedAt = when;
      if (current.to === 'closed') ticket.closedAt = when;
    } else if (current.kind === 'message') {
      const author = current.author === 'staff' ? { ...assignee, kind: 'staff' as const } : { ...requester, kind: 'requester' as const };
      rows.messages.push({
        ticketId: id,
        visibility: current.internal ? 'internal' : 'public',
        authorKind: author.kind,
        authorId: author.id,
        authorName: author.name,
        authorEmail: author.kind === 'requester' ? author.email : null,
        body: current.body,
        createdAt: when,
      });
      rows.events.push({ ...ref, actorId: author.id, actorName: author.name, kind: current.internal ? 'note_added' : 'replied', createdAt: when });
      ticket.lastMessageAt = when;
      if (!current.internal) {
        ticket.lastPublicAt = when;
        ticket.lastMessageBy = author.kind;
        if (author.kind === 'staff') ticket.firstResponseAt ??= when;
      }
    } else if (current.kind === 'feedback') {
      rows.feedback.push({ ticketId: id, rating: current.rating, comment: current.comment, authorId: requester.id, createdAt: when });
      rows.events.push({ ...ref, ...requesterActor, kind: 'feedback_given', toValue: String(current.rating), createdAt: when });
    } else {
      ticket.archivedAt = when;
      rows.events.push({ ...ref, actorId: admin.id, actorName: admin.name, kind: 'archived', createdAt: when });
    }
  }

  rows.tickets.push({
    id,
    number,
    subject: fill(template.subject, vars),
    description: fill(template.description, vars),
    categoryId: draft.categoryId,
    priority,
    status: ticket.status,
    archivedAt: ticket.archivedAt,
    requesterId: requester.id,
    requesterName: requester.name,
    requesterEmail: requester.email,
    requesterPhone: requester.phone,
    externalRef,
    channel: requester.channel,
    assigneeId: ticket.assignedAt ? assignee.id : null,
    assignedAt: ticket.assignedAt,
    resolvedById: ticket.resolvedAt ? assignee.id : null,
    lastMessageBy: ticket.lastMessageBy,
    createdAt: created,
    updatedAt: new Date(timeline.at(-1)?.at ?? created.getTime()),
    lastActivityAt: ticket.lastMessageAt ?? created,
    lastPublicActivityAt: ticket.lastPublicAt ?? created,
    firstResponseAt: ticket.firstResponseAt,
    resolvedAt: ticket.resolvedAt,
    closedAt: ticket.closedAt,
  });
}

/**
 * Turns the steps' gaps into times. A ticket opened recently has less room than its story wants,
 * so the gaps shrink to fit before `now`, keeping their order.
 */
function fitTimeline(steps: readonly Step[], start: number, now: number): { step: Step; at: number }[] {
  const wanted = steps.reduce((sum, step) => sum + step.after * minute, 0);
  const room = now - start - 2 * minute;
  const scale = wanted > room ? room / wanted : 1;
  let at = start;
  return steps.map((step) => {
    at += Math.max(1000, Math.round(step.after * minute * scale));
    return { step, at };
  });
}
