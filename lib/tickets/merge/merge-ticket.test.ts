import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, notifications, tags, ticketCc, ticketEvents, ticketFollowers, ticketMessages, tickets, ticketTags } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { replyFromMail } from '@/lib/mail/inbound/reply-from-mail';
import { addMessage } from '@/lib/testing/desk-fixtures';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '../create-ticket';
import { addRequesterReply } from '../requester/actions';
import { getRequesterTicket } from '../requester/view';
import { mergeTicket } from './merge-ticket';
import { getMergePreview } from './preview';

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error === null) return null;
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function row(id: string) {
  const db = await getDb();
  const [found] = await db.select().from(tickets).where(eq(tickets.id, id));
  if (!found) throw new Error('ticket gone');
  return found;
}

/** Two tickets from the same visitor address: the usual duplicate. */
async function duplicatePair() {
  const email = `dup-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const source = await createTicket(anonymous, contactInput({ email, subject: 'Lamp broken (again)', message: 'Sent twice by mistake.' }), { ip: freshIp() });
  const target = await createTicket(anonymous, contactInput({ email, subject: 'Lamp broken' }), { ip: freshIp() });
  return { source, target };
}

describe('merging a ticket into another', () => {
  it('moves messages, files, events and tags, closes the source with a link to the survivor, and records both sides', async () => {
    const agent = await makeUser('agent');
    const db = await getDb();
    const { source, target } = await duplicatePair();
    await addMessage(source.id, agent, 'A reply on the duplicate');
    await addMessage(source.id, agent, 'A note on the duplicate', 'internal');
    const [shared] = await db.insert(tags).values({ name: `shared-${source.number}` }).returning();
    const [only] = await db.insert(tags).values({ name: `only-${source.number}` }).returning();
    await db.insert(ticketTags).values([
      { ticketId: source.id, tagId: shared!.id },
      { ticketId: source.id, tagId: only!.id },
      { ticketId: target.id, tagId: shared!.id },
    ]);
    await db.insert(attachments).values({ ticketId: source.id, storageKey: `k-${source.id}`, fileName: 'photo.jpg', contentType: 'image/jpeg', sizeBytes: 10, sha256: 'a'.repeat(64), attachedAt: new Date() });

    expect(await mergeTicket(agent, { number: source.number, into: target.number })).toEqual({ source: source.number, target: target.number });

    const merged = await row(source.id);
    expect(merged).toMatchObject({ status: 'closed', mergedIntoId: target.id });
    expect(merged.mergedAt).toBeInstanceOf(Date);
    const messages = await db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, target.id));
    expect(messages.map((m) => m.body).sort()).toEqual(['A note on the duplicate', 'A reply on the duplicate', 'Lamp broken (again)\n\nSent twice by mistake.']);
    expect(await db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, source.id))).toEqual([]);
    const [file] = await db.select().from(attachments).where(eq(attachments.storageKey, `k-${source.id}`));
    const opening = messages.find((m) => m.body.startsWith('Lamp broken (again)'));
    expect(file).toMatchObject({ ticketId: target.id, messageId: opening?.id });
    const targetTags = await db.select({ tagId: ticketTags.tagId }).from(ticketTags).where(eq(ticketTags.ticketId, target.id));
    expect(targetTags.map((t) => t.tagId).sort()).toEqual([shared!.id, only!.id].sort());
    expect(await db.select().from(ticketTags).where(eq(ticketTags.ticketId, source.id))).toEqual([]);

    const onTarget = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, target.id));
    // The source's trail moved with it and still says which ticket it happened on.
    expect(onTarget.filter((e) => e.ticketNumber === source.number && e.kind === 'created')).toHaveLength(1);
    expect(onTarget.find((e) => e.kind === 'merged')).toMatchObject({ fromValue: source.number, actorId: agent.id });
    const onSource = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, source.id));
    expect(onSource.map((e) => e.kind).sort()).toEqual(['merged_into', 'status_changed']);
    expect(onSource.find((e) => e.kind === 'merged_into')).toMatchObject({ toValue: target.number, actorId: agent.id });
  });

  it('is for approved staff only; everyone else is refused and nothing moves', async () => {
    const { source, target } = await duplicatePair();
    const customer = await makeUser('customer');
    const outsiders: Array<[string, Actor, string]> = [
      ['a visitor', anonymous, 'unauthorized'],
      ['a customer', customer, 'forbidden'],
      ['a pending agent', await makeUser('agent', 'pending'), 'forbidden'],
      ['a suspended agent', await makeUser('agent', 'suspended'), 'forbidden'],
      ['a suspended admin', await makeUser('admin', 'suspended'), 'forbidden'],
    ];
    for (const [who, actor, code] of outsiders) {
      expect([who, await codeOf(mergeTicket(actor, { number: source.number, into: target.number }))]).toEqual([who, code]);
      expect([who, await codeOf(getMergePreview(actor, { number: source.number, into: target.number }))]).toEqual([who, code]);
    }
    expect((await row(source.id)).mergedIntoId).toBeNull();
    const admin = await makeUser('admin');
    expect(await getMergePreview(admin, { number: source.number, into: target.number })).toMatchObject({ number: target.number, subject: 'Lamp broken', sameRequester: true, blocked: null });
    expect(await mergeTicket(admin, { number: source.number, into: target.number })).toEqual({ source: source.number, target: target.number });
  });

  it('refuses itself, a merged ticket either way, an unknown or closed target', async () => {
    const agent = await makeUser('agent');
    const { source, target } = await duplicatePair();
    const third = await createTicket(anonymous, contactInput({ email: (await row(source.id)).requesterEmail }), { ip: freshIp() });
    expect(await codeOf(mergeTicket(agent, { number: source.number, into: source.number }))).toBe('validation');
    expect(await codeOf(mergeTicket(agent, { number: source.number, into: 'HD-19990101-0001' }))).toBe('validation');
    expect(await codeOf(mergeTicket(agent, { number: source.number, into: 'not a number' }))).toBe('validation');
    expect(await codeOf(mergeTicket(agent, { number: 'HD-19990101-0001', into: target.number }))).toBe('not_found');
    await mergeTicket(agent, { number: source.number, into: target.number });
    expect(await codeOf(mergeTicket(agent, { number: source.number, into: third.number }))).toBe('conflict');
    expect(await codeOf(mergeTicket(agent, { number: third.number, into: source.number }))).toBe('conflict');
    const db = await getDb();
    await db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, third.id));
    const fourth = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    expect(await codeOf(mergeTicket(agent, { number: fourth.number, into: third.number, confirmOtherRequester: true }))).toBe('conflict');
  });

  it('asks for confirmation across requesters, then copies the source requester on the survivor', async () => {
    const agent = await makeUser('agent');
    const source = await createTicket(anonymous, contactInput({ email: 'colleague@example.test' }), { ip: freshIp() });
    const target = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const refused = await mergeTicket(agent, { number: source.number, into: target.number }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fields).toHaveProperty('confirmOtherRequester');
    expect((await row(source.id)).mergedIntoId).toBeNull();
    expect(await getMergePreview(agent, { number: source.number, into: target.number })).toMatchObject({ sameRequester: false });

    await mergeTicket(agent, { number: source.number, into: target.number, confirmOtherRequester: 'on' });
    const db = await getDb();
    const cc = await db.select({ email: ticketCc.email }).from(ticketCc).where(eq(ticketCc.ticketId, target.id));
    expect(cc).toEqual([{ email: 'colleague@example.test' }]);
  });

  it('sends the source private link and its reply addresses to the survivor', async () => {
    const agent = await makeUser('agent');
    const { source, target } = await duplicatePair();
    await mergeTicket(agent, { number: source.number, into: target.number });

    const view = await getRequesterTicket({ token: source.trackingToken, ip: freshIp() });
    expect(view.number).toBe(target.number);
    await addRequesterReply({ token: source.trackingToken, ip: freshIp() }, { body: 'Replying through the old link.' });
    const sourceRow = await row(source.id);
    const recipient = { ticketId: source.id, email: sourceRow.requesterEmail.toLowerCase(), userId: null };
    const outcome = await (await getDb()).transaction((tx) => replyFromMail(tx, recipient, 'Replying to the old mail.', new Date()));
    expect(outcome).toMatchObject({ outcome: 'replied', ticketId: target.id });
    const db = await getDb();
    const bodies = (await db.select({ body: ticketMessages.body }).from(ticketMessages).where(eq(ticketMessages.ticketId, target.id))).map((m) => m.body);
    expect(bodies).toEqual(expect.arrayContaining(['Replying through the old link.', 'Replying to the old mail.']));
  });

  it('re-points tickets merged earlier, so a chain of merges still ends at the last survivor', async () => {
    const agent = await makeUser('agent');
    const { source, target } = await duplicatePair();
    const last = await createTicket(anonymous, contactInput({ email: (await row(source.id)).requesterEmail }), { ip: freshIp() });
    await mergeTicket(agent, { number: source.number, into: target.number });
    await mergeTicket(agent, { number: target.number, into: last.number });
    expect((await row(source.id)).mergedIntoId).toBe(last.id);
    expect((await getRequesterTicket({ token: source.trackingToken, ip: freshIp() })).number).toBe(last.number);
  });

  it('settles A into B and B into A at once with exactly one merge', async () => {
    const agent = await makeUser('agent');
    const other = await makeUser('agent');
    const { source: a, target: b } = await duplicatePair();
    const results = await Promise.allSettled([
      mergeTicket(agent, { number: a.number, into: b.number }),
      mergeTicket(other, { number: b.number, into: a.number }),
    ]);
    const done = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    const [ra, rb] = [await row(a.id), await row(b.id)];
    expect([ra.mergedIntoId, rb.mergedIntoId].filter(Boolean)).toHaveLength(1);
  });

  it('tells the assignee and followers, never the one who merged', async () => {
    const agent = await makeUser('agent');
    const holder = await makeUser('agent');
    const follower = await makeUser('agent');
    const { source, target } = await duplicatePair();
    const db = await getDb();
    await db.update(tickets).set({ assigneeId: holder.id }).where(eq(tickets.id, target.id));
    await db.insert(ticketFollowers).values([
      { ticketId: source.id, userId: follower.id },
      { ticketId: source.id, userId: agent.id },
    ]);
    await mergeTicket(agent, { number: source.number, into: target.number });
    const kinds = async (userId: string) => (await db.select().from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind);
    expect(await kinds(holder.id)).toContain('ticket_merged');
    expect(await kinds(follower.id)).toContain('ticket_merged');
    expect(await kinds(agent.id)).not.toContain('ticket_merged');
    const followers = await db.select({ userId: ticketFollowers.userId }).from(ticketFollowers).where(eq(ticketFollowers.ticketId, target.id));
    expect(followers.map((f) => f.userId).sort()).toEqual([agent.id, follower.id].sort());
  });
});
