import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailMessages, mailReplyTokens } from '@/db/schema';
import { mailSamples } from '@/lib/testing/mail-samples';
import { withMailEnv } from '@/lib/testing/mail-env';
import { mailRow, queueResetMail, visitorTicket } from '@/lib/testing/mail-fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import { queueMail } from './queue-mail';
import { findReplyToken, hashReplyToken, replyTokenOf } from './reply-tokens';
import { listenForQueuedMail } from './wake';

withMailEnv({ RESEND_API_KEY: 're_test_key', MAIL_FROM: 'Help <help@mail.example.test>', MAIL_REPLY_DOMAIN: 'reply.example.test' });

function staffReply(ticket: { id: string; number: string }, email: string) {
  return {
    kind: 'staff_reply' as const,
    to: { email },
    ticket,
    props: { ...mailSamples.staff_reply, number: ticket.number },
  };
}

describe('queueMail', () => {
  it('leaves nothing behind when the caller’s transaction rolls back', async () => {
    const db = await getDb();
    const { ticket } = await visitorTicket();
    let queuedId = '';
    await expect(
      db.transaction(async (tx) => {
        queuedId = (await queueMail(tx, staffReply(ticket, 'rolled-back@example.test'))).id;
        throw new Error('the change failed after its mail was queued');
      }),
    ).rejects.toThrow(/change failed/);
    expect(queuedId).not.toBe('');
    expect(await db.select().from(mailMessages).where(eq(mailMessages.id, queuedId))).toEqual([]);
    expect(await db.select().from(mailReplyTokens).where(eq(mailReplyTokens.email, 'rolled-back@example.test'))).toEqual([]);
  });

  it('puts every mail about a ticket in its thread: [number] in the subject, one root for In-Reply-To and References', async () => {
    const db = await getDb();
    const { ticket, email } = await visitorTicket();
    const first = await db.transaction((tx) => queueMail(tx, staffReply(ticket, email)));
    const second = await db.transaction((tx) => queueMail(tx, staffReply(ticket, email)));
    const [a, b] = [await mailRow(first.id), await mailRow(second.id)];
    const root = `<ticket-${ticket.id}@reply.example.test>`;
    for (const row of [a, b]) {
      expect(row.subject).toBe(`[${ticket.number}] Re: My parcel has not arrived`);
      expect(row.inReplyTo).toBe(root);
      expect(row.references).toBe(root);
      expect(row.status).toBe('queued');
    }
    expect(a.messageId).toBe(`<${a.id}@reply.example.test>`);
    expect(b.messageId).not.toBe(a.messageId);
  });

  it('gives each person one reply address per ticket, and keeps only the token’s hash', async () => {
    const db = await getDb();
    const { ticket, email } = await visitorTicket();
    const other = (await visitorTicket()).ticket;
    const ids = await db.transaction(async (tx) => [
      (await queueMail(tx, staffReply(ticket, email))).id,
      (await queueMail(tx, staffReply(ticket, email.toUpperCase()))).id,
      (await queueMail(tx, staffReply(ticket, 'colleague@example.test'))).id,
      (await queueMail(tx, staffReply(other, email))).id,
    ]);
    const [mine, mineAgain, colleague, otherTicket] = await Promise.all(ids.map(mailRow));
    // The confirmation, queued with the ticket, already issued the requester's address.
    const [confirmation] = await db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.ticketId, ticket.id), eq(mailMessages.kind, 'ticket_received')));
    expect(mine!.replyTo).toMatch(/^reply\+[0-9a-f]{40}@reply\.example\.test$/);
    expect(confirmation!.replyTo).toBe(mine!.replyTo);
    expect(mineAgain!.replyTo).toBe(mine!.replyTo);
    expect(colleague!.replyTo).not.toBe(mine!.replyTo);
    expect(otherTicket!.replyTo).not.toBe(mine!.replyTo);

    const token = replyTokenOf(mine!.replyTo!, 'reply.example.test')!;
    const tokens = await db.select().from(mailReplyTokens).where(eq(mailReplyTokens.ticketId, ticket.id));
    expect(tokens).toHaveLength(2);
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(tokens.map((t) => t.tokenHash)).toContain(hashReplyToken(token));
    expect(await findReplyToken(db, token.toUpperCase())).toEqual({ ticketId: ticket.id, email, userId: null });
    expect(await findReplyToken(db, 'f'.repeat(40))).toBeNull();
  });

  it('sends no Reply-To when no reply domain is configured', async () => {
    delete process.env.MAIL_REPLY_DOMAIN;
    const { ticket, email } = await visitorTicket();
    const db = await getDb();
    const queued = await db.transaction((tx) => queueMail(tx, staffReply(ticket, email)));
    const row = await mailRow(queued.id);
    expect(row.replyTo).toBeNull();
    expect(row.messageId).toBe(`<${row.id}@mail.example.test>`);
  });

  it('holds mail, visible in the outbox, when no provider key is configured', async () => {
    process.env.RESEND_API_KEY = '';
    const queued = await queueResetMail();
    expect(queued.status).toBe('held');
    expect(await mailRow(queued.id)).toMatchObject({ status: 'held', attempts: 0, kind: 'password_reset' });
  });

  it('refuses a ticket’s mail that names no ticket', async () => {
    const db = await getDb();
    await expect(
      db.transaction((tx) =>
        // @ts-expect-error: a staff reply must name its ticket
        queueMail(tx, { kind: 'staff_reply', to: { email: 'a@example.test' }, props: mailSamples.staff_reply }),
      ),
    ).rejects.toThrow(/must name its ticket/);
  });

  it('wakes listening senders when, and only when, the transaction commits', async () => {
    const db = await getDb();
    let notified = 0;
    const stop = await listenForQueuedMail(db, () => {
      notified += 1;
    });
    try {
      await db
        .transaction(async (tx) => {
          await queueMail(tx, { kind: 'password_reset', to: { email: 'x@example.test' }, props: mailSamples.password_reset });
          throw new Error('rolled back');
        })
        .catch(() => {});
      await queueResetMail();
      // Notifications arrive in commit order: had the rolled-back one been sent, it would come first.
      await waitFor('the commit’s notification', () => notified >= 1);
      expect(notified).toBe(1);
    } finally {
      await stop();
    }
  });
});
