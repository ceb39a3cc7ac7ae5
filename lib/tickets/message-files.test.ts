import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, tickets, ticketMessages } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { toTicketResource } from '@/lib/api/resources/ticket';
import { AppError } from '@/lib/errors';
import { STAGED_LIFETIME_MS, sweepStagedFiles, sweepStorageGarbage } from '@/lib/files/garbage';
import { fileStorage } from '@/lib/files/storage';
import { attachmentRefsFromForm } from '@/lib/forms/attachment-refs';
import { PDF_BYTES, PNG_BYTES, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { listTicketMessages } from './conversation';
import { addTicketMessage } from './conversation/add-message';
import { createTicket } from './create-ticket';
import { getTicket } from './read-ticket';
import { addRequesterReply, getRequesterTicket } from './requester';
import { addStaffMessage } from './workspace';

withTempFilesDir();

async function rowsOf(ids: string[]) {
  const db = await getDb();
  return db
    .select({ id: attachments.id, ticketId: attachments.ticketId, messageId: attachments.messageId, claimHash: attachments.claimHash, attachedAt: attachments.attachedAt })
    .from(attachments)
    .where(inArray(attachments.id, ids));
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('files sent with a message', () => {
  it('are claimed for the opening of a visitor’s request, and staff read them with the ticket', async () => {
    const photos = [await stageBytes(anonymous, PNG_BYTES, 'front.png'), await stageBytes(anonymous, PNG_BYTES, 'side.png')];
    const ticket = await createTicket(anonymous, contactInput({ attachments: photos.map((p) => p.ref) }), { ip: freshIp() });

    const rows = await rowsOf(photos.map((p) => p.id));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ ticketId: ticket.id, messageId: null, claimHash: null, attachedAt: expect.any(Date) });

    const agent = await makeUser('agent', 'approved');
    const view = await getTicket(agent, { number: ticket.number });
    expect(view.attachments.map((file) => file.fileName).sort()).toEqual(['front.png', 'side.png']);
    expect(view.attachments.every((file) => file.isImage)).toBe(true);
    expect(toTicketResource(view).attachments[0]).toMatchObject({ name: expect.stringMatching(/\.png$/), contentType: 'image/png', size: PNG_BYTES.length, url: expect.stringMatching(/^\/files\//) });
  });

  it('join their message in its transaction: a message refused claims none of them', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const good = await stageBytes(customer, PDF_BYTES, 'receipt.pdf');
    const error = await refusal(
      addRequesterReply({ actor: customer, number: ticket.number }, { body: 'The receipt.', attachments: [good.ref, `${crypto.randomUUID()}.${'x'.repeat(43)}`] }),
    );
    expect(error.fields?.attachments?.length).toBeGreaterThan(0);

    const db = await getDb();
    expect(await db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, ticket.id))).toHaveLength(0);
    const [row] = await rowsOf([good.id]);
    expect(row).toMatchObject({ ticketId: null, messageId: null, attachedAt: null, claimHash: expect.any(String) });

    // Sent again with its own ref only, it goes through.
    const { messageId } = await addRequesterReply({ actor: customer, number: ticket.number }, { body: 'The receipt.', attachments: [good.ref] });
    expect((await rowsOf([good.id]))[0]).toMatchObject({ ticketId: ticket.id, messageId, claimHash: null });
  });

  it('stay staged when the request is refused, whatever refused it', async () => {
    const photo = await stageBytes(anonymous, PNG_BYTES, 'photo.png');
    const subject = `Refused ${crypto.randomUUID()}`;
    await refusal(createTicket(anonymous, contactInput({ subject, category: 'no-such-category', attachments: [photo.ref] }), { ip: freshIp() }));
    const db = await getDb();
    expect(await db.select().from(tickets).where(eq(tickets.subject, subject))).toHaveLength(0);
    expect((await rowsOf([photo.id]))[0]).toMatchObject({ attachedAt: null, claimHash: expect.any(String) });

    // A reply on a closed ticket is refused too, and its file is left for the sweeper.
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    await db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, ticket.id));
    const late = await stageBytes(customer, PNG_BYTES, 'late.png');
    expect((await refusal(addRequesterReply({ actor: customer, number: ticket.number }, { body: 'One more.', attachments: [late.ref] }))).code).toBe('conflict');
    expect((await rowsOf([late.id]))[0]).toMatchObject({ ticketId: null, attachedAt: null });

    // A day on, the sweeper deletes both unsent files and their stored objects.
    const keys = await db.select({ key: attachments.storageKey }).from(attachments).where(inArray(attachments.id, [photo.id, late.id]));
    expect(keys).toHaveLength(2);
    const storage = fileStorage();
    for (const { key } of keys) expect(await storage.get(key)).not.toBeNull();
    await sweepStagedFiles(new Date(Date.now() + STAGED_LIFETIME_MS + 60_000));
    await sweepStorageGarbage();
    expect(await rowsOf([photo.id, late.id])).toEqual([]);
    for (const { key } of keys) expect(await storage.get(key)).toBeNull();
  });

  it('sent through the private link are the visitor’s, or the signed-in uploader’s, and show on the link', async () => {
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const access = { token: ticket.trackingToken, ip: freshIp() };
    const visitors = await stageBytes(anonymous, PNG_BYTES, 'visitor.png');
    await addRequesterReply(access, { body: 'A photo.', attachments: [visitors.ref] });
    const someone = await makeUser('customer');
    const theirs = await stageBytes(someone, PDF_BYTES, 'signed-in.pdf');
    await addRequesterReply(access, { body: 'A receipt.', attachments: [theirs.ref], uploader: someone });

    const view = await getRequesterTicket(access);
    expect(view.messages.map((m) => m.attachments.map((a) => a.fileName))).toEqual([['visitor.png'], ['signed-in.pdf']]);
  });

  it('cannot be claimed by another person’s message', async () => {
    const owner = await makeUser('customer');
    const other = await makeUser('customer');
    const ticket = await createTicket(other, contactInput(), { ip: freshIp() });
    const mine = await stageBytes(owner, PNG_BYTES, 'mine.png');
    const error = await refusal(addRequesterReply({ actor: other, number: ticket.number }, { body: 'Taking it.', attachments: [mine.ref] }));
    expect(error.code).toBe('validation');
    expect((await rowsOf([mine.id]))[0]).toMatchObject({ attachedAt: null });
  });
});

describe('a note’s files', () => {
  it('are internal like the note: the customer never reads them in the portal, the ticket or the API', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const label = await stageBytes(agent, PDF_BYTES, 'return-label.pdf');
    const secret = await stageBytes(agent, PDF_BYTES, 'courier-claim-secret.pdf');
    await addStaffMessage(agent, { number: ticket.number, body: 'Here is the label.', visibility: 'public', attachments: [label.ref] });
    await addStaffMessage(agent, { number: ticket.number, body: 'Claim filed.', visibility: 'internal', attachments: [secret.ref] });

    const portal = await getRequesterTicket({ actor: customer, number: ticket.number });
    expect(portal.messages.flatMap((m) => m.attachments.map((a) => a.fileName))).toEqual(['return-label.pdf']);
    const asCustomer = JSON.stringify(toTicketResource(await getTicket(customer, { number: ticket.number })));
    expect(asCustomer).toContain('return-label.pdf');
    expect(asCustomer).not.toContain(secret.id);
    expect(asCustomer).not.toContain('courier-claim-secret');
    const page = JSON.stringify(await listTicketMessages(customer, { number: ticket.number }));
    expect(page).toContain(label.id);
    expect(page).not.toContain(secret.id);

    const desk = await getTicket(agent, { number: ticket.number });
    const note = desk.messages.find((m) => m.visibility === 'internal');
    expect(note?.attachments.map((a) => a.fileName)).toEqual(['courier-claim-secret.pdf']);
  });

  it('are attached over the API as for the desk, and the message answers with them', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const file = await stageBytes(agent, PDF_BYTES, 'notes.pdf');
    const message = await addTicketMessage(agent, { number: ticket.number, message: { body: 'For the team.', internal: true, attachments: [file.ref] } });
    expect(message.attachments).toEqual([expect.objectContaining({ id: file.id, fileName: 'notes.pdf', contentType: 'application/pdf' })]);
    expect(JSON.stringify(await listTicketMessages(customer, { number: ticket.number }))).not.toContain(file.id);
  });
});

describe('a form’s files without JavaScript', () => {
  it('are staged from the form and named in the field error when refused', async () => {
    const form = new FormData();
    form.append('files', new File([PNG_BYTES], 'photo.png', { type: 'image/png' }));
    form.append('files', new File([], '', { type: 'application/octet-stream' }));
    form.append('attachments', 'already-uploaded-ref');
    const refs = await attachmentRefsFromForm(anonymous, form, { ip: freshIp() });
    expect(refs).toHaveLength(2);
    expect(refs[0]).toBe('already-uploaded-ref');

    const refused = new FormData();
    refused.append('files', new File([Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)])], 'setup.exe'));
    const error = await refusal(attachmentRefsFromForm(anonymous, refused, { ip: freshIp() }));
    expect(error.code).toBe('validation');
    expect(error.fields?.attachments?.[0]).toMatch(/^setup\.exe: /);
  });
});
