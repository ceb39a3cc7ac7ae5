import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { mailRow, queueResetMail, visitorTicket } from '@/lib/testing/mail-fixtures';
import { countMailByStatus, getMailDetail, listMailLog, MAIL_PAGE_SIZE, retryMail } from './mail-log';
import { createMailWorker } from './worker';

withMailEnv({ MAIL_REPLY_DOMAIN: 'reply.example.test' });

describe('the mail log', () => {
  it('answers only approved admins', async () => {
    const { id } = await queueResetMail();
    for (const actor of [anonymous, await makeUser('customer'), await makeUser('agent', 'pending'), await makeUser('agent', 'approved'), await makeUser('admin', 'suspended')]) {
      await expect(listMailLog(actor, {})).rejects.toMatchObject({ code: actor.kind === 'anonymous' ? 'unauthorized' : 'forbidden' });
      await expect(getMailDetail(actor, { id })).rejects.toMatchObject({ code: actor.kind === 'anonymous' ? 'unauthorized' : 'forbidden' });
      await expect(retryMail(actor, { id })).rejects.toMatchObject({ code: actor.kind === 'anonymous' ? 'unauthorized' : 'forbidden' });
    }
  });

  it('pages newest first by keyset, filtered by status', async () => {
    const admin = await makeUser('admin');
    const start = Date.parse('2030-05-01T00:00:00Z');
    for (let i = 0; i < MAIL_PAGE_SIZE + 5; i += 1) await queueResetMail({ now: new Date(start + i * 1000) });
    const first = await listMailLog(admin, { status: 'held' });
    expect(first.entries).toHaveLength(MAIL_PAGE_SIZE);
    expect(first.entries.every((entry) => entry.status === 'held')).toBe(true);
    const second = await listMailLog(admin, { status: 'held', cursor: first.nextCursor });
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
    const times = all.map((entry) => entry.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await listMailLog(admin, { status: 'sent' })).toEqual({ entries: [], nextCursor: null });
    // A forged cursor or status is ignored, not an error page.
    expect((await listMailLog(admin, { status: 'nope', cursor: 'garbage' })).entries.length).toBeGreaterThan(0);
    expect((await countMailByStatus(admin)).held).toEqual({ count: expect.any(Number), capped: false });
  });

  it('shows a mail with its headers, hiding the private link and the reply address', async () => {
    const admin = await makeUser('admin');
    const { ticket } = await visitorTicket();
    const db = await getDb();
    const entry = await db.query.mailMessages.findFirst({ where: (m, { eq }) => eq(m.ticketId, ticket.id) });
    const detail = await getMailDetail(admin, { id: entry!.id });
    const row = await mailRow(entry!.id);
    expect(row.text).toContain(ticket.trackingToken);
    expect(detail.html + detail.text + detail.replyTo).not.toContain(ticket.trackingToken);
    expect(detail.text).toContain('/t/…hidden…');
    expect(detail.replyTo).toBe('reply+…hidden…@reply.example.test');
    expect(detail).toMatchObject({ messageId: row.messageId, inReplyTo: `<ticket-${ticket.id}@reply.example.test>`, canSend: false, canRetry: false });
    await expect(getMailDetail(admin, { id: 'not-a-uuid' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getMailDetail(admin, { id: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('sends a held mail only once a key is configured, and retries a failed one with a fresh window', async () => {
    const admin = await makeUser('admin');
    const held = await queueResetMail();
    await expect(retryMail(admin, { id: held.id })).rejects.toMatchObject({ code: 'conflict' });

    process.env.RESEND_API_KEY = 're_test_key';
    expect((await getMailDetail(admin, { id: held.id })).canSend).toBe(true);
    const now = new Date('2031-01-01T00:00:00Z');
    expect(await retryMail(admin, { id: held.id }, now)).toEqual({ status: 'queued' });
    expect(await mailRow(held.id)).toMatchObject({ status: 'queued', nextAttemptAt: now, giveUpAt: new Date('2031-01-02T00:00:00Z') });
    const db = await getDb();
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.kind, 'mail_resent'), eq(auditEvents.subjectId, held.id)));
    expect(audit).toMatchObject({ actorId: admin.id, subjectType: 'mail', toValue: (await mailRow(held.id)).recipientEmail });

    // Sent mail is not sent again.
    const sender = async () => ({ ok: true as const, providerMessageId: 'p-1' });
    await createMailWorker({ sender, listen: false }).tick(now);
    expect((await mailRow(held.id)).status).toBe('sent');
    await expect(retryMail(admin, { id: held.id })).rejects.toMatchObject({ code: 'conflict', message: 'This mail was sent already.' });

    const failing = await queueResetMail({ now });
    await createMailWorker({ sender: async () => ({ ok: false, retryable: false, error: '422 validation_error' }), listen: false }).tick(now);
    expect((await mailRow(failing.id)).status).toBe('failed');
    expect((await getMailDetail(admin, { id: failing.id })).canRetry).toBe(true);
    await retryMail(admin, { id: failing.id }, now);
    expect(await mailRow(failing.id)).toMatchObject({ status: 'queued', lastError: '422 validation_error' });
  });
});
