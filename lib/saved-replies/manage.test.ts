import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { createSavedReply, deleteSavedReply, getSavedReply, listSavedReplies, updateSavedReply } from './manage';
import { MESSAGE_MAX } from '@/lib/tickets/schemas';
import { listRenderedReplies, recordSavedReplyUse, renderSavedReply } from './use';

let admin: UserActor;
let agent: UserActor;
let otherAgent: UserActor;
let pendingAgent: UserActor;
let customer: UserActor;

beforeAll(async () => {
  [admin, agent, otherAgent, pendingAgent, customer] = await Promise.all([
    makeUser('admin', 'approved', { name: 'Ada Admin' }),
    makeUser('agent', 'approved', { name: 'Grace Hopper' }),
    makeUser('agent', 'approved'),
    makeUser('agent', 'pending'),
    makeUser('customer'),
  ]);
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

const sharedEvents = async (id: string) => {
  const db = await getDb();
  return db
    .select({ actorId: auditEvents.actorId, from: auditEvents.fromValue, to: auditEvents.toValue, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, id), eq(auditEvents.kind, 'saved_reply_changed')));
};

describe('who may do what', () => {
  const outsiders: Array<[string, () => Actor, string]> = [
    ['a visitor', () => anonymous, 'unauthorized'],
    ['a customer', () => customer, 'forbidden'],
    ['a pending agent', () => pendingAgent, 'forbidden'],
  ];

  it.each(outsiders)('refuses %s every operation', async (_label, who, code) => {
    const mine = await createSavedReply(agent, { title: 'Mine', body: 'Hello' });
    const ticket = await makeTicket(anonymous);
    const actor = who();
    expect(await codeOf(listSavedReplies(actor))).toBe(code);
    expect(await codeOf(getSavedReply(actor, { id: mine.id }))).toBe(code);
    expect(await codeOf(createSavedReply(actor, { title: 'X', body: 'Y' }))).toBe(code);
    expect(await codeOf(updateSavedReply(actor, { id: mine.id, title: 'X', body: 'Y' }))).toBe(code);
    expect(await codeOf(deleteSavedReply(actor, { id: mine.id }))).toBe(code);
    expect(await codeOf(recordSavedReplyUse(actor, { id: mine.id }))).toBe(code);
    expect(await codeOf(renderSavedReply(actor, { id: mine.id, ticket: ticket.number }))).toBe(code);
    expect(await codeOf(listRenderedReplies(actor, { ticket: ticket.number }))).toBe(code);
    expect((await getSavedReply(agent, { id: mine.id })).usageCount).toBe(0);
  });

  it('lets an agent create, edit and delete their own reply, unseen by other agents and unaudited', async () => {
    const created = await createSavedReply(agent, { title: '  Refund sent ', body: 'Your refund is on its way.' });
    expect(created).toMatchObject({ title: 'Refund sent', shared: false, editable: true, usageCount: 0 });
    const updated = await updateSavedReply(agent, { id: created.id, title: 'Refund sent', body: 'Refunded today.' });
    expect(updated.body).toBe('Refunded today.');
    expect((await listSavedReplies(otherAgent)).map((r) => r.id)).not.toContain(created.id);
    expect((await listSavedReplies(admin)).map((r) => r.id)).not.toContain(created.id);
    await deleteSavedReply(agent, { id: created.id });
    expect(await codeOf(getSavedReply(agent, { id: created.id }))).toBe('not_found');
    expect(await sharedEvents(created.id)).toEqual([]);
  });

  it('keeps another agent’s personal reply out of reach of agents and admins alike, as not found', async () => {
    const mine = await createSavedReply(agent, { title: 'Private', body: 'Mine only' });
    for (const actor of [otherAgent, admin]) {
      expect(await codeOf(getSavedReply(actor, { id: mine.id }))).toBe('not_found');
      expect(await codeOf(updateSavedReply(actor, { id: mine.id, title: 'Taken', body: 'Over' }))).toBe('not_found');
      expect(await codeOf(deleteSavedReply(actor, { id: mine.id }))).toBe('not_found');
      expect(await codeOf(recordSavedReplyUse(actor, { id: mine.id }))).toBe('not_found');
    }
    expect(await getSavedReply(agent, { id: mine.id })).toMatchObject({ title: 'Private', body: 'Mine only', usageCount: 0 });
  });

  it('lets only admins add, edit and delete shared replies, which every agent sees and uses', async () => {
    expect(await codeOf(createSavedReply(agent, { title: 'Team', body: 'Hi', shared: 'on' }))).toBe('forbidden');
    const shared = await createSavedReply(admin, { title: 'Welcome', body: 'Welcome aboard', shared: 'true' });
    expect(shared).toMatchObject({ shared: true, editable: true });
    expect(await getSavedReply(agent, { id: shared.id })).toMatchObject({ shared: true, editable: false });
    expect(await codeOf(updateSavedReply(agent, { id: shared.id, title: 'Mine now', body: 'x' }))).toBe('forbidden');
    expect(await codeOf(deleteSavedReply(otherAgent, { id: shared.id }))).toBe('forbidden');
    await expect(recordSavedReplyUse(agent, { id: shared.id })).resolves.toEqual({ usageCount: 1 });

    await updateSavedReply(admin, { id: shared.id, title: 'Welcome!', body: 'Welcome aboard, friend' });
    await deleteSavedReply(admin, { id: shared.id });
    expect(await sharedEvents(shared.id)).toEqual(
      expect.arrayContaining([
        { actorId: admin.id, from: null, to: 'Welcome', detail: { action: 'created' } },
        { actorId: admin.id, from: 'Welcome', to: 'Welcome!', detail: { action: 'updated' } },
        { actorId: admin.id, from: 'Welcome!', to: null, detail: { action: 'deleted' } },
      ]),
    );
    expect(await sharedEvents(shared.id)).toHaveLength(3);
  });
});

describe('validation', () => {
  it.each([
    ['no title', { title: ' ', body: 'x' }, 'title'],
    ['a title over 120 characters', { title: 't'.repeat(121), body: 'x' }, 'title'],
    ['no text', { title: 'T', body: '  ' }, 'body'],
    ['text longer than a message may be', { title: 'T', body: 'b'.repeat(MESSAGE_MAX + 1) }, 'body'],
  ])('refuses %s', async (_label, input, field) => {
    const error = await createSavedReply(agent, input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation' });
    expect(Object.keys((error as AppError).fields ?? {})).toEqual([field]);
  });

  it('takes a title of exactly 120 characters and a body as long as a message', async () => {
    await expect(createSavedReply(agent, { title: 't'.repeat(120), body: 'b'.repeat(MESSAGE_MAX) })).resolves.toMatchObject({ shared: false });
  });
});

describe('ordering and search', () => {
  it('puts the most used first, for the agent’s own and shared replies together, and searches titles and bodies', async () => {
    const lister = await makeUser('agent', 'approved');
    const rarely = await createSavedReply(lister, { title: 'Zeta rarely', body: 'about invoices' });
    const often = await createSavedReply(lister, { title: 'Alpha often', body: 'about parcels 100%_done' });
    const team = await createSavedReply(admin, { title: 'Team middle', body: 'about parcels', shared: true });
    for (let i = 0; i < 3; i += 1) await recordSavedReplyUse(lister, { id: often.id });
    await recordSavedReplyUse(otherAgent, { id: team.id });
    await recordSavedReplyUse(lister, { id: team.id });
    await recordSavedReplyUse(lister, { id: rarely.id });

    const ids = (await listSavedReplies(lister)).map((r) => r.id);
    expect(ids.indexOf(often.id)).toBeLessThan(ids.indexOf(team.id));
    expect(ids.indexOf(team.id)).toBeLessThan(ids.indexOf(rarely.id));
    const reread = await getSavedReply(lister, { id: often.id });
    expect(reread.usageCount).toBe(3);
    expect(reread.lastUsedAt).toBeInstanceOf(Date);

    const parcels = (await listSavedReplies(lister, { q: 'PARCELS' })).map((r) => r.id);
    expect(parcels).toContain(often.id);
    expect(parcels).toContain(team.id);
    expect(parcels).not.toContain(rarely.id);
    expect((await listSavedReplies(lister, { q: 'zeta' })).map((r) => r.id)).toEqual([rarely.id]);
    // Wildcards are searched for as written.
    expect((await listSavedReplies(lister, { q: '0%_d' })).map((r) => r.id)).toEqual([often.id]);
    expect((await listSavedReplies(lister, { q: '%' })).map((r) => r.id)).toEqual([often.id]);
  });
});

describe('rendering for a ticket', () => {
  it('fills the placeholders from the ticket and the agent, leaving unknown ones', async () => {
    const ticket = await makeTicket(anonymous, { name: 'Lin Chen', email: 'lin@example.test', subject: 'Broken lamp' });
    const reply = await createSavedReply(agent, {
      title: 'Greeting',
      body: 'Hi {{customer.firstName}}, about {{ticket.number}} ({{ticket.subject}}) — {{agent.firstName}}. {{ticket.description}}',
    });
    const rendered = await renderSavedReply(agent, { id: reply.id, ticket: ticket.number.toLowerCase() });
    expect(rendered.text).toBe(`Hi Lin, about ${ticket.number} (Broken lamp) — Grace. {{ticket.description}}`);
    const all = await listRenderedReplies(agent, { ticket: ticket.number });
    expect(all.find((r) => r.id === reply.id)?.text).toBe(rendered.text);
    expect((await getSavedReply(agent, { id: reply.id })).usageCount).toBe(0);
  });

  it('answers not_found for a ticket that does not exist or a reply the agent may not see', async () => {
    const ticket = await makeTicket(anonymous);
    const reply = await createSavedReply(agent, { title: 'Hi', body: 'Hi' });
    expect(await codeOf(renderSavedReply(agent, { id: reply.id, ticket: 'HD-19990101-9999' }))).toBe('not_found');
    expect(await codeOf(renderSavedReply(otherAgent, { id: reply.id, ticket: ticket.number }))).toBe('not_found');
    expect(await codeOf(renderSavedReply(agent, { id: reply.id, ticket: 'not a number' }))).toBe('validation');
  });
});
