import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, ticketEvents, tickets } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { approveAgent, reinstateAgent, rejectAgent, suspendAgent } from './moderate-agent';

let admin: UserActor;

beforeAll(async () => {
  admin = await makeUser('admin', 'approved');
});

/** A ticket held by `agent` in `status`, set straight in the database. */
async function heldTicket(agent: UserActor, status: 'open' | 'in_progress' | 'pending_customer' | 'resolved' | 'closed' = 'in_progress') {
  const { number } = await createTicket(anonymous, contactInput());
  const db = await getDb();
  const [row] = await db
    .update(tickets)
    .set({ assigneeId: agent.id, assignedAt: new Date(), status })
    .where(eq(tickets.number, number))
    .returning({ id: tickets.id, number: tickets.number });
  if (!row) throw new Error('ticket fixture missing');
  return row;
}

async function assigneeOf(id: string) {
  const db = await getDb();
  const [row] = await db.select({ assigneeId: tickets.assigneeId }).from(tickets).where(eq(tickets.id, id));
  return row?.assigneeId ?? null;
}

async function unassignedEvents(id: string) {
  const db = await getDb();
  return db.select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, id), eq(ticketEvents.kind, 'unassigned')));
}

describe('suspending an agent', () => {
  it('returns their open tickets to the unassigned queue, each with an event, and says how many', async () => {
    const agent = await makeUser('agent', 'approved');
    const open = [await heldTicket(agent, 'open'), await heldTicket(agent, 'in_progress'), await heldTicket(agent, 'pending_customer')];
    const resolved = await heldTicket(agent, 'resolved');
    const result = await suspendAgent(admin, { userId: agent.id });
    expect(result.unassigned).toBe(3);
    for (const ticket of open) {
      expect(await assigneeOf(ticket.id)).toBeNull();
      const events = await unassignedEvents(ticket.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: admin.id, fromValue: agent.name });
    }
    // Finished work keeps the name of who did it.
    expect(await assigneeOf(resolved.id)).toBe(agent.id);
    expect(await unassignedEvents(resolved.id)).toHaveLength(0);
    const db = await getDb();
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, agent.id), eq(auditEvents.kind, 'agent_suspended')));
    expect(audit?.detail).toEqual({ unassigned: 3 });
  });

  it('leaves other agents’ tickets alone', async () => {
    const agent = await makeUser('agent', 'approved');
    const colleague = await makeUser('agent', 'approved');
    const theirs = await heldTicket(colleague);
    await heldTicket(agent);
    await suspendAgent(admin, { userId: agent.id });
    expect(await assigneeOf(theirs.id)).toBe(colleague.id);
  });

  it('reports none when they held nothing open', async () => {
    const agent = await makeUser('agent', 'approved');
    expect((await suspendAgent(admin, { userId: agent.id })).unassigned).toBe(0);
  });

  it('releases nothing when the suspension is refused', async () => {
    const agent = await makeUser('agent', 'approved');
    const ticket = await heldTicket(agent);
    const other = await makeUser('agent', 'approved');
    await expect(suspendAgent(other, { userId: agent.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await assigneeOf(ticket.id)).toBe(agent.id);
  });
});

describe('rejecting, approving and reinstating', () => {
  it('returns a rejected applicant’s open tickets to the queue', async () => {
    const applicant = await makeUser('agent', 'pending');
    const ticket = await heldTicket(applicant, 'open');
    expect((await rejectAgent(admin, { userId: applicant.id, reason: 'Not now' })).unassigned).toBe(1);
    expect(await assigneeOf(ticket.id)).toBeNull();
    expect(await unassignedEvents(ticket.id)).toHaveLength(1);
  });

  it('hands nothing back on approval or reinstatement', async () => {
    const applicant = await makeUser('agent', 'pending');
    const suspended = await makeUser('agent', 'suspended');
    const a = await heldTicket(applicant);
    const b = await heldTicket(suspended);
    expect((await approveAgent(admin, { userId: applicant.id })).unassigned).toBe(0);
    expect((await reinstateAgent(admin, { userId: suspended.id })).unassigned).toBe(0);
    expect(await assigneeOf(a.id)).toBe(applicant.id);
    expect(await assigneeOf(b.id)).toBe(suspended.id);
  });
});
