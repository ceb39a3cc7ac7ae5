import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { makeUser } from '@/lib/testing/fixtures';
import { getAccountProfile, updateProfile } from './profile';

describe('updateProfile', () => {
  it.each([
    ['a customer', 'customer', null],
    ['a pending agent', 'agent', 'pending'],
    ['an agent', 'agent', 'approved'],
    ['an admin', 'admin', 'approved'],
  ] as const)('lets %s rename themselves, audited as profile_changed', async (_label, role, status) => {
    const person = await makeUser(role, status);
    const profile = await updateProfile(person, { name: '  Katherine Johnson  ' });
    expect(profile).toMatchObject({ id: person.id, name: 'Katherine Johnson', email: person.email, role });
    const db = await getDb();
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, person.id));
    expect(row?.name).toBe('Katherine Johnson');
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, person.id), eq(auditEvents.kind, 'profile_changed')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: person.id, fromValue: person.name, toValue: 'Katherine Johnson' });
  });

  it('writes no audit event when the name did not change', async () => {
    const person = await makeUser('customer');
    await updateProfile(person, { name: person.name });
    const db = await getDb();
    expect(await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, person.id), eq(auditEvents.kind, 'profile_changed')))).toHaveLength(0);
  });

  it('refuses an empty name and one over 120 characters, as sign-up does', async () => {
    const person = await makeUser('customer');
    await expect(updateProfile(person, { name: '   ' })).rejects.toMatchObject({ code: 'validation', fields: { name: expect.any(Array) } });
    await expect(updateProfile(person, { name: 'x'.repeat(121) })).rejects.toMatchObject({ code: 'validation' });
    expect((await getAccountProfile(person)).name).toBe(person.name);
  });

  it('asks a visitor to sign in', async () => {
    await expect(updateProfile(anonymous, { name: 'Nobody' })).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(getAccountProfile(anonymous)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('changes only the signed-in person, whatever else the input carries', async () => {
    const person = await makeUser('customer');
    const other = await makeUser('customer');
    await updateProfile(person, { name: 'Mary Jackson', id: other.id, userId: other.id, role: 'admin' });
    expect((await getAccountProfile(other)).name).toBe(other.name);
    expect((await getAccountProfile(person)).role).toBe('customer');
  });
});
