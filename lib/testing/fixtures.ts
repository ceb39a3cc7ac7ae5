import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { type StaffStatus, type UserRole, users } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { hashPassword } from '@/lib/users/password';
import { loadActor } from '@/lib/users/actor';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

/** Inserts a user straight into the database and returns them as an actor. */
export async function makeUser(
  role: UserRole = 'customer',
  staffStatus: StaffStatus | null = role === 'customer' ? null : 'approved',
  overrides: { email?: string; name?: string } = {},
): Promise<UserActor> {
  const db = await getDb();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(users)
    .values({
      email: overrides.email ?? `${role}-${staffStatus ?? 'active'}-${tag}@example.test`,
      name: overrides.name ?? `${role} ${tag}`,
      passwordHash: await passwordHash,
      role,
      staffStatus,
    })
    .returning({ id: users.id });
  const actor = await loadActor(row?.id);
  if (actor.kind !== 'user') throw new Error('fixture user was not created');
  return actor;
}

let ipCounter = 0;
/** A fresh client address per call, so rate limits of one test do not leak into another. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter % 250}-${randomUUID().slice(0, 6)}`;
}

export function contactInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Ada Lovelace',
    email: `ada-${randomUUID().slice(0, 8)}@example.test`,
    subject: 'My parcel has not arrived',
    message: 'I ordered a lamp two weeks ago and it still has not arrived.',
    category: 'order-delivery',
    reference: 'ORD-1042',
    ...overrides,
  };
}
