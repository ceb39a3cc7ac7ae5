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

  it('lets the owner in at once from another address after a burst of wrong passwords from one', async () => {
    const user = await makeUser('customer');
    const attacker = freshIp();
    for (let i = 0; i < 8; i += 1) {
      const email = i % 2 ? user.email.toUpperCase() : user.email;
      expect(await authenticate({ email, password: 'wrong password' }, { ip: attacker })).toBeNull();
    }
    const error = await errorOf(authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: attacker }));
    expect(error.code).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/Too many sign-in attempts for this account\. Please try again in (15|14) minutes\./);
    expect(error.retryAfterSeconds).toBeGreaterThan(800);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(900);

    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() })).toMatchObject({ id: user.id });
  });

  it('limits attempts on an unknown email from one address just like on a real one', async () => {
    const email = unknownEmail();
    const ip = freshIp();
    for (let i = 0; i < 8; i += 1) expect(await authenticate({ email, password: 'wrong password' }, { ip })).toBeNull();
    expect((await errorOf(authenticate({ email, password: 'wrong password' }, { ip }))).code).toBe('rate_limited');
  });

  it('makes attempts on an account wait longer and longer as wrong passwords come from many addresses', async () => {
    const user = await makeUser('customer');
    // Ten failures are free, each from an address of its own, as in a distributed attack.
    for (let i = 0; i < 10; i += 1) expect(await authenticate({ email: user.email, password: 'wrong' }, { ip: freshIp() })).toBeNull();
    expect(await authenticate({ email: user.email, password: 'wrong' }, { ip: freshIp() })).toBeNull();

    const first = await errorOf(authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }));
    expect(first.code).toBe('rate_limited');
    expect(first.message).toBe('Too many failed sign-ins for this account. Please try again in 1 second.');

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await authenticate({ email: user.email, password: 'wrong' }, { ip: freshIp() })).toBeNull();
    const second = await errorOf(authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }));
    expect(second.message).toBe('Too many failed sign-ins for this account. Please try again in 2 seconds.');
    expect(second.retryAfterSeconds).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() })).toMatchObject({ id: user.id });
  });

  it('does not slow another account when one is attacked', async () => {
    const target = await makeUser('customer');
    const bystander = await makeUser('customer');
    for (let i = 0; i < 11; i += 1) await authenticate({ email: target.email, password: 'wrong password' }, { ip: freshIp() });
    await expect(authenticate({ email: target.email, password: TEST_PASSWORD }, { ip: freshIp() })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(await authenticate({ email: bystander.email, password: TEST_PASSWORD }, { ip: freshIp() })).toMatchObject({ id: bystander.id });
  });

  it('forgets earlier failures from an address after it signs in', async () => {
    const user = await makeUser('customer');
    const ip = freshIp();
    for (let i = 0; i < 7; i += 1) await authenticate({ email: user.email, password: 'wrong password' }, { ip });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, { ip })).toMatchObject({ id: user.id });
    // Without the reset the second of these would be the ninth failure and be refused.
    for (let i = 0; i < 2; i += 1) expect(await authenticate({ email: user.email, password: 'wrong password' }, { ip })).toBeNull();
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
