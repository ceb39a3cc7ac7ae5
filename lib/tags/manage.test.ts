import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, tags } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { getTicket } from '@/lib/tickets/read-ticket';
import { listTagsForAdmin, mergeTags, renameTag } from './manage';
import { addTicketTag } from './ticket-tags';

let agent: UserActor;
let admin: UserActor;
let refused: Array<[string, Actor, string]>;

beforeAll(async () => {
  agent = await makeUser('agent', 'approved');
  admin = await makeUser('admin', 'approved', { name: 'Alan Admin' });
  refused = [
    ['a visitor', anonymous, 'unauthorized'],
    ['a customer', await makeUser('customer'), 'forbidden'],
    ['another customer', await makeUser('customer'), 'forbidden'],
    ['a pending agent', await makeUser('agent', 'pending'), 'forbidden'],
    ['an approved agent', agent, 'forbidden'],
    ['a suspended admin', await makeUser('admin', 'suspended'), 'forbidden'],
  ];
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

/** A ticket of a requester of its own, with these tags. */
async function tagged(...names: string[]) {
  const ticket = await makeTicket(await makeUser('customer'));
  for (const name of names) await addTicketTag(agent, { number: ticket.number, name });
  return ticket;
}

async function tagId(name: string): Promise<string> {
  const row = (await listTagsForAdmin(admin)).find((tag) => tag.name === name);
  if (!row) throw new Error(`no tag ${name}`);
  return row.id;
}

async function lastAudit(subjectId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ kind: auditEvents.kind, actor: auditEvents.actorName, from: auditEvents.fromValue, to: auditEvents.toValue, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, 'tag'), eq(auditEvents.subjectId, subjectId)))
    .orderBy(desc(auditEvents.createdAt))
    .limit(1);
  return row;
}

const tagsOf = async (number: string) => (await getTicket(agent, { number })).tags;

describe('who may manage tags', () => {
  it('refuses everyone but an approved admin: visitors 401, the rest 403, changing nothing', async () => {
    await tagged('guarded', 'guarded-too');
    const id = await tagId('guarded');
    const other = await tagId('guarded-too');
    for (const [who, actor, code] of refused) {
      expect(await codeOf(listTagsForAdmin(actor)), who).toBe(code);
      expect(await codeOf(renameTag(actor, { id, name: 'hijacked' })), who).toBe(code);
      expect(await codeOf(mergeTags(actor, { sourceId: id, targetId: other })), who).toBe(code);
    }
    expect((await listTagsForAdmin(admin)).filter((tag) => tag.name.startsWith('guarded')).map((tag) => tag.name)).toEqual(['guarded', 'guarded-too']);
  });
});

describe('listTagsForAdmin', () => {
  it('lists every tag A to Z with its number of tickets, unused ones at 0', async () => {
    await tagged('list-b', 'list-a');
    await tagged('LIST-B');
    const db = await getDb();
    await db.insert(tags).values({ name: 'list-c' });
    const rows = (await listTagsForAdmin(admin)).filter((tag) => tag.name.toLowerCase().startsWith('list-'));
    expect(rows.map(({ name, tickets }) => ({ name, tickets }))).toEqual([
      { name: 'list-a', tickets: 1 },
      { name: 'list-b', tickets: 2 },
      { name: 'list-c', tickets: 0 },
    ]);
  });
});

describe('renameTag', () => {
  it('renames a tag on every ticket that has it, and writes the audit log', async () => {
    const one = await tagged('old-name');
    const two = await tagged('old-name', 'other');
    const id = await tagId('old-name');
    expect(await renameTag(admin, { id, name: '  New   name ' })).toEqual({ id, name: 'New name', tickets: 2 });
    expect(await tagsOf(one.number)).toEqual(['New name']);
    expect(await tagsOf(two.number)).toEqual(['New name', 'other']);
    expect(await lastAudit(id)).toEqual({ kind: 'tag_changed', actor: 'Alan Admin', from: 'old-name', to: 'New name', detail: { action: 'renamed', tickets: 2 } });
  });

  it('allows a change of case alone, and writes nothing when the name stays', async () => {
    await tagged('casey');
    const id = await tagId('casey');
    expect((await renameTag(admin, { id, name: 'Casey' })).name).toBe('Casey');
    const audited = await lastAudit(id);
    expect(await renameTag(admin, { id, name: 'Casey' })).toMatchObject({ name: 'Casey', tickets: 1 });
    expect(await lastAudit(id)).toEqual(audited);
  });

  it('refuses a name another tag has, whatever its case, naming the field', async () => {
    await tagged('taken', 'taker');
    const error = await renameTag(admin, { id: await tagId('taker'), name: 'TAKEN' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    expect((error as AppError).fields?.name?.[0]).toMatch(/merge/i);
  });

  it('refuses an empty or too long name, an unknown id (404) and a malformed one (422)', async () => {
    await tagged('rename-rules');
    const id = await tagId('rename-rules');
    expect(await codeOf(renameTag(admin, { id, name: ' ' }))).toBe('validation');
    expect(await codeOf(renameTag(admin, { id, name: 'y'.repeat(41) }))).toBe('validation');
    expect(await codeOf(renameTag(admin, { id: '00000000-0000-4000-8000-000000000000', name: 'ghost' }))).toBe('not_found');
    expect(await codeOf(renameTag(admin, { id: 'nope', name: 'ghost' }))).toBe('validation');
  });
});

describe('mergeTags', () => {
  it('moves every ticket of the source to the target, once per ticket, deletes the source and audits it', async () => {
    const onlySource = await tagged('colour');
    const both = await tagged('colour', 'color');
    const onlyTarget = await tagged('color');
    const sourceId = await tagId('colour');
    const targetId = await tagId('color');
    expect(await mergeTags(admin, { sourceId, targetId })).toEqual({ id: targetId, name: 'color', tickets: 3, moved: 1 });
    for (const ticket of [onlySource, both, onlyTarget]) expect(await tagsOf(ticket.number)).toEqual(['color']);
    expect((await listTagsForAdmin(admin)).some((tag) => tag.id === sourceId)).toBe(false);
    expect(await lastAudit(targetId)).toEqual({ kind: 'tag_changed', actor: 'Alan Admin', from: 'colour', to: 'color', detail: { action: 'merged', moved: 1 } });
  });

  it('refuses merging a tag into itself, into a tag that does not exist, and a source that does not exist', async () => {
    await tagged('merge-self');
    const id = await tagId('merge-self');
    expect(await codeOf(mergeTags(admin, { sourceId: id, targetId: id }))).toBe('validation');
    expect(await codeOf(mergeTags(admin, { sourceId: id, targetId: '00000000-0000-4000-8000-000000000000' }))).toBe('validation');
    expect(await codeOf(mergeTags(admin, { sourceId: '00000000-0000-4000-8000-000000000000', targetId: id }))).toBe('not_found');
    expect(await codeOf(mergeTags(admin, { sourceId: id }))).toBe('validation');
    expect((await listTagsForAdmin(admin)).some((tag) => tag.id === id)).toBe(true);
  });
});
