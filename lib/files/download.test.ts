import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { attachRefs, insertMessage, PDF_BYTES, PNG_BYTES, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { issueTrackingToken } from '@/lib/tickets/tracking/token';
import { downloadAttachment } from './download';

withTempFilesDir();

/** The status a download answers, refusals included. */
async function statusOf(actor: Actor, id: string, extra: { token?: string; thumbnail?: boolean } = {}): Promise<number> {
  try {
    const response = await downloadAttachment(actor, { id, ...extra, ip: freshIp() });
    await response.body?.cancel();
    return response.status;
  } catch (error) {
    return (error as { status?: number }).status ?? 500;
  }
}

async function scene() {
  const customerA = await makeUser('customer');
  const customerB = await makeUser('customer');
  const agent = await makeUser('agent', 'approved');
  const ticketA = await makeTicket(customerA);
  const ticketB = await makeTicket(customerB);
  const db = await getDb();
  const tokenA = await issueTrackingToken(db, ticketA.id);
  const tokenB = await issueTrackingToken(db, ticketB.id);

  const opening = await stageBytes(customerA, PNG_BYTES, 'box.png');
  await attachRefs(customerA, [opening.ref], { ticketId: ticketA.id, messageId: null });
  const reply = await insertMessage(ticketA.id, agent, 'public');
  const invoice = await stageBytes(agent, PDF_BYTES, 'invoice.pdf');
  await attachRefs(agent, [invoice.ref], { ticketId: ticketA.id, messageId: reply });
  const note = await insertMessage(ticketA.id, agent, 'internal');
  const internal = await stageBytes(agent, 'supplier price list', 'costs.txt');
  await attachRefs(agent, [internal.ref], { ticketId: ticketA.id, messageId: note });
  const fileOfB = await stageBytes(customerB, PNG_BYTES, 'b.png');
  await attachRefs(customerB, [fileOfB.ref], { ticketId: ticketB.id, messageId: null });
  const staged = await stageBytes(customerB, PNG_BYTES, 'not-sent.png');
  return { customerA, customerB, agent, tokenA, tokenB, opening, invoice, internal, fileOfB, staged };
}

describe('who may download a file', () => {
  it('lets staff read every attached file, including those on internal notes', async () => {
    const s = await scene();
    const admin = await makeUser('admin', 'approved');
    for (const actor of [s.agent, admin]) {
      for (const file of [s.opening, s.invoice, s.internal, s.fileOfB]) expect(await statusOf(actor, file.id)).toBe(200);
    }
  });

  it('lets the customer who owns the ticket read its opening and public replies, not its internal notes', async () => {
    const s = await scene();
    expect(await statusOf(s.customerA, s.opening.id)).toBe(200);
    expect(await statusOf(s.customerA, s.invoice.id)).toBe(200);
    expect(await statusOf(s.customerA, s.internal.id)).toBe(404);
  });

  it('answers 404 to another customer, by the file’s id and by a guessed one, and to a staged file', async () => {
    const s = await scene();
    expect(await statusOf(s.customerB, s.opening.id)).toBe(404);
    expect(await statusOf(s.customerB, s.invoice.id)).toBe(404);
    expect(await statusOf(s.customerB, randomUUID())).toBe(404);
    expect(await statusOf(s.customerB, 'not-a-uuid')).toBe(404);
    // Even its own uploader cannot fetch a file before it is sent; nor can staff.
    expect(await statusOf(s.customerB, s.staged.id)).toBe(404);
    expect(await statusOf(s.agent, s.staged.id)).toBe(404);
  });

  it('answers 404 to visitors without the ticket’s private link, and serves public files with it', async () => {
    const s = await scene();
    expect(await statusOf(anonymous, s.opening.id)).toBe(404);
    expect(await statusOf(anonymous, s.opening.id, { token: s.tokenB })).toBe(404);
    expect(await statusOf(anonymous, s.opening.id, { token: 'x'.repeat(43) })).toBe(404);
    expect(await statusOf(anonymous, s.opening.id, { token: s.tokenA })).toBe(200);
    expect(await statusOf(anonymous, s.invoice.id, { token: s.tokenA })).toBe(200);
    expect(await statusOf(anonymous, s.internal.id, { token: s.tokenA })).toBe(404);
  });

  it('refuses agents waiting for approval like strangers', async () => {
    const s = await scene();
    const pending = await makeUser('agent', 'pending');
    for (const file of [s.opening, s.invoice, s.internal]) expect(await statusOf(pending, file.id)).toBe(404);
  });

  it('serves a file still being checked or removed by the scan to no one', async () => {
    const s = await scene();
    const db = await getDb();
    await db.update(attachments).set({ scanStatus: 'pending' }).where(eq(attachments.id, s.opening.id));
    expect(await statusOf(s.agent, s.opening.id)).toBe(409);
    await db.update(attachments).set({ scanStatus: 'infected' }).where(eq(attachments.id, s.opening.id));
    expect(await statusOf(s.customerA, s.opening.id)).toBe(409);
    expect(await statusOf(s.customerB, s.opening.id)).toBe(404);
  });

  it('answers 404 for a thumbnail not made yet', async () => {
    const s = await scene();
    expect(await statusOf(s.customerA, s.opening.id, { thumbnail: true })).toBe(404);
  });
});
