import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { categories, ticketMessages, tickets } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from './create-ticket';
import { listRecentTickets, type TicketRow } from './list-tickets';
import { getTicket } from './read-ticket';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const PHONE = '+44 20 7946 0958';
const PUBLIC_REPLY = 'We have asked the courier where your lamp is.';
const INTERNAL_NOTE = 'Internal: courier lost it, refund approved by Finance (ref FIN-8812).';

type Cast = {
  owner: UserActor;
  otherCustomer: UserActor;
  pendingAgent: UserActor;
  rejectedAgent: UserActor;
  suspendedAgent: UserActor;
  agent: UserActor;
  admin: UserActor;
};
let cast: Cast;
let ticketNumber: string;

beforeAll(async () => {
  cast = {
    owner: await makeUser('customer'),
    otherCustomer: await makeUser('customer'),
    pendingAgent: await makeUser('agent', 'pending'),
    rejectedAgent: await makeUser('agent', 'rejected'),
    suspendedAgent: await makeUser('agent', 'suspended'),
    agent: await makeUser('agent', 'approved'),
    admin: await makeUser('admin', 'approved'),
  };
  const ticket = await createTicket(cast.owner, contactInput({ phone: PHONE }), { ip: freshIp() });
  ticketNumber = ticket.number;
  const db = await getDb();
  await db.insert(ticketMessages).values([
    {
      ticketId: ticket.id,
      visibility: 'public',
      authorKind: 'staff',
      authorId: cast.agent.id,
      authorName: cast.agent.name,
      body: PUBLIC_REPLY,
      createdAt: new Date(ticket.createdAt.getTime() + 60_000),
    },
    {
      ticketId: ticket.id,
      visibility: 'internal',
      authorKind: 'staff',
      authorId: cast.agent.id,
      authorName: cast.agent.name,
      body: INTERNAL_NOTE,
      createdAt: new Date(ticket.createdAt.getTime() + 120_000),
    },
  ]);
});

describe('getTicket', () => {
  it('shows the owning customer their ticket with public messages only', async () => {
    const view = await getTicket(cast.owner, { number: ticketNumber });
    expect(view).toMatchObject({
      number: ticketNumber,
      subject: 'My parcel has not arrived',
      status: 'open',
      category: 'Order & delivery',
      requester: { email: cast.owner.email, hasAccount: true },
    });
    expect(view.messages.map((m) => [m.visibility, m.authorKind, m.body])).toEqual([['public', 'staff', PUBLIC_REPLY]]);
  });

  it('never lets the internal note reach the owning customer, in any field', async () => {
    const view = await getTicket(cast.owner, { number: ticketNumber });
    const serialised = JSON.stringify(view);
    expect(serialised).not.toContain(INTERNAL_NOTE);
    expect(serialised).not.toContain('FIN-8812');
    expect(serialised).not.toContain('internal');
  });

  it('finds the ticket when the owner types its number in lower case with spaces around it', async () => {
    const view = await getTicket(cast.owner, { number: `  ${ticketNumber.toLowerCase()} ` });
    expect(view.number).toBe(ticketNumber);
  });

  it.each([
    ['an approved agent', 'agent'],
    ['an admin', 'admin'],
  ] as const)('shows %s every message in order and the requester’s phone', async (_label, who) => {
    const view = await getTicket(cast[who], { number: ticketNumber });
    expect(view.messages.map((m) => [m.visibility, m.body])).toEqual([
      ['public', PUBLIC_REPLY],
      ['internal', INTERNAL_NOTE],
    ]);
    expect(view.requester).toMatchObject({ email: cast.owner.email, phone: PHONE, hasAccount: true });
  });

  const outsiders: Array<[string, () => Actor]> = [
    ['a visitor', () => anonymous],
    ['another customer', () => cast.otherCustomer],
    ['a pending agent', () => cast.pendingAgent],
    ['a rejected agent', () => cast.rejectedAgent],
    ['a suspended agent', () => cast.suspendedAgent],
  ];

  it.each(outsiders)(
    'tells %s the ticket does not exist, exactly as for a number never issued',
    async (_label, actor) => {
      const existing = await errorOf(getTicket(actor(), { number: ticketNumber }));
      const missing = await errorOf(getTicket(actor(), { number: 'HD-19990101-9999' }));
      expect(existing.code).toBe('not_found');
      expect(existing.status).toBe(404);
      expect(existing.message).toBe(missing.message);
      expect(existing.toJSON()).toEqual(missing.toJSON());
    },
  );

  it('does not let a customer read a visitor’s ticket sent from the customer’s own email address', async () => {
    const ticket = await createTicket(anonymous, contactInput({ email: cast.otherCustomer.email }), { ip: freshIp() });
    const error = await errorOf(getTicket(cast.otherCustomer, { number: ticket.number }));
    expect(error.code).toBe('not_found');
    const view = await getTicket(cast.agent, { number: ticket.number });
    expect(view.requester).toMatchObject({ email: cast.otherCustomer.email, hasAccount: false });
  });

  it.each(['', 'HD-1', 'HD-2025-0001', 'not a number', "HD-20250101-0001' or '1'='1", 'HD-20250101-00a1'])(
    'answers the malformed number %j with not_found, even to an admin',
    async (number) => {
      const error = await errorOf(getTicket(cast.admin, { number }));
      expect(error.code).toBe('not_found');
    },
  );
});

describe('listRecentTickets', () => {
  async function allPages(actor: Actor, input: { status?: TicketRow['status'] } = {}) {
    const pages: TicketRow[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listRecentTickets(actor, { ...input, cursor });
      pages.push(page.rows);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 100);
    return pages;
  }

  async function liveTicketCount(): Promise<number> {
    const db = await getDb();
    const [row] = await db.select({ n: count() }).from(tickets).where(isNull(tickets.archivedAt));
    return row?.n ?? 0;
  }

  function expectNewestFirst(rows: TicketRow[]) {
    for (let i = 1; i < rows.length; i += 1) {
      const before = rows[i - 1]!;
      const after = rows[i]!;
      const t1 = before.lastActivityAt.getTime();
      const t2 = after.lastActivityAt.getTime();
      expect(t1 > t2 || (t1 === t2 && before.id > after.id), `row ${i} is out of order`).toBe(true);
    }
  }

  it('asks a visitor to sign in', async () => {
    expect((await errorOf(listRecentTickets(anonymous))).code).toBe('unauthorized');
  });

  it.each([
    ['a customer', 'owner'],
    ['a pending agent', 'pendingAgent'],
    ['a rejected agent', 'rejectedAgent'],
    ['a suspended agent', 'suspendedAgent'],
  ] as const)('refuses %s', async (_label, who) => {
    const error = await errorOf(listRecentTickets(cast[who]));
    expect(error.code).toBe('forbidden');
    expect(error.status).toBe(403);
  });

  it('refuses a suspended admin', async () => {
    const suspendedAdmin = await makeUser('admin', 'suspended');
    expect((await errorOf(listRecentTickets(suspendedAdmin))).code).toBe('forbidden');
  });

  it.each([
    ['an approved agent', 'agent'],
    ['an admin', 'admin'],
  ] as const)('lets %s see the queue', async (_label, who) => {
    const page = await listRecentTickets(cast[who]);
    expect(page.rows.map((r) => r.number)).toContain(ticketNumber);
  });

  it('pages 50 at a time, newest activity first, with no ticket shown twice or left out', async () => {
    // Groups of four share a timestamp, so the page boundary falls inside a tie.
    const base = Date.parse('2040-03-01T09:00:00Z');
    for (let i = 0; i < 57; i += 1) {
      await createTicket(cast.agent, contactInput({ subject: `Paging ${i}` }), {
        now: new Date(base + Math.floor(i / 4) * 60_000),
      });
    }
    const total = await liveTicketCount();
    expect(total).toBeGreaterThan(57);
    expect(total).toBeLessThanOrEqual(100);

    const first = await listRecentTickets(cast.agent);
    expect(first.rows).toHaveLength(50);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listRecentTickets(cast.agent, { cursor: first.nextCursor ?? undefined });
    expect(second.rows).toHaveLength(total - 50);
    expect(second.nextCursor).toBeNull();

    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(total);
    expectNewestFirst([...first.rows, ...second.rows]);
    // The 57 paging tickets are the newest of all.
    expect(first.rows.slice(0, 50).every((r) => r.subject.startsWith('Paging '))).toBe(true);
    expect(second.rows.slice(0, 7).every((r) => r.subject.startsWith('Paging '))).toBe(true);
    expect(first.rows[0]?.subject).toBe('Paging 56');
  });

  it('keeps every ticket when many share one microsecond timestamp across a page boundary', async () => {
    const db = await getDb();
    const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
    // As now() stores it: finer than a JavaScript Date can hold. Page 2 ends inside this group.
    const lastActivityAt = sql`'2039-06-01 12:00:00.123456+00'::timestamptz`;
    await db.insert(tickets).values(
      Array.from({ length: 60 }, (_, i) => ({
        number: `HD-20990101-${String(i + 1).padStart(4, '0')}`,
        subject: `Imported ${i}`,
        description: 'Imported from the old helpdesk.',
        categoryId: category!.id,
        requesterName: 'Importer',
        requesterEmail: 'import@example.test',
        channel: 'api' as const,
        lastActivityAt,
      })),
    );
    const pages = await allPages(cast.agent);
    const rows = pages.flat();
    expect(rows).toHaveLength(await liveTicketCount());
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.filter((r) => r.subject.startsWith('Imported ')).length).toBe(60);
    expectNewestFirst(rows);
  });

  it('leaves archived tickets out of every page and every filter', async () => {
    const archived = await createTicket(cast.agent, contactInput({ subject: 'Archived one' }), {
      now: new Date('2041-01-01T00:00:00Z'),
    });
    const db = await getDb();
    await db
      .update(tickets)
      .set({ archivedAt: new Date(), status: 'closed' })
      .where(eq(tickets.id, archived.id));

    const everything = (await allPages(cast.admin)).flat();
    expect(everything.map((r) => r.id)).not.toContain(archived.id);
    expect(everything).toHaveLength(await liveTicketCount());
    const closed = (await allPages(cast.admin, { status: 'closed' })).flat();
    expect(closed.map((r) => r.id)).not.toContain(archived.id);
  });

  it('narrows the queue to one status when asked', async () => {
    const db = await getDb();
    const held = [];
    for (let i = 0; i < 3; i += 1) {
      const ticket = await createTicket(cast.agent, contactInput({ subject: `Held ${i}` }));
      held.push(ticket.id);
    }
    const archivedHeld = await createTicket(cast.agent, contactInput({ subject: 'Held and archived' }));
    for (const id of held) await db.update(tickets).set({ status: 'on_hold' }).where(eq(tickets.id, id));
    await db
      .update(tickets)
      .set({ status: 'on_hold', archivedAt: new Date() })
      .where(eq(tickets.id, archivedHeld.id));

    const onHold = (await allPages(cast.agent, { status: 'on_hold' })).flat();
    expect(onHold.map((r) => r.id).sort()).toEqual([...held].sort());
    expect(onHold.every((r) => r.status === 'on_hold')).toBe(true);

    const open = (await allPages(cast.agent, { status: 'open' })).flat();
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => r.status === 'open')).toBe(true);
    const [openCount] = await db
      .select({ n: count() })
      .from(tickets)
      .where(and(eq(tickets.status, 'open'), isNull(tickets.archivedAt)));
    expect(open).toHaveLength(openCount!.n);
  });

  it('starts from the first page when the cursor is not one it issued', async () => {
    const first = await listRecentTickets(cast.agent);
    const garbled = await listRecentTickets(cast.agent, { cursor: 'not-a-cursor' });
    expect(garbled.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });
});
