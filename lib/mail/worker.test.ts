import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { type FakeResend, startFakeResend } from '@/lib/testing/fake-resend';
import { withMailEnv } from '@/lib/testing/mail-env';
import { mailRow, queueResetMail, visitorTicket } from '@/lib/testing/mail-fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import { backoffMs } from './backoff';
import { claimDueMail } from './claim';
import { suppressAddress } from './suppression';
import { createMailWorker } from './worker';

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(async () => {
  await fake.close();
});
withMailEnv({ RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: () => fake.url, MAIL_FROM: 'Help <help@example.test>', MAIL_REPLY_DOMAIN: 'reply.example.test' });

/** A worker on a clock the test moves by hand; `random: () => 1` makes backoff its ceiling. */
function manualWorker(start: Date) {
  const clock = { now: start };
  const worker = createMailWorker({ clock: () => clock.now, random: () => 1, listen: false });
  return { worker, clock, at: (ms: number) => new Date(start.getTime() + ms) };
}

const requestsFor = (id: string) => fake.requests.filter((request) => request.idempotencyKey === id);
const acceptedFor = (id: string) => fake.emails.filter((email) => email.idempotencyKey === id);
// Each test starts ten days before the previous one: what an earlier test left queued is not
// due yet in a later one, so a tick sees only the test's own mail.
let era = Date.parse('2040-01-01T00:00:00Z');
const freshStart = () => new Date((era -= 10 * 24 * 60 * 60 * 1000));

describe('the mail worker', () => {
  it('sends a ticket’s mail through the provider with its threading headers, Reply-To and the mail id as idempotency key', async () => {
    const { ticket, email } = await visitorTicket();
    const db = await getDb();
    const rows = await db.query.mailMessages.findMany({ where: (m, { eq }) => eq(m.ticketId, ticket.id) });
    const confirmation = rows[0]!;
    const { worker } = manualWorker(new Date());
    await worker.tick();

    const [request] = requestsFor(confirmation.id);
    expect(request).toBeDefined();
    expect(request!.headers.authorization).toBe('Bearer re_test_key');
    expect(request!.body).toMatchObject({
      from: 'Help <help@example.test>',
      to: [email],
      subject: `[${ticket.number}] We have your request: My parcel has not arrived`,
      reply_to: confirmation.replyTo,
      headers: { 'Message-ID': confirmation.messageId, 'In-Reply-To': `<ticket-${ticket.id}@reply.example.test>`, References: `<ticket-${ticket.id}@reply.example.test>` },
    });
    expect(String(request!.body?.text)).toContain(`/t/${ticket.trackingToken}`);
    expect(String(request!.body?.html)).toContain(ticket.number);
    const sent = await mailRow(confirmation.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null, providerMessageId: acceptedFor(confirmation.id)[0]!.id });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it('retries a 503 with growing backoff and delivers the mail exactly once, with the same key every time', async () => {
    const start = freshStart();
    const { id } = await queueResetMail({ now: start });
    const { worker, clock, at } = manualWorker(start);
    fake.failNext(3, 503);

    let elapsed = 0;
    for (const attempt of [1, 2, 3]) {
      expect(await worker.tick()).toMatchObject({ claimed: 1, retrying: 1 });
      const row = await mailRow(id);
      elapsed += backoffMs(attempt, () => 1);
      expect(row).toMatchObject({ status: 'queued', attempts: attempt });
      expect(row.lastError).toMatch(/^503 service_unavailable/);
      expect(row.nextAttemptAt).toEqual(at(elapsed));
      // Not due yet a millisecond before: nothing is claimed.
      clock.now = at(elapsed - 1);
      expect((await worker.tick()).claimed).toBe(0);
      clock.now = at(elapsed);
    }
    expect([backoffMs(1, () => 1), backoffMs(2, () => 1), backoffMs(3, () => 1)]).toEqual([30_000, 60_000, 120_000]);
    expect(await worker.tick()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await mailRow(id)).toMatchObject({ status: 'sent', attempts: 4 });
    expect(requestsFor(id)).toHaveLength(4);
    expect(new Set(requestsFor(id).map((request) => request.idempotencyKey))).toEqual(new Set([id]));
    expect(acceptedFor(id)).toHaveLength(1);
  });

  it('waits as long as a 429’s Retry-After asks', async () => {
    const start = freshStart();
    const { id } = await queueResetMail({ now: start });
    const { worker, at } = manualWorker(start);
    fake.failNext(1, 429, { retryAfter: '7' });
    await worker.tick();
    expect(await mailRow(id)).toMatchObject({ status: 'queued', nextAttemptAt: at(7_000) });
  });

  it('retries when the provider cannot be reached at all', async () => {
    const unreachable = await startFakeResend();
    await unreachable.close();
    process.env.RESEND_BASE_URL = unreachable.url;
    const start = freshStart();
    const { id } = await queueResetMail({ now: start });
    const { worker } = manualWorker(start);
    expect(await worker.tick()).toMatchObject({ retrying: 1 });
    expect((await mailRow(id)).lastError).toMatch(/^no answer application_error/);
  });

  it('stops at a permanent 422: failed with the provider’s error, never tried again', async () => {
    const start = freshStart();
    const { id } = await queueResetMail({ now: start });
    const { worker, clock, at } = manualWorker(start);
    fake.failNext(1, 422, { message: 'Invalid `to` field.' });
    expect(await worker.tick()).toMatchObject({ failed: 1 });
    const row = await mailRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, lastError: '422 validation_error: Invalid `to` field.' });
    clock.now = at(3 * 24 * 60 * 60 * 1000);
    expect((await worker.tick()).claimed).toBe(0);
    expect(requestsFor(id)).toHaveLength(1);
  });

  it('keeps retrying for 24 hours, then gives up', async () => {
    const start = freshStart();
    const { id } = await queueResetMail({ now: start });
    const { worker, clock, at } = manualWorker(start);
    fake.failNext(1, 503);
    clock.now = at(24 * 60 * 60 * 1000 - 1);
    expect(await worker.tick()).toMatchObject({ retrying: 1 });
    clock.now = (await mailRow(id)).nextAttemptAt;
    fake.failNext(1, 500);
    expect(await worker.tick()).toMatchObject({ failed: 1 });
    expect((await mailRow(id)).lastError).toMatch(/^Gave up after 2 attempts: 500/);
  });

  it('never mails a suppressed address', async () => {
    const start = freshStart();
    const email = `bounced-${start.getTime()}@example.test`;
    await suppressAddress(await getDb(), { email: email.toUpperCase(), reason: 'bounced' });
    const { id } = await queueResetMail({ email, now: start });
    const { worker } = manualWorker(start);
    expect(await worker.tick()).toMatchObject({ suppressed: 1 });
    expect(await mailRow(id)).toMatchObject({ status: 'suppressed', attempts: 0, lastError: 'The address bounced.' });
    expect(requestsFor(id)).toHaveLength(0);
  });

  it('holds queued mail and sends nothing once the key is removed', async () => {
    const start = freshStart();
    const { id } = await queueResetMail({ now: start });
    delete process.env.RESEND_API_KEY;
    const { worker } = manualWorker(start);
    expect(await worker.tick()).toMatchObject({ held: 1 });
    expect(await mailRow(id)).toMatchObject({ status: 'held', attempts: 0 });
    expect(requestsFor(id)).toHaveLength(0);
  });

  it('sends again, once, a crashed sender’s mail when its lease runs out', async () => {
    const start = freshStart();
    const { id } = await queueResetMail({ now: start });
    // A sender claims the mail and dies before it records anything.
    await claimDueMail(await getDb(), start, 10, 120_000);
    const { worker, clock, at } = manualWorker(start);
    expect((await worker.tick()).claimed).toBe(0);
    clock.now = at(120_000);
    expect(await worker.tick()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await mailRow(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(acceptedFor(id)).toHaveLength(1);
  });

  it('loses nothing when a running worker stops mid-queue and another starts', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) ids.push((await queueResetMail()).id);
    const sentOf = () => ids.filter((id) => acceptedFor(id).length > 0).length;
    const first = createMailWorker({ batchSize: 3, pollMs: 60_000 });
    await first.start();
    await waitFor('a few mails from the first worker', () => sentOf() >= 3);
    await first.stop();
    const second = createMailWorker({ batchSize: 3, pollMs: 60_000 });
    await second.start();
    await waitFor('every mail', () => sentOf() === ids.length);
    await second.stop();
    for (const id of ids) {
      expect(requestsFor(id).filter((request) => request.status === 200)).toHaveLength(1);
      expect((await mailRow(id)).status).toBe('sent');
    }
  });

  it('is woken the moment mail is queued, without waiting for its next poll', async () => {
    const worker = createMailWorker({ pollMs: 10 * 60_000 });
    await worker.start();
    try {
      const first = await queueResetMail();
      await waitFor('the first mail', () => acceptedFor(first.id).length === 1);
      // The worker's next poll is ten minutes away: only the notification can bring this one in time.
      const second = await queueResetMail();
      await waitFor('the second mail', () => acceptedFor(second.id).length === 1);
    } finally {
      await worker.stop();
    }
  });
});
