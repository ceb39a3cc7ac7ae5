import { describe, expect, it } from 'vitest';
import { setAutoAssign } from '@/lib/settings/auto-assign';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { assigneeOf, mailsWhere, notificationsOf, ticketMailSummary } from '@/lib/testing/notify-fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply } from '@/lib/tickets/requester/actions';
import { claimTicket, reassignTicket } from '@/lib/tickets/workspace';
import { saveMailPreferences } from './mail-preferences';

withMailEnv({ AUTH_URL: 'https://help.example.test' });

describe('an assignment', () => {
  it('by an admin mails the new assignee and adds a notification; the admin hears nothing', async () => {
    const admin = await makeUser('admin', 'approved', { name: 'Ada Admin' });
    const agent = await makeUser('agent');
    const { ticket } = await visitorTicket();
    await reassignTicket(admin, { number: ticket.number, assigneeId: agent.id });

    expect(await ticketMailSummary(ticket.id)).toEqual([['ticket_assigned', agent.email]]);
    const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'ticket_assigned' });
    expect(mail!.text).toContain('Ada Admin assigned this ticket to you.');
    expect(mail!.text).toContain(`https://help.example.test/desk/tickets/${ticket.number}`);
    expect(await notificationsOf(agent.id)).toEqual([
      { kind: 'ticket_assigned', title: `Ada Admin assigned ${ticket.number} to you: My parcel has not arrived`, href: `/desk/tickets/${ticket.number}`, ticketId: ticket.id, actorName: 'Ada Admin' },
    ]);
    expect(await notificationsOf(admin.id)).toEqual([]);
  });

  it('tells nobody when agents take a ticket themselves, or an admin gives it to themselves', async () => {
    const admin = await makeUser('admin');
    const agent = await makeUser('agent');
    const first = await visitorTicket();
    await claimTicket(agent, { number: first.ticket.number });
    const second = await visitorTicket();
    await reassignTicket(admin, { number: second.ticket.number, assigneeId: admin.id });
    expect(await ticketMailSummary(first.ticket.id)).toEqual([]);
    expect(await ticketMailSummary(second.ticket.id)).toEqual([]);
    expect(await notificationsOf(agent.id)).toEqual([]);
    expect(await notificationsOf(admin.id)).toEqual([]);
  });

  it('by auto-assignment mails the agent it chose, and nobody else', async () => {
    const admin = await makeUser('admin');
    await makeUser('agent');
    await setAutoAssign(admin, { enabled: 'on' });
    try {
      const { ticket } = await visitorTicket();
      const assigneeId = await assigneeOf(ticket.id);
      expect(assigneeId).not.toBeNull();
      const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'ticket_assigned' });
      expect(mail!.recipientUserId).toBe(assigneeId);
      expect(mail!.text).toContain('Auto-assignment gave this ticket to you.');
      expect((await ticketMailSummary(ticket.id)).map(([kind]) => kind)).toEqual(['ticket_assigned']);
      expect(await notificationsOf(assigneeId!)).toContainEqual(expect.objectContaining({ kind: 'ticket_assigned', ticketId: ticket.id, actorName: null }));
    } finally {
      await setAutoAssign(admin, { enabled: '' });
    }
  });
});

describe('a requester’s reply', () => {
  it('on an assigned ticket mails the assignee the reply and adds a notification', async () => {
    const admin = await makeUser('admin');
    const agent = await makeUser('agent');
    const { ticket } = await visitorTicket({ name: 'Vera Visitor' });
    await reassignTicket(admin, { number: ticket.number, assigneeId: agent.id });
    await addRequesterReply({ token: ticket.trackingToken }, { body: 'It arrived broken.' });

    const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'customer_replied' });
    expect(mail).toMatchObject({ recipientEmail: agent.email, recipientUserId: agent.id });
    expect(mail!.text).toContain('It arrived broken.');
    expect(await notificationsOf(agent.id)).toContainEqual({
      kind: 'ticket_replied',
      title: `Vera Visitor replied on ${ticket.number}: My parcel has not arrived`,
      href: `/desk/tickets/${ticket.number}`,
      ticketId: ticket.id,
      actorName: 'Vera Visitor',
    });
  });

  it('on a ticket nobody holds mails no one, and notifies only the staff who follow unassigned tickets', async () => {
    const watcher = await makeUser('agent');
    const other = await makeUser('agent');
    await saveMailPreferences(watcher, { enabled: ['ticket_assigned', 'customer_replied', 'unassigned_ticket'] });
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    await addRequesterReply({ actor: customer, number: ticket.number }, { body: 'Any news?' });

    // Only the new-ticket news the watcher asked for; nothing about the reply.
    expect(new Set((await ticketMailSummary(ticket.id)).map(([kind]) => kind))).toEqual(new Set(['unassigned_ticket']));
    expect(await notificationsOf(watcher.id)).toContainEqual(expect.objectContaining({ kind: 'ticket_replied', ticketId: ticket.id, title: `${customer.name} replied on unassigned ${ticket.number}: My parcel has not arrived` }));
    expect(await notificationsOf(other.id)).toEqual([]);
    expect(await notificationsOf(customer.id)).toEqual([]);
  });
});

describe('a new unassigned ticket', () => {
  it('mails only the approved staff who opted in, never the one who logged it, never customers or applicants', async () => {
    const keen = await makeUser('agent');
    const keenAdmin = await makeUser('admin');
    const quiet = await makeUser('agent');
    const pending = await makeUser('agent', 'pending');
    const customer = await makeUser('customer');
    for (const person of [keen, keenAdmin]) await saveMailPreferences(person, { enabled: ['unassigned_ticket'] });

    const { ticket } = await visitorTicket();
    const recipients = (await mailsWhere({ ticketId: ticket.id, kind: 'unassigned_ticket' })).map((mail) => mail.recipientUserId);
    // Staff of earlier tests in this file may have opted in too.
    expect(recipients).toEqual(expect.arrayContaining([keen.id, keenAdmin.id]));
    for (const person of [quiet, pending, customer]) expect(recipients).not.toContain(person.id);
    for (const person of [quiet, pending, customer]) expect(await notificationsOf(person.id)).toEqual([]);
    expect(await notificationsOf(keen.id)).toContainEqual({
      kind: 'ticket_created',
      title: `New unassigned ticket ${ticket.number}: My parcel has not arrived`,
      href: `/desk/tickets/${ticket.number}`,
      ticketId: ticket.id,
      actorName: 'Ada Lovelace',
    });
    const [mail] = await mailsWhere({ ticketId: ticket.id, email: keen.email, kind: 'unassigned_ticket' });
    expect(mail!.text).toContain('I ordered a lamp two weeks ago');

    // Logged by a keen agent for a caller: the others are told, the agent who logged it is not.
    const logged = await createTicket(keen, contactInput(), { ip: freshIp() });
    const loggedRecipients = (await mailsWhere({ ticketId: logged.id, kind: 'unassigned_ticket' })).map((m) => m.recipientUserId);
    expect(loggedRecipients).toContain(keenAdmin.id);
    expect(loggedRecipients).not.toContain(keen.id);
  });
});
