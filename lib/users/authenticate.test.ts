import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { freshIp, makeUser, TEST_PASSWORD } from '@/lib/testing/fixtures';
import { authenticate } from './authenticate';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const unknownEmail = () => `nobody-${randomUUID().slice(0, 8)}@example.test`;

describe('authenticate', () => {
  it('returns the id, email and name, and nothing else, for the right password', async () => {
    const user = await makeUser('customer');
    const result = await authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() });
    expect(result).toEqual({ id: user.id, email: user.email, name: user.name });
  });

  it('matches the email whatever its case and surrounding spaces', async () => {
    const user = await makeUser('agent', 'pending');
    const result = await authenticate({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(result?.id).toBe(user.id);
  });

  it('answers null for a wrong password', async () => {
    const user = await makeUser('customer');
    expect(await authenticate({ email: user.email, password: `${TEST_PASSWORD}x` }, { ip: freshIp() })).toBeNull();
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD.toUpperCase() })).toBeNull();
  });

  it('answers null for an unknown email, the same as for a wrong password', async () => {
    expect(await authenticate({ email: unknownEmail(), password: TEST_PASSWORD }, { ip: freshIp() })).toBeNull();
  });

  it.each([
    ['no input', undefined],
    ['a string', 'admin@example.test'],
    ['an empty object', {}],
    ['a malformed email', { email: 'not-an-email', password: TEST_PASSWORD }],
    ['an empty password', { email: 'someone@example.test', password: '' }],
    ['a password over 128 characters', { email: 'someone@example.test', password: 'p'.repeat(129) }],
    ['a password that is not a string', { email: 'someone@example.test', password: 12345678901 }],
  ])('answers null for %s', async (_label, input) => {
    expect(await authenticate(input, { ip: freshIp() })).toBeNull();
  });

  it('refuses the ninth attempt for one email within 15 minutes, even with the right password, and says when to retry', async () => {
    const user = await makeUser('customer');
    for (let i = 0; i < 8; i += 1) {
      const email = i % 2 ? user.email.toUpperCase() : user.email;
      expect(await authenticate({ email, password: 'wrong password' }, { ip: freshIp() })).toBeNull();
    }
    const error = await errorOf(authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }));
    expect(error.code).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/Too many sign-in attempts for this account\. Please try again in (15|14) minutes\./);
    expect(error.retryAfterSeconds).toBeGreaterThan(800);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(900);
  });

  it('limits attempts on an unknown email just like on a real one', async () => {
    const email = unknownEmail();
    for (let i = 0; i < 8; i += 1) expect(await authenticate({ email, password: 'wrong password' })).toBeNull();
    expect((await errorOf(authenticate({ email, password: 'wrong password' }))).code).toBe('rate_limited');
  });

  it('does not lock out another account when one is limited', async () => {
    const target = await makeUser('customer');
    const bystander = await makeUser('customer');
    for (let i = 0; i < 8; i += 1) await authenticate({ email: target.email, password: 'wrong password' });
    await expect(authenticate({ email: target.email, password: TEST_PASSWORD })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(await authenticate({ email: bystander.email, password: TEST_PASSWORD })).toMatchObject({ id: bystander.id });
  });

  it('forgets earlier failures for the email after a successful sign-in', async () => {
    const user = await makeUser('customer');
    for (let i = 0; i < 7; i += 1) await authenticate({ email: user.email, password: 'wrong password' });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
    // Without the reset the second of these would be the ninth attempt and be refused.
    for (let i = 0; i < 8; i += 1) {
      expect(await authenticate({ email: user.email, password: 'wrong password' })).toBeNull();
    }
    expect((await errorOf(authenticate({ email: user.email, password: TEST_PASSWORD }))).code).toBe('rate_limited');
  });

  it('refuses the 21st attempt from one address whatever emails it tries', async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i += 1) {
      expect(await authenticate({ email: unknownEmail(), password: 'wrong password' }, { ip })).toBeNull();
    }
    const error = await errorOf(authenticate({ email: unknownEmail(), password: 'wrong password' }, { ip }));
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/Too many sign-in attempts\. Please try again in/);
  });
});
