import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { makeUser } from '@/lib/testing/fixtures';
import { customerWithHistory, INTERNAL_NOTE, PUBLIC_REPLY } from './account-fixtures';
import { exportCustomerData, exportOwnData } from './export-data';

let agent: UserActor;
let admin: UserActor;
let customer: UserActor;
let ticketNumber: string;

beforeAll(async () => {
  agent = await makeUser('agent', 'approved');
  admin = await makeUser('admin', 'approved');
  const made = await customerWithHistory(agent);
  customer = made.customer;
  ticketNumber = made.ticket.number;
});

describe('exportOwnData', () => {
  it('gives a customer their profile, tickets with public messages, rating, mail choices and notifications', async () => {
    const data = await exportOwnData(customer);
    expect(data.profile).toMatchObject({ id: customer.id, name: customer.name, email: customer.email, role: 'customer' });
    expect(data.tickets).toHaveLength(1);
    const [ticket] = data.tickets;
    expect(ticket).toMatchObject({ number: ticketNumber, status: 'closed', rating: { rating: 5, comment: 'Quick and kind.' } });
    expect(ticket?.messages.map((m) => m.from)).toEqual(['support', 'you']);
    expect(ticket?.messages[0]?.body).toBe(PUBLIC_REPLY);
    expect(data.mailPreferences.find((p) => p.kind === 'staff_reply')?.enabled).toBe(false);
    expect(Array.isArray(data.notifications)).toBe(true);
  });

  it('holds no internal note and no staff-only field', async () => {
    const text = JSON.stringify(await exportOwnData(customer));
    expect(text).not.toContain(INTERNAL_NOTE);
    expect(text).not.toContain(agent.id);
    for (const field of ['assignee', 'assigneeId', 'assignedAt', 'internal', 'visibility', 'trackingToken', 'passwordHash', 'resolvedById']) {
      expect(text).not.toContain(`"${field}`);
    }
  });

  it('records the export in the audit log', async () => {
    await exportOwnData(customer);
    const db = await getDb();
    const rows = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, customer.id), eq(auditEvents.kind, 'data_exported')));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ actorId: customer.id, subjectType: 'user' });
  });

  it.each([
    ['a visitor', () => anonymous, 'unauthorized'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['an agent', () => agent, 'forbidden'],
    ['an admin (for themselves)', () => admin, 'forbidden'],
  ] as const)('refuses %s', async (_label, who, code) => {
    await expect(exportOwnData(await who())).rejects.toMatchObject({ code });
  });
});

describe('exportCustomerData', () => {
  it('gives an admin the same data as the customer gets, and records who asked', async () => {
    const data = await exportCustomerData(admin, { userId: customer.id });
    expect(data.tickets.map((t) => t.number)).toEqual([ticketNumber]);
    expect(JSON.stringify(data)).not.toContain(INTERNAL_NOTE);
    const db = await getDb();
    const rows = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, customer.id), eq(auditEvents.kind, 'data_exported'), eq(auditEvents.actorId, admin.id)));
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['a visitor', () => anonymous, 'unauthorized'],
    ['the customer themselves', () => customer, 'forbidden'],
    ['another customer', () => makeUser('customer'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['an agent', () => agent, 'forbidden'],
  ] as const)('refuses %s', async (_label, who, code) => {
    await expect(exportCustomerData(await who(), { userId: customer.id })).rejects.toMatchObject({ code });
  });

  it('answers not_found for staff and unknown ids, and validation for a malformed one', async () => {
    await expect(exportCustomerData(admin, { userId: agent.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportCustomerData(admin, { userId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportCustomerData(admin, { userId: 'nope' })).rejects.toMatchObject({ code: 'validation' });
  });
});
