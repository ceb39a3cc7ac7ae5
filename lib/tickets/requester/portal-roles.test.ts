import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { type TicketStatus, tickets } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { isAppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '../create-ticket';
import { listMyTickets } from './my-tickets';
import { getFollowUpDraft } from '../follow-up';
import { addRequesterReply, rateTicket, resolveAsRequester } from './actions';
import type { RequesterAccess } from './access';
import { getRequesterTicket } from './view';
import { attachTicketToAccount, reissueTrackingLink } from '../tracking/link';

/*
 * Every portal operation against every kind of caller, in one table: what each may do is as
 * important as what each is refused. "ok" means it went through; otherwise the error code.
 */

type Setup = { owner: UserActor; number: string; token: string };
type Role = 'anonymous' | 'owner' | 'other customer' | 'pending agent' | 'approved agent' | 'admin' | 'tracking link';
type Operation = { name: string; status: TicketStatus; run: (access: RequesterAccess, actor: Actor, setup: Setup) => Promise<unknown> };

async function setStatus(number: string, status: TicketStatus) {
  const db = await getDb();
  await db.update(tickets).set({ status }).where(eq(tickets.number, number));
}

const portalInput = { subject: 'Printer offline', message: 'It will not connect.', category: 'technical', priority: 'low' };

const operations: Operation[] = [
  { name: 'list', status: 'open', run: (_access, actor) => listMyTickets(actor) },
  { name: 'read', status: 'open', run: (access) => getRequesterTicket(access) },
  { name: 'new', status: 'open', run: (_access, actor) => createTicket(actor, portalInput, { channel: 'portal', ip: freshIp() }) },
  { name: 'follow-up draft', status: 'closed', run: (_access, actor, { number }) => getFollowUpDraft(actor, { number }) },
  { name: 'follow-up', status: 'closed', run: (_access, actor, { number }) => createTicket(actor, { ...portalInput, followUp: number }, { channel: 'portal' }) },
  { name: 'reply', status: 'pending_customer', run: (access) => addRequesterReply(access, { body: 'Here you go.' }) },
  { name: 'resolve', status: 'in_progress', run: (access) => resolveAsRequester(access) },
  { name: 'rate', status: 'resolved', run: (access) => rateTicket(access, { rating: 5 }) },
  { name: 'reissue link', status: 'open', run: (access) => reissueTrackingLink(access) },
  { name: 'attach', status: 'open', run: (_access, actor, { token }) => attachTicketToAccount(actor, { token, ip: freshIp() }) },
];

//                     list            read            new             draft           follow-up       reply        resolve      rate         reissue      attach
const expected: Record<Role, string[]> = {
  anonymous:          ['unauthorized', 'unauthorized', 'unauthorized', 'unauthorized', 'unauthorized', 'not_found', 'not_found', 'not_found', 'not_found', 'unauthorized'],
  owner:              ['ok',           'ok',           'ok',           'ok',           'ok',           'ok',        'ok',        'ok',        'ok',        'ok'],
  'other customer':   ['ok',           'not_found',    'ok',           'not_found',    'not_found',    'not_found', 'not_found', 'not_found', 'not_found', 'conflict'],
  'pending agent':    ['forbidden',    'forbidden',    'forbidden',    'forbidden',    'forbidden',    'not_found', 'not_found', 'not_found', 'not_found', 'forbidden'],
  'approved agent':   ['forbidden',    'forbidden',    'forbidden',    'forbidden',    'forbidden',    'not_found', 'not_found', 'not_found', 'not_found', 'forbidden'],
  admin:              ['forbidden',    'forbidden',    'forbidden',    'forbidden',    'forbidden',    'not_found', 'not_found', 'not_found', 'not_found', 'forbidden'],
  'tracking link':    ['-',            'ok',           '-',            '-',            '-',            'ok',        'ok',        'ok',        'ok',        '-'],
};

async function actorFor(role: Role, owner: UserActor): Promise<Actor> {
  switch (role) {
    case 'anonymous':
    case 'tracking link':
      return anonymous;
    case 'owner':
      return owner;
    case 'other customer':
      return makeUser('customer');
    case 'pending agent':
      return makeUser('agent', 'pending');
    case 'approved agent':
      return makeUser('agent');
    case 'admin':
      return makeUser('admin');
  }
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe.each(Object.keys(expected) as Role[])('as %s', (role) => {
  it.each(operations.map((op, i) => [op.name, expected[role][i]!, op] as const).filter(([, want]) => want !== '-'))(
    '%s answers %s',
    async (_name, want, operation) => {
      const owner = await makeUser('customer');
      const ticket = await createTicket(owner, contactInput(), { ip: freshIp() });
      await setStatus(ticket.number, operation.status);
      const actor = await actorFor(role, owner);
      const access: RequesterAccess = role === 'tracking link' ? { token: ticket.trackingToken, ip: freshIp() } : { actor, number: ticket.number };
      expect(await outcome(operation.run(access, actor, { owner, number: ticket.number, token: ticket.trackingToken }))).toBe(want);
    },
  );
});
