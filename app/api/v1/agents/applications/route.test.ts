import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callApi } from '@/lib/api/testing/api-client';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { confirmationToken } from '@/lib/testing/sign-up';
import { confirmSignUp } from '@/lib/users/register';
import { listUsers } from '@/lib/users/search-users';
import { POST } from './route';

withMailEnv({ RESEND_API_KEY: 're_test_key' });

const template = '/api/v1/agents/applications';

describe('POST /api/v1/agents/applications', () => {
  it('mails a confirmation link and creates nothing until it is opened', async () => {
    const email = `applicant-${randomUUID().slice(0, 8)}@example.test`;
    const answer = await callApi({ handler: POST, method: 'POST', template, ip: freshIp(), body: { name: 'Ada Lovelace', email, password: 'a long enough passphrase 42', phone: '+44 20 7946 0958' } });
    expect(answer.status).toBe(202);
    const admin = await makeUser('admin');
    expect((await listUsers(admin, { q: email })).users).toHaveLength(0);
    const token = await confirmationToken(email);
    expect(token).not.toBeNull();
    expect(JSON.stringify(answer.body)).not.toContain(token);
    await confirmSignUp(token ?? '');
    expect((await listUsers(admin, { q: email, role: 'agent', status: 'pending' })).users).toHaveLength(1);
  });

  it('answers 422 with fields for the sign-up form’s rules', async () => {
    const answer = await callApi({ handler: POST, method: 'POST', template, ip: freshIp(), body: { name: '', email: 'nope', password: 'x' } });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.error.fields).sort()).toEqual(['email', 'name', 'password', 'phone']);
  });
});
