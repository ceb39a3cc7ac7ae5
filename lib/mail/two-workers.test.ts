import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, otherInstances } from '@/lib/testing/instances';
import { type FakeResend, startFakeResend } from '@/lib/testing/fake-resend';
import { withMailEnv } from '@/lib/testing/mail-env';
import { mailRow, queueResetMail } from '@/lib/testing/mail-fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import { type MailSender, resendSender } from './sender';
import { createMailWorker } from './worker';

let fake: FakeResend;
const handles = otherInstances();
beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(async () => {
  await fake.close();
});
withMailEnv({ RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: () => fake.url });

describe.skipIf(!onPostgres)('two senders on one database', () => {
  it('send each of 50 mails exactly once between them', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 1) ids.push((await queueResetMail()).id);
    // Small batches, so that both keep coming back for more while the other is still at work.
    const sentBy = [0, 0];
    const workers = handles.map((handle, i) => {
      const send = resendSender('re_test_key', 'Help <help@example.test>');
      const sender: MailSender = async (mail) => {
        sentBy[i] = (sentBy[i] ?? 0) + 1;
        return send(mail);
      };
      return createMailWorker({ db: handle.db, sender, batchSize: 2, pollMs: 50 });
    });
    await Promise.all(workers.map((worker) => worker.start()));
    try {
      await waitFor('all 50 mails', () => fake.emails.length >= 50, 60_000);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    for (const id of ids) {
      const requests = fake.requests.filter((request) => request.idempotencyKey === id);
      expect(requests.map((request) => request.status)).toEqual([200]);
      expect(await mailRow(id)).toMatchObject({ status: 'sent', attempts: 1 });
    }
    expect(fake.emails).toHaveLength(50);
    // Both took part: the locks shared the work out, they did not leave it to one.
    expect(sentBy[0]! + sentBy[1]!).toBe(50);
    expect(Math.min(...sentBy)).toBeGreaterThan(0);
  });
});
