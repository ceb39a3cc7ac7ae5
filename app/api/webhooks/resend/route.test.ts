import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdMail, inboundRow, messagesOf, replyAddressFor, setUpInboundMail, suppressionOf } from '@/lib/testing/inbound-fixtures';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { receivedEvent, webhookRequest, webhookSecret } from '@/lib/testing/resend-webhook';
import { POST } from './route';

// The webhook reads no session; Auth.js cannot load outside Next.
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn() }));

const { fake, secret } = setUpInboundMail();
const noParams = { params: Promise.resolve({}) };

async function replyMail(text: string) {
  const { ticket, email } = await visitorTicket();
  const to = await replyAddressFor(ticket.id, email);
  const id = holdMail(fake(), { from: email, to: [to], text });
  return { ticket, event: receivedEvent(id, { from: email, to: [to] }), id };
}

describe('POST /api/webhooks/resend', () => {
  let warned: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warned.mockRestore());

  it('turns a signed email.received into a reply on the ticket with only the new text', async () => {
    const { ticket, event, id } = await replyMail('Found it, thanks.\n\nOn Thu, Dec 3, 2026 at 9:00 AM Support <support@help.example.test> wrote:\n> Have you looked in the shed?\n');
    const response = await POST(webhookRequest(event, secret), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, event: 'email.received', outcome: 'replied' });
    expect((await messagesOf(ticket.id)).filter((m) => m.source === 'email').map((m) => m.body)).toEqual(['Found it, thanks.']);
    expect(fake().requests.some((r) => r.method === 'GET' && r.path === `/emails/receiving/${id}`)).toBe(true);
  });

  it('adds one reply when Resend delivers the same webhook twice, one after the other or at once', async () => {
    const { ticket, event } = await replyMail('Twice delivered.');
    const answers = await Promise.all([POST(webhookRequest(event, secret), noParams), POST(webhookRequest(event, secret), noParams)]);
    const again = await POST(webhookRequest(event, secret, { id: 'msg_retry' }), noParams);
    expect([...answers, again].map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await again.json()).outcome).toBe('duplicate');
    expect((await messagesOf(ticket.id)).filter((m) => m.body === 'Twice delivered.')).toHaveLength(1);
  });

  it('refuses a forged signature with 401 and changes nothing', async () => {
    const { ticket, event, id } = await replyMail('Forged.');
    const before = fake().requests.length;
    const response = await POST(webhookRequest(event, webhookSecret()), noParams);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
    const unsigned = await POST(webhookRequest(event, null), noParams);
    expect(unsigned.status).toBe(401);
    expect(await inboundRow(id)).toHaveLength(0);
    expect((await messagesOf(ticket.id)).filter((m) => m.source === 'email')).toHaveLength(0);
    expect(fake().requests.length).toBe(before);
  });

  it('refuses a body changed after signing', async () => {
    const { event, id } = await replyMail('Tampered.');
    const signed = webhookRequest(event, secret);
    const tampered = new NextRequest(signed.url, { method: 'POST', headers: signed.headers, body: JSON.stringify({ ...event, type: 'email.complained' }) });
    expect((await POST(tampered, noParams)).status).toBe(401);
    expect(await inboundRow(id)).toHaveLength(0);
  });

  it('refuses a correctly signed but stale delivery (a replay) with 401', async () => {
    const { event, id } = await replyMail('Replayed.');
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await POST(webhookRequest(event, secret, { timestamp: tenMinutesAgo }), noParams);
    expect(response.status).toBe(401);
    expect(await inboundRow(id)).toHaveLength(0);
  });

  it('answers 404 with what to set when no webhook secret is configured, and accepts nothing', async () => {
    const { event, id } = await replyMail('No secret.');
    delete process.env.RESEND_WEBHOOK_SECRET;
    const response = await POST(webhookRequest(event, secret), noParams);
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toContain('RESEND_WEBHOOK_SECRET');
    expect(await inboundRow(id)).toHaveLength(0);
  });

  it('suppresses the address of a signed email.bounced', async () => {
    const { email } = await visitorTicket();
    const bounce = { type: 'email.bounced', created_at: new Date().toISOString(), data: { email_id: 'em_unknown', to: [email], bounce: { type: 'Permanent', subType: 'General', message: 'No such mailbox' } } };
    const response = await POST(webhookRequest(bounce, secret), noParams);
    expect(await response.json()).toEqual({ received: true, event: 'email.bounced', outcome: 'suppressed' });
    expect(await suppressionOf(email)).toMatchObject({ reason: 'bounced', detail: 'Permanent/General: No such mailbox' });
  });

  it('acknowledges events it does not use', async () => {
    const response = await POST(webhookRequest({ type: 'email.delivered', created_at: new Date().toISOString(), data: { email_id: 'x', to: ['a@example.test'] } }, secret), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, event: 'email.delivered', outcome: 'ignored' });
  });
});
