import { randomUUID } from 'node:crypto';
import { eq, inArray, or, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, auditEvents, feedback, mailMessages, mailPreferences, mailReplyTokens, notifications, ticketEvents, ticketMessages, tickets, userSessions, users } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { PDF_BYTES, PNG_BYTES, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { contactInput, makeUser, TEST_PASSWORD } from '@/lib/testing/fixtures';
import { addRequesterReply } from '@/lib/tickets/requester';
import { addStaffMessage } from '@/lib/tickets/workspace';
import { createTicket } from '@/lib/tickets/create-ticket';
import { authenticate } from '@/lib/users/authenticate';
import { customerWithHistory, INTERNAL_NOTE, PUBLIC_REPLY } from './account-fixtures';
import { anonymiseCustomer, deleteOwnAccount } from './delete-account';
import { DELETED_CUSTOMER_NAME, deletedCustomerEmail } from './labels';

withTempFilesDir();

let agent: UserActor;
let admin: UserActor;

beforeAll(async () => {
  agent = await makeUser('agent', 'approved');
  admin = await makeUser('admin', 'approved');
});

async function userExists(id: string) {
  const db = await getDb();
  return (await db.select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;
}

/** Every row that still names the person, by name, email or phone, in the tables they touched. */
async function traces(person: { id: string; name: string; email: string }, ticketId: string) {
  const db = await getDb();
  const like = (column: unknown) => sql`(${column}::text ilike ${`%${person.email}%`} or ${column}::text ilike ${`%${person.name}%`})`;
  const found = {
    tickets: await db.select({ id: tickets.id }).from(tickets).where(sql`${tickets.id} = ${ticketId} and (${like(tickets.requesterName)} or ${like(tickets.requesterEmail)} or ${tickets.requesterPhone} is not null)`),
    messages: await db.select({ id: ticketMessages.id }).from(ticketMessages).where(sql`${ticketMessages.ticketId} = ${ticketId} and (${like(ticketMessages.authorName)} or ${like(ticketMessages.authorEmail)})`),
    events: await db.select({ id: ticketEvents.id }).from(ticketEvents).where(sql`${ticketEvents.ticketId} = ${ticketId} and ${like(ticketEvents.actorName)}`),
    notifications: await db.select({ id: notifications.id }).from(notifications).where(sql`${like(notifications.title)} or ${like(notifications.actorName)} or ${notifications.userId} = ${person.id}`),
    replyTokens: await db.select({ id: mailReplyTokens.id }).from(mailReplyTokens).where(or(eq(mailReplyTokens.userId, person.id), eq(mailReplyTokens.email, person.email), eq(mailReplyTokens.ticketId, ticketId))),
    mail: await db.select({ id: mailMessages.id }).from(mailMessages).where(sql`${mailMessages.recipientUserId} = ${person.id} or ${like(mailMessages.recipientEmail)}`),
    preferences: await db.select({ kind: mailPreferences.kind }).from(mailPreferences).where(eq(mailPreferences.userId, person.id)),
    sessions: await db.select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, person.id)),
    audit: await db.select({ id: auditEvents.id }).from(auditEvents).where(sql`${like(auditEvents.actorName)} or ${like(auditEvents.subjectLabel)} or ${like(auditEvents.fromValue)} or ${like(auditEvents.toValue)}`),
  };
  return Object.fromEntries(Object.entries(found).map(([table, rows]) => [table, rows.length]));
}

const none = { tickets: 0, messages: 0, events: 0, notifications: 0, replyTokens: 0, mail: 0, preferences: 0, sessions: 0, audit: 0 };

describe('deleteOwnAccount', () => {
  it('removes the account and every trace of the person, and keeps the ticket for the team', async () => {
    const { customer, ticket } = await customerWithHistory(agent);
    const db = await getDb();
    await db.insert(userSessions).values({ userId: customer.id, expiresAt: new Date(Date.now() + 3_600_000) });
    const before = await traces(customer, ticket.id);
    expect(before.tickets).toBe(1);
    expect(before.mail).toBeGreaterThan(0);

    const summary = await deleteOwnAccount(customer, { confirmEmail: customer.email.toUpperCase() });
    expect(summary.tickets).toBe(1);

    expect(await userExists(customer.id)).toBe(false);
    expect(await traces(customer, ticket.id)).toEqual(none);
    const [kept] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(kept).toMatchObject({ requesterName: DELETED_CUSTOMER_NAME, requesterEmail: deletedCustomerEmail(customer.id), requesterPhone: null, requesterId: null, trackingTokenHash: null, assigneeId: agent.id });
    const thread = await db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, ticket.id));
    expect(thread.map((m) => m.body)).toEqual(expect.arrayContaining([PUBLIC_REPLY, INTERNAL_NOTE]));
    expect(thread.filter((m) => m.authorKind === 'requester').every((m) => m.authorName === DELETED_CUSTOMER_NAME && m.authorEmail === null)).toBe(true);
    expect(thread.find((m) => m.authorKind === 'staff')?.authorName).toBe(agent.name);
    const [rating] = await db.select().from(feedback).where(eq(feedback.ticketId, ticket.id));
    expect(rating).toMatchObject({ rating: 5, authorId: null });

    const [audit] = await db.select().from(auditEvents).where(sql`${auditEvents.subjectId} = ${customer.id} and ${auditEvents.kind} = 'account_anonymised'`);
    expect(audit).toMatchObject({ actorId: null, actorName: DELETED_CUSTOMER_NAME, subjectLabel: deletedCustomerEmail(customer.id), detail: expect.objectContaining({ by: 'self', tickets: 1 }) });
  });

  it('means the email and password no longer sign in', async () => {
    const { customer } = await customerWithHistory(agent);
    await deleteOwnAccount(customer, { confirmEmail: customer.email });
    expect(await authenticate({ email: customer.email, password: TEST_PASSWORD })).toBeNull();
  });

  it('refuses a wrong confirmation and changes nothing', async () => {
    const { customer, ticket } = await customerWithHistory(agent);
    await expect(deleteOwnAccount(customer, { confirmEmail: 'someone@example.test' })).rejects.toMatchObject({ code: 'validation', fields: { confirmEmail: expect.any(Array) } });
    await expect(deleteOwnAccount(customer, {})).rejects.toMatchObject({ code: 'validation' });
    expect(await userExists(customer.id)).toBe(true);
    expect((await traces(customer, ticket.id)).tickets).toBe(1);
  });

  it.each([
    ['a visitor', () => anonymous, 'unauthorized'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['an agent', () => makeUser('agent', 'approved'), 'forbidden'],
    ['an admin', () => makeUser('admin', 'approved'), 'forbidden'],
  ] as const)('refuses %s: staff accounts are suspended, not deleted', async (_label, who, code) => {
    const actor = await who();
    await expect(deleteOwnAccount(actor, { confirmEmail: actor.kind === 'user' ? actor.email : 'x@example.test' })).rejects.toMatchObject({ code });
    if (actor.kind === 'user') expect(await userExists(actor.id)).toBe(true);
  });

  it('also clears the name a joined ticket was sent under, in its messages and trail', async () => {
    const { customer } = await customerWithHistory(agent);
    const sentAs = `Grace as a visitor ${randomUUID().slice(0, 6)}`;
    const earlier = await createTicket(anonymous, contactInput({ name: sentAs, email: customer.email }));
    const db = await getDb();
    // Joined to the account from its private link; its trail and first message carry the visitor's name.
    await db.update(tickets).set({ requesterId: customer.id }).where(eq(tickets.id, earlier.id));
    await db.insert(ticketEvents).values({ ticketId: earlier.id, ticketNumber: earlier.number, actorName: sentAs, kind: 'replied' });
    await deleteOwnAccount(customer, { confirmEmail: customer.email });
    expect(await traces({ id: customer.id, name: sentAs, email: customer.email }, earlier.id)).toEqual(none);
    const events = await db.select({ actorName: ticketEvents.actorName }).from(ticketEvents).where(eq(ticketEvents.ticketId, earlier.id));
    expect(events.map((event) => event.actorName)).toContain(DELETED_CUSTOMER_NAME);
  });

  it('removes the files they sent, with the opening’s and their replies’, and keeps the staff’s', async () => {
    const customer = await makeUser('customer', null, { name: `Ada Files ${randomUUID().slice(0, 6)}` });
    const opening = await stageBytes(customer, PNG_BYTES, 'crushed-box.png');
    const ticket = await createTicket(customer, contactInput({ name: customer.name, email: customer.email, attachments: [opening.ref] }));
    const reply = await stageBytes(customer, PNG_BYTES, 'receipt.png');
    await addRequesterReply({ actor: customer, number: ticket.number }, { body: 'Here is the receipt.', attachments: [reply.ref] });
    const label = await stageBytes(agent, PDF_BYTES, 'return-label.pdf');
    await addStaffMessage(agent, { number: ticket.number, body: 'A return label for you.', visibility: 'public', attachments: [label.ref] });
    const unsent = await stageBytes(customer, PNG_BYTES, 'never-sent.png');

    await deleteOwnAccount(customer, { confirmEmail: customer.email });

    const db = await getDb();
    const left = await db.select({ id: attachments.id }).from(attachments).where(inArray(attachments.id, [opening.id, reply.id, label.id, unsent.id]));
    expect(left.map((row) => row.id)).toEqual([label.id]);
    const [audit] = await db.select().from(auditEvents).where(sql`${auditEvents.subjectId} = ${customer.id} and ${auditEvents.kind} = 'account_anonymised'`);
    expect(audit?.detail).toMatchObject({ files: 3 });
  });

  it('leaves other customers’ tickets and mail alone', async () => {
    const { customer } = await customerWithHistory(agent);
    const other = await customerWithHistory(agent);
    await deleteOwnAccount(customer, { confirmEmail: customer.email });
    expect((await traces(other.customer, other.ticket.id)).tickets).toBe(1);
    expect(await userExists(other.customer.id)).toBe(true);
  });
});

describe('anonymiseCustomer', () => {
  it('lets an admin delete a customer’s account the same way, audited under their name', async () => {
    const { customer, ticket } = await customerWithHistory(agent);
    await anonymiseCustomer(admin, { userId: customer.id, confirmEmail: customer.email });
    expect(await userExists(customer.id)).toBe(false);
    expect(await traces(customer, ticket.id)).toEqual(none);
    const db = await getDb();
    const [audit] = await db.select().from(auditEvents).where(sql`${auditEvents.subjectId} = ${customer.id} and ${auditEvents.kind} = 'account_anonymised'`);
    expect(audit).toMatchObject({ actorId: admin.id, actorName: admin.name, detail: expect.objectContaining({ by: 'admin' }) });
  });

  it.each([
    ['a visitor', () => anonymous, 'unauthorized'],
    ['the customer themselves', null, 'forbidden'],
    ['another customer', () => makeUser('customer'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['an agent', () => makeUser('agent', 'approved'), 'forbidden'],
  ] as const)('refuses %s', async (_label, who, code) => {
    const { customer } = await customerWithHistory(agent);
    const actor = who ? await who() : customer;
    await expect(anonymiseCustomer(actor, { userId: customer.id, confirmEmail: customer.email })).rejects.toMatchObject({ code });
    expect(await userExists(customer.id)).toBe(true);
  });

  it('refuses staff accounts and unknown ids', async () => {
    const staff = await makeUser('agent', 'approved');
    await expect(anonymiseCustomer(admin, { userId: staff.id, confirmEmail: staff.email })).rejects.toMatchObject({ code: 'conflict' });
    await expect(anonymiseCustomer(admin, { userId: randomUUID(), confirmEmail: 'a@example.test' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await userExists(staff.id)).toBe(true);
  });

  it('leaves no reply token of the ticket behind, whoever it was issued to', async () => {
    const { customer, ticket } = await customerWithHistory(agent);
    await anonymiseCustomer(admin, { userId: customer.id, confirmEmail: customer.email });
    const db = await getDb();
    expect(await db.select().from(mailReplyTokens).where(inArray(mailReplyTokens.ticketId, [ticket.id]))).toHaveLength(0);
  });
});
