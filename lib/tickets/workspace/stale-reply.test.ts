import { describe, expect, it } from 'vitest';
import type { UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply } from '@/lib/tickets/requester';
import { addStaffMessage } from './staff-message';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function ticketOf(customer: UserActor) {
  return createTicket(customer, contactInput(), { ip: freshIp() });
}

describe('the stale-reply guard', () => {
  it('holds a reply when the customer wrote after the agent’s view, naming who, and lets it through once seen', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const { number } = await ticketOf(customer);
    const first = await addStaffMessage(agent, { number, body: 'Could you send a photo?', visibility: 'public', seenMessageId: '' });
    await addRequesterReply({ actor: customer, number }, { body: 'Here it is.' });

    const held = await refusal(addStaffMessage(agent, { number, body: 'Thanks!', visibility: 'public', seenMessageId: first.id }));
    expect(held.code).toBe('conflict');
    expect(held.message).toContain(customer.name);
    expect(held.fields?.seenMessageId?.[0]).toContain('replied after you started writing');

    // The agent's own message and the absence of a view are not reasons to hold.
    const mine = await addStaffMessage(agent, { number, body: 'Looking now.', visibility: 'public' });
    expect((await addStaffMessage(agent, { number, body: 'One more thing.', visibility: 'public', seenMessageId: mine.id })).visibility).toBe('public');
  });

  it('does not hold internal notes, nor a reply over another agent’s internal note', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const colleague = await makeUser('agent', 'approved');
    const { number } = await ticketOf(customer);
    const seen = await addStaffMessage(agent, { number, body: 'On it.', visibility: 'public', seenMessageId: '' });
    await addStaffMessage(colleague, { number, body: 'FYI: courier delay.', visibility: 'internal' });
    await addRequesterReply({ actor: customer, number }, { body: 'Hello?' });
    expect((await addStaffMessage(agent, { number, body: 'Noted.', visibility: 'internal', seenMessageId: seen.id })).visibility).toBe('internal');
    const held = await refusal(addStaffMessage(agent, { number, body: 'Sorry for the wait.', visibility: 'public', seenMessageId: seen.id }));
    expect(held.code).toBe('conflict');
  });

  it('lets exactly one of two agents answering the same view at the same moment through', async () => {
    const customer = await makeUser('customer');
    const a = await makeUser('agent', 'approved');
    const b = await makeUser('agent', 'approved');
    const { number } = await ticketOf(customer);
    const results = await Promise.allSettled([
      addStaffMessage(a, { number, body: 'Answer from A.', visibility: 'public', seenMessageId: '' }),
      addStaffMessage(b, { number, body: 'Answer from B.', visibility: 'public', seenMessageId: '' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(((rejected as PromiseRejectedResult).reason as AppError).code).toBe('conflict');
  });

  it('refuses a seen id that is not a message of this ticket', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const { number } = await ticketOf(customer);
    const other = await ticketOf(customer);
    const elsewhere = await addStaffMessage(agent, { number: other.number, body: 'Hi.', visibility: 'public' });
    expect((await refusal(addStaffMessage(agent, { number, body: 'x', visibility: 'public', seenMessageId: elsewhere.id }))).code).toBe('validation');
    expect((await refusal(addStaffMessage(agent, { number, body: 'x', visibility: 'public', seenMessageId: 'nope' }))).fields?.seenMessageId).toBeDefined();
  });
});
