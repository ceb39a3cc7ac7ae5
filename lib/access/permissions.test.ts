import { describe, expect, it } from 'vitest';
import type { StaffStatus, UserRole } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from './actor';
import { assertCan, can, type Permission } from './permissions';

const permissions = [
  'ticket:create',
  'ticket:read',
  'ticket:list-all',
  'ticket:work',
  'ticket:reassign',
  'ticket:delete',
  'ticket:export',
  'agent:moderate',
  'admin:settings',
  'user:list',
  'faq:manage',
  'category:manage',
  'audit:read',
  'stats:read',
  'mail:manage',
  'webhook:manage',
  'portal:use',
  'notification:read',
  'profile:edit',
  'account:self-service',
  'customer:data',
] as const satisfies readonly Permission[];

// Fails to compile when a permission is added to the union but not to this table.
type Untested = Exclude<Permission, (typeof permissions)[number]>;
const everyPermissionListed: [Untested] extends [never] ? true : false = true;

function user(role: UserRole, staffStatus: StaffStatus | null, id = `${role}-${staffStatus ?? 'none'}`): UserActor {
  return { kind: 'user', id, email: `${id}@example.test`, name: id, phone: null, role, staffStatus };
}

// What each actor is asked about: their own ticket, somebody else's, a visitor's (no account), none.
type Column = Exclude<Permission, 'ticket:read'> | 'read own' | 'read other' | 'read visitor' | 'read none';
const readColumns = ['read own', 'read other', 'read visitor', 'read none'] as const;
const columns: Column[] = ['ticket:create', ...readColumns, ...permissions.filter((p) => p !== 'ticket:create' && p !== 'ticket:read')];

const Y = true;
const N = false;
// Columns: create, read own, read other, read visitor, read none, list-all, work, then the admin-only ones:
// reassign, delete, export, moderate, settings, user list, FAQ, categories, audit, stats, mail, webhooks; then the customers' portal,
// one's own notifications, editing one's profile, exporting or deleting one's own data, and an admin's handling of a customer's data.
const table: Array<[string, Actor, boolean[]]> = [
  ['a visitor',                          anonymous,                    [Y, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N]],
  ['a customer',                         user('customer', null),       [Y, Y, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, Y, Y, N]],
  ['a customer row with a stray status', user('customer', 'approved'), [Y, Y, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, Y, Y, N]],
  ['a pending agent',                    user('agent', 'pending'),     [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['a rejected agent',                   user('agent', 'rejected'),    [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['a suspended agent',                  user('agent', 'suspended'),   [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['an agent with no status',            user('agent', null),          [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['an approved agent',                  user('agent', 'approved'),    [Y, Y, Y, Y, Y, Y, Y, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['a pending admin',                    user('admin', 'pending'),     [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['a rejected admin',                   user('admin', 'rejected'),    [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['a suspended admin',                  user('admin', 'suspended'),   [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N]],
  ['an approved admin',                  user('admin', 'approved'),    [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, N, Y, Y, N, Y]],
];

function ask(actor: Actor, column: Column): boolean {
  const ownId = actor.kind === 'user' ? actor.id : 'nobody';
  switch (column) {
    case 'read own':
      return can(actor, 'ticket:read', { requesterId: ownId });
    case 'read other':
      return can(actor, 'ticket:read', { requesterId: 'someone-else' });
    case 'read visitor':
      return can(actor, 'ticket:read', { requesterId: null });
    case 'read none':
      return can(actor, 'ticket:read');
    default:
      return can(actor, column);
  }
}

describe('can', () => {
  it('lists every permission in the table', () => {
    expect(everyPermissionListed).toBe(true);
    expect(new Set(columns.map((c) => (c.startsWith('read ') ? 'ticket:read' : c)))).toEqual(new Set(permissions));
    for (const [, , expected] of table) expect(expected).toHaveLength(columns.length);
  });

  describe.each(table)('for %s', (_label, actor, expected) => {
    it.each(columns.map((column, i) => [column, expected[i]] as const))('answers %s with %s', (column, allowed) => {
      expect(ask(actor, column)).toBe(allowed);
    });
  });

  it('answers the same for permissions that are not about one ticket whether or not a ticket is given', () => {
    for (const [, actor] of table) {
      const ownId = actor.kind === 'user' ? actor.id : 'nobody';
      for (const permission of permissions.filter((p) => p !== 'ticket:read')) {
        expect(can(actor, permission, { requesterId: ownId })).toBe(can(actor, permission));
        expect(can(actor, permission, { requesterId: null })).toBe(can(actor, permission));
      }
    }
  });
});

describe('assertCan', () => {
  it('asks a visitor to sign in and tells a signed-in user they are not allowed', () => {
    expect(() => assertCan(anonymous, 'ticket:list-all')).toThrow(expect.objectContaining({ code: 'unauthorized' }));
    expect(() => assertCan(user('customer', null), 'ticket:list-all')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => assertCan(user('agent', 'suspended'), 'ticket:work')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });

  it('lets an allowed actor through without throwing', () => {
    expect(() => assertCan(user('admin', 'approved'), 'agent:moderate')).not.toThrow();
    expect(() => assertCan(anonymous, 'ticket:create')).not.toThrow();
  });
});
