import { describe, expect, it } from 'vitest';
import { anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { mailsWhere, notificationsOf, ticketMailSummary } from '@/lib/testing/notify-fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply } from '@/lib/tickets/requester/actions';
import { addStaffMessage, reassignTicket, transitionTicket } from '@/lib/tickets/workspace';
import { getMailPreferences, saveMailPreferences } from './mail-preferences';

withMailEnv({});

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const choices = async (actor: Parameters<typeof getMailPreferences>[0]) => (await getMailPreferences(actor)).map(({ kind, enabled }) => [kind, enabled]);

describe('mail preferences', () => {
  it('list for each role only the mail it receives, with the defaults; never security mail', async () => {
    expect(await choices(await makeUser('customer'))).toEqual([
      ['ticket_received', true],
      ['staff_reply', true],
      ['ticket_resolved', true],
    ]);
    const staffKinds = [
      ['ticket_assigned', true],
      ['customer_replied', true],
      ['unassigned_ticket', false],
    ];
    expect(await choices(await makeUser('agent'))).toEqual(staffKinds);
    expect(await choices(await makeUser('admin'))).toEqual([...staffKinds, ['agent_application', true]]);
    expect(await choices(await makeUser('agent', 'pending'))).toEqual([]);
    expect(await choices(await makeUser('agent', 'suspended'))).toEqual([]);
    const every = (await getMailPreferences(await makeUser('admin'))).map((p) => p.kind as string);
    expect(every).not.toContain('password_reset');
    for (const preference of await getMailPreferences(await makeUser('customer'))) {
      expect(preference.label).not.toBe('');
      expect(preference.help).not.toBe('');
    }
  });

  it('are each person’s own: a visitor is sent to sign in, and a kind the role does not receive is refused', async () => {
    expect((await errorOf(getMailPreferences(anonymous))).code).toBe('unauthorized');
    expect((await errorOf(saveMailPreferences(anonymous, { enabled: [] }))).code).toBe('unauthorized');
    const customer = await makeUser('customer');
    expect((await errorOf(saveMailPreferences(customer, { enabled: ['agent_application'] }))).code).toBe('validation');
    expect((await errorOf(saveMailPreferences(customer, { enabled: ['password_reset'] }))).code).toBe('validation');
    expect((await errorOf(saveMailPreferences(customer, { enabled: 'staff_reply' }))).code).toBe('validation');
    expect(await choices(customer)).toEqual([
      ['ticket_received', true],
      ['staff_reply', true],
      ['ticket_resolved', true],
    ]);
  });

  it('that switch a kind off stop that mail only; the others and the notifications go on', async () => {
    const customer = await makeUser('customer');
    const saved = await saveMailPreferences(customer, { enabled: ['ticket_resolved'] });
    expect(saved.map(({ kind, enabled }) => [kind, enabled])).toEqual([
      ['ticket_received', false],
      ['staff_reply', false],
      ['ticket_resolved', true],
    ]);
    const agent = await makeUser('agent');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    await addStaffMessage(agent, { number: ticket.number, body: 'A reply.', visibility: 'public' });
    await transitionTicket(agent, { number: ticket.number, to: 'resolved' });
    expect(await mailsWhere({ ticketId: ticket.id })).toEqual([expect.objectContaining({ kind: 'ticket_resolved', recipientEmail: customer.email })]);
    expect((await notificationsOf(customer.id)).map((n) => n.kind)).toEqual(['ticket_replied', 'ticket_status_changed']);

    // Switched back on: the mail comes again.
    await saveMailPreferences(customer, { enabled: ['staff_reply', 'ticket_resolved'] });
    await addStaffMessage(agent, { number: ticket.number, body: 'One more thing.', visibility: 'public' });
    expect((await mailsWhere({ ticketId: ticket.id, kind: 'staff_reply' })).length).toBe(1);
  });

  it('of an agent who wants no assignment mail still let customer replies through', async () => {
    const admin = await makeUser('admin');
    const agent = await makeUser('agent');
    await saveMailPreferences(agent, { enabled: ['customer_replied'] });
    const { ticket } = await visitorTicket();
    await reassignTicket(admin, { number: ticket.number, assigneeId: agent.id });
    await addRequesterReply({ token: ticket.trackingToken }, { body: 'Hello again.' });
    expect(await ticketMailSummary(ticket.id)).toEqual([['customer_replied', agent.email]]);
    expect((await notificationsOf(agent.id)).map((n) => n.kind)).toEqual(['ticket_assigned', 'ticket_replied']);
  });
});
