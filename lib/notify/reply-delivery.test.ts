import { describe, expect, it } from 'vitest';
import { anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { saveMailPreferences } from './mail-preferences';
import { staffReplyDelivery } from './reply-delivery';

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(() => null, (e: unknown) => e);
  return error instanceof AppError ? error.code : undefined;
}

describe('what the composer says of a reply’s mail', () => {
  describe('without a mail service', () => {
    withMailEnv({});
    it('is "kept in the mail log", or "not emailed" when the customer switched reply mail off', async () => {
      const agent = await makeUser('agent');
      const { ticket } = await visitorTicket();
      expect(await staffReplyDelivery(agent, { number: ticket.number })).toBe('mail_log');
      const customer = await makeUser('customer');
      await saveMailPreferences(customer, { enabled: ['ticket_resolved'] });
      const own = await createTicket(customer, contactInput(), { ip: freshIp() });
      expect(await staffReplyDelivery(agent, { number: own.number })).toBe('switched_off');
    });

    it('is refused to anyone who does not work tickets', async () => {
      const { ticket } = await visitorTicket();
      expect(await codeOf(staffReplyDelivery(anonymous, { number: ticket.number }))).toBe('unauthorized');
      for (const actor of [await makeUser('customer'), await makeUser('agent', 'pending')]) {
        expect(await codeOf(staffReplyDelivery(actor, { number: ticket.number }))).toBe('forbidden');
      }
      expect(await codeOf(staffReplyDelivery(await makeUser('agent'), { number: 'HD-nope' }))).toBe('not_found');
    });
  });

  describe('with a mail service', () => {
    withMailEnv({ RESEND_API_KEY: 're_test_key', MAIL_WORKER: 'false' });
    it('is "emailed"', async () => {
      const { ticket } = await visitorTicket();
      expect(await staffReplyDelivery(await makeUser('agent'), { number: ticket.number })).toBe('email');
    });
  });
});
