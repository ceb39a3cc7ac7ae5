import { demoAccounts } from '@/scripts/seed/demo-accounts';

/** The demo people the end-to-end server is seeded with (scripts/seed/demo-accounts.ts, scripts/seed/seed.ts). */
const people = {
  admin: { email: 'admin@deskline.test', name: 'Maya Lindqvist' },
  agent: { email: 'agent@deskline.test', name: 'Daniel Okafor' },
  agent2: { email: 'agent2@deskline.test', name: 'Priya Raman' },
  pending: { email: 'pending@deskline.test', name: 'Tomás Herrera' },
  customer: { email: 'customer@deskline.test', name: 'Emma Whitfield' },
  customer2: { email: 'customer2@deskline.test', name: 'Lucas Moreau' },
  customer3: { email: 'customer3@deskline.test', name: 'Hannah Becker' },
} as const;

export type Role = keyof typeof people;
export type Credentials = { email: string; password: string };
export type DemoUser = Credentials & { name: string };

function withPassword(person: { email: string; name: string }): DemoUser {
  const account = demoAccounts.find((candidate) => candidate.email === person.email);
  if (!account) throw new Error(`${person.email} is not among the demo accounts`);
  return { ...person, password: account.password };
}

export const demoUsers = Object.fromEntries(
  Object.entries(people).map(([role, person]) => [role, withPassword(person)]),
) as Record<Role, DemoUser>;
