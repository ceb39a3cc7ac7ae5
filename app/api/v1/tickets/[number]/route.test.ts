import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor, UserActor } from '@/lib/access/actor';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addStaffMessage, claimTicket } from '@/lib/tickets/workspace';
import { GET } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));

let customer: UserActor;
let agent: UserActor;
let number: string;

async function read(actor: Actor) {
  session.actor = actor;
  const response = await GET(new NextRequest(`http://localhost/api/v1/tickets/${number}`), { params: Promise.resolve({ number }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { ticket: { lastActivityAt: string; assignee: string | null } };
}

beforeAll(async () => {
  customer = await makeUser('customer');
  agent = await makeUser('agent', 'approved');
  number = (await createTicket(customer, contactInput(), { ip: freshIp() })).number;
  await claimTicket(agent, { number });
});

describe('GET /api/v1/tickets/<number> for the ticket’s customer', () => {
  it('leaves out who works the ticket, which staff still see (before anyone has replied in public)', async () => {
    const mine = await read(customer);
    expect(mine.ticket.assignee).toBeNull();
    expect(JSON.stringify(mine)).not.toContain(agent.name);
    expect((await read(agent)).ticket.assignee).toBe(agent.name);
  });

  it('does not move lastActivityAt for an internal note, and does for a public reply', async () => {
    const before = (await read(customer)).ticket.lastActivityAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await addStaffMessage(agent, { number, body: 'Refund approved by Finance.', visibility: 'internal' });
    expect((await read(customer)).ticket.lastActivityAt).toBe(before);
    expect((await read(agent)).ticket.lastActivityAt > before).toBe(true);

    await addStaffMessage(agent, { number, body: 'Your refund is on its way.', visibility: 'public' });
    expect((await read(customer)).ticket.lastActivityAt > before).toBe(true);
  });
});
