import { describe, expect, it } from 'vitest';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '../create-ticket';
import { addStaffMessage, claimTicket, transitionTicket } from '../workspace';
import { getRequesterTicket, listMyTickets } from '.';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('what the customer sees as last activity', () => {
  it('stays put for internal notes, and moves for public replies and status changes', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const { number } = await createTicket(customer, contactInput(), { ip: freshIp() });
    const seen = async () => {
      const listed = (await listMyTickets(customer)).rows.find((row) => row.number === number);
      const page = await getRequesterTicket({ actor: customer, number });
      expect(listed?.lastActivityAt).toEqual(page.lastActivityAt);
      return page.lastActivityAt.getTime();
    };
    // Claiming opens the work: a status change the customer sees.
    await claimTicket(agent, { number });
    const created = await seen();

    await pause();
    await addStaffMessage(agent, { number, body: 'Checking with the courier first.', visibility: 'internal' });
    expect(await seen()).toBe(created);

    await pause();
    await addStaffMessage(agent, { number, body: 'We are on it.', visibility: 'public' });
    const replied = await seen();
    expect(replied).toBeGreaterThan(created);

    await pause();
    await transitionTicket(agent, { number, to: 'resolved' });
    expect(await seen()).toBeGreaterThan(replied);
  });
});
