import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, ticketEvents, tickets } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { createCategory } from '@/lib/categories/manage';
import { AppError } from '@/lib/errors';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { approveAgent } from '@/lib/users/moderate-agent';
import { AUDIT_PAGE_SIZE, type AuditEntry, listAuditActors, listAuditLog } from './list-audit';

let admin: UserActor;
let agent: UserActor;

beforeAll(async () => {
  admin = await makeUser('admin', 'approved', { name: 'Audrey Admin' });
  agent = await makeUser('agent', 'approved', { name: 'Arthur Agent' });
});

/** Every page of the log for these filters, following the cursor to the end. */
async function allPages(filters: Record<string, string>): Promise<AuditEntry[][]> {
  const pages: AuditEntry[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listAuditLog(admin, { ...filters, cursor });
    pages.push(page.entries);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

async function ticketEvent(ticket: { id: string | null; number: string }, at: string, kind: 'replied' | 'category_changed' = 'replied', actor = agent) {
  const db = await getDb();
  await db.insert(ticketEvents).values({ ticketId: ticket.id, ticketNumber: ticket.number, actorId: actor.id, actorName: actor.name, kind, createdAt: new Date(at) });
}

async function auditEvent(at: string, kind: 'faq_changed' | 'category_changed' = 'faq_changed', actor = admin) {
  const db = await getDb();
  await db.insert(auditEvents).values({ actorId: actor.id, actorName: actor.name, kind, subjectType: 'faq', subjectLabel: 'An article', createdAt: new Date(at) });
}

describe('listAuditLog', () => {
  it('merges ticket events and other changes, newest first, with who, what, from, to and the reason', async () => {
    const applicant = await makeUser('agent', 'pending');
    const { number } = await createTicket(agent, contactInput(), { now: new Date() });
    await approveAgent(admin, { userId: applicant.id, reason: 'Interviewed on Monday.' });
    const { entries } = await listAuditLog(admin, {});
    expect(entries[0]).toMatchObject({
      source: 'audit',
      kind: 'agent_approved',
      actorId: admin.id,
      actorName: 'Audrey Admin',
      subjectType: 'user',
      subjectLabel: applicant.email,
      from: 'pending',
      to: 'approved',
      reason: 'Interviewed on Monday.',
      ticketNumber: null,
    });
    expect(entries[1]).toMatchObject({ source: 'ticket', kind: 'created', ticketNumber: number, actorName: 'Arthur Agent', to: 'open' });
    expect(entries[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(entries[1]!.createdAt.getTime());
  });

  it('pages through events that share one timestamp without losing or repeating any', async () => {
    const ticket = { id: null, number: 'HD-20350101-0001' };
    for (let i = 0; i < 70; i += 1) await ticketEvent(ticket, '2035-01-01T12:00:00.123456Z');
    for (let i = 0; i < 60; i += 1) await auditEvent('2035-01-01T12:00:00.123456Z');
    await ticketEvent(ticket, '2035-01-01T12:00:00.123457Z');
    await auditEvent('2035-01-01T11:59:59Z');

    const pages = await allPages({ from: '2035-01-01', to: '2035-01-01' });
    expect(pages.map((p) => p.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 32]);
    const entries = pages.flat();
    expect(new Set(entries.map((e) => e.id)).size).toBe(132);
    const keys = entries.map((e) => `${e.createdAt.toISOString()}|${e.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(entries.filter((e) => e.source === 'audit')).toHaveLength(61);
  });

  it('filters by actor across both tables', async () => {
    const other = await makeUser('admin', 'approved', { name: 'Otto Other' });
    await ticketEvent({ id: null, number: 'HD-20360101-0001' }, '2036-01-01T10:00:00Z', 'replied', other);
    await auditEvent('2036-01-01T11:00:00Z', 'faq_changed', other);
    await auditEvent('2036-01-01T12:00:00Z', 'faq_changed', admin);
    const { entries } = await listAuditLog(admin, { actor: other.id });
    expect(entries.map((e) => [e.source, e.actorName])).toEqual([
      ['audit', 'Otto Other'],
      ['ticket', 'Otto Other'],
    ]);
    expect((await listAuditActors(admin)).map((a) => a.name)).toEqual(expect.arrayContaining(['Otto Other', 'Arthur Agent']));
  });

  it('filters by ticket number, for a live ticket and for one deleted since', async () => {
    const live = await createTicket(agent, contactInput());
    await ticketEvent(live, '2037-01-02T10:00:00Z');
    const gone = await createTicket(agent, contactInput());
    const db = await getDb();
    await db.delete(tickets).where(eq(tickets.id, gone.id));

    const forLive = await listAuditLog(admin, { ticket: live.number.toLowerCase() });
    expect(forLive.entries.map((e) => e.kind)).toEqual(['replied', 'created']);
    expect(forLive.entries.every((e) => e.ticketNumber === live.number)).toBe(true);
    const forGone = await listAuditLog(admin, { ticket: gone.number });
    expect(forGone.entries.map((e) => [e.kind, e.ticketNumber])).toEqual([['created', gone.number]]);
    expect((await listAuditLog(admin, { ticket: 'HD-19990101-0001' })).entries).toEqual([]);
  });

  it('filters by kind, telling a ticket’s category change from an admin’s', async () => {
    const ticket = { id: null, number: 'HD-20380101-0001' };
    await ticketEvent(ticket, '2038-01-01T10:00:00Z', 'category_changed');
    await createCategory(admin, { name: 'Kinds test' });
    const ticketSide = await listAuditLog(admin, { kind: 'ticket.category_changed' });
    expect(ticketSide.entries.map((e) => [e.source, e.kind])).toEqual([['ticket', 'category_changed']]);
    const auditSide = await listAuditLog(admin, { kind: 'audit.category_changed' });
    expect(auditSide.entries.map((e) => [e.source, e.kind, e.subjectLabel])).toEqual([['audit', 'category_changed', 'Kinds test']]);
  });

  it('filters by a date range, both days included', async () => {
    await auditEvent('2039-05-01T00:00:00Z');
    await auditEvent('2039-05-02T23:59:59.999Z');
    await ticketEvent({ id: null, number: 'HD-20390502-0001' }, '2039-05-02T12:00:00Z');
    await auditEvent('2039-05-03T00:00:00Z');
    await auditEvent('2039-04-30T23:59:59Z');
    const { entries } = await listAuditLog(admin, { from: '2039-05-01', to: '2039-05-02' });
    expect(entries.map((e) => e.createdAt.toISOString())).toEqual([
      '2039-05-02T23:59:59.999Z',
      '2039-05-02T12:00:00.000Z',
      '2039-05-01T00:00:00.000Z',
    ]);
    expect((await listAuditLog(admin, { from: '2039-05-03' })).entries.map((e) => e.createdAt.getUTCFullYear())).not.toContain(2038);
  });

  it.each([
    ['a malformed date', { from: '1/5/2039' }, 'from'],
    ['an impossible date', { to: '2039-02-31' }, 'to'],
    ['an end before the start', { from: '2039-05-02', to: '2039-05-01' }, 'to'],
    ['an unknown kind', { kind: 'ticket.exploded' }, 'kind'],
    ['a malformed ticket number', { ticket: 'HD-1' }, 'ticket'],
    ['a malformed actor', { actor: 'someone' }, 'actor'],
  ])('refuses %s as a field error', async (_label, filters, field) => {
    const error = await listAuditLog(admin, filters).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys((error as AppError).fields ?? {})).toEqual([field]);
  });

  it('starts from the newest entry when the cursor is not one of its own', async () => {
    const first = await listAuditLog(admin, {});
    const forged = await listAuditLog(admin, { cursor: Buffer.from(`yesterday|${randomUUID()}`).toString('base64url') });
    expect(forged.entries[0]?.id).toBe(first.entries[0]?.id);
    for (const text of [`2030-02-30T12:00:00.000000Z|${randomUUID()}`, '2030-03-01T12:00:00.000000Z|------------------------------------']) {
      const page = await listAuditLog(admin, { cursor: Buffer.from(text).toString('base64url') });
      expect(page.entries[0]?.id).toBe(first.entries[0]?.id);
    }
  });
});
