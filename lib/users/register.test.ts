import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, mailMessages, users } from '@/db/schema';
import { verifyPassword } from './password';
import { AppError } from '@/lib/errors';
import { freshIp } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { confirmationToken, signUpConfirmed } from '@/lib/testing/sign-up';
import { confirmSignUp, registerAgent, registerCustomer } from './register';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const PASSWORD = 'a long enough passphrase';

function signUp(overrides: Record<string, unknown> = {}) {
  return { name: 'Grace Hopper', email: `grace-${randomUUID().slice(0, 8)}@example.test`, password: PASSWORD, ...overrides };
}

function agentSignUp(overrides: Record<string, unknown> = {}) {
  return signUp({ phone: '+44 20 7946 0958', ...overrides });
}

async function rowsWithEmail(email: string) {
  const db = await getDb();
  return db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
}

async function mailsTo(email: string) {
  const db = await getDb();
  return db
    .select({ kind: mailMessages.kind, recipientUserId: mailMessages.recipientUserId, text: mailMessages.text })
    .from(mailMessages)
    .where(eq(mailMessages.recipientEmail, email.toLowerCase()))
    .orderBy(mailMessages.createdAt);
}

// A helpdesk that sends mail: sign-up never tells whether an address has an account.
withMailEnv({ RESEND_API_KEY: 're_test_key' });

describe('registerCustomer', () => {
  it('creates a customer account with a lower-cased email and a hashed password', async () => {
    const email = `Grace.Hopper-${randomUUID().slice(0, 8)}@Example.TEST`;
    const created = await signUpConfirmed(registerCustomer, signUp({ email, name: '  Grace Hopper  ' }), { ip: freshIp() });
    expect(created).toEqual({ id: expect.any(String), email: email.toLowerCase(), name: 'Grace Hopper', role: 'customer' });

    const [row] = await rowsWithEmail(email);
    expect(row).toMatchObject({ id: created.id, email: email.toLowerCase(), role: 'customer', staffStatus: null, phone: null });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(row?.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(row?.passwordHash, `${PASSWORD}!`)).toBe(false);
  });

  it('writes a user_registered audit event for the new account', async () => {
    const created = await signUpConfirmed(registerCustomer, signUp(), { ip: freshIp() });
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, created.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'user_registered',
      subjectType: 'user',
      subjectLabel: created.email,
      toValue: 'customer',
      actorId: null,
      actorName: 'Visitor',
    });
  });

  it('answers a sign-up for an existing email as for a new one, creates nothing, and mails the owner instead', async () => {
    const email = `twice-${randomUUID().slice(0, 8)}@example.test`;
    const owner = await signUpConfirmed(registerCustomer, signUp({ email }), { ip: freshIp() });
    await expect(registerCustomer(signUp({ email: email.toUpperCase(), name: 'Someone Else' }), { ip: freshIp() })).resolves.toEqual({ confirmToken: null });
    expect(await rowsWithEmail(email)).toHaveLength(1);
    const mails = await mailsTo(email);
    expect(mails.map((mail) => mail.kind)).toEqual(['confirm_sign_up', 'account_exists']);
    expect(mails[1]).toMatchObject({ recipientUserId: owner.id });
    expect(mails[1]?.text).toContain('/forgot-password');
  });

  it('creates nothing until the link is opened, and the link works once', async () => {
    const email = `link-${randomUUID().slice(0, 8)}@example.test`;
    await registerCustomer(signUp({ email }), { ip: freshIp() });
    expect(await rowsWithEmail(email)).toHaveLength(0);
    const token = (await confirmationToken(email))!;
    const results = await Promise.allSettled([confirmSignUp(token), confirmSignUp(token)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === 'rejected');
    expect((refused?.reason as AppError).code).toBe('not_found');
    expect(await rowsWithEmail(email)).toHaveLength(1);
  });

  it('refuses an altered, made-up or expired confirmation link', async () => {
    const email = `old-${randomUUID().slice(0, 8)}@example.test`;
    await registerCustomer(signUp({ email }), { ip: freshIp() });
    const token = (await confirmationToken(email))!;
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await errorOf(confirmSignUp(altered))).code).toBe('not_found');
    expect((await errorOf(confirmSignUp('nonsense'))).code).toBe('not_found');
    expect((await errorOf(confirmSignUp(token, new Date(Date.now() + 25 * 3_600_000)))).code).toBe('not_found');
    expect(await rowsWithEmail(email)).toHaveLength(0);
  });

  it('answers an agent application for an email that already has a customer account as any other, and mails the owner', async () => {
    const email = `both-${randomUUID().slice(0, 8)}@example.test`;
    await signUpConfirmed(registerCustomer, signUp({ email }), { ip: freshIp() });
    await expect(registerAgent(agentSignUp({ email: ` ${email.toUpperCase()} ` }), { ip: freshIp() })).resolves.toEqual({ confirmToken: null });
    const rows = await rowsWithEmail(email);
    expect(rows.map((r) => r.role)).toEqual(['customer']);
    expect((await mailsTo(email)).map((mail) => mail.kind)).toContain('account_exists');
  });

  it('hashes the password for an existing email too, so both answers take about as long', async () => {
    const email = `timed-${randomUUID().slice(0, 8)}@example.test`;
    await signUpConfirmed(registerCustomer, signUp({ email }), { ip: freshIp() });
    const time = async (input: Record<string, unknown>) => {
      const started = performance.now();
      await registerCustomer(input, { ip: freshIp() });
      return performance.now() - started;
    };
    const existing = await time(signUp({ email }));
    const fresh = await time(signUp());
    // argon2 dominates both; a skipped hash would make the existing one several times faster.
    expect(existing).toBeGreaterThan(fresh / 3);
  });

  const invalid: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a missing name', { name: '   ' }, 'name', /Enter your name/],
    ['no name at all', { name: undefined }, 'name', /Enter your name/],
    ['a name over 120 characters', { name: 'n'.repeat(121) }, 'name', /120 characters/],
    ['a malformed email', { email: 'grace.example.test' }, 'email', /valid email/],
    ['a missing email', { email: '' }, 'email', /Enter your email/],
    ['a password under 10 characters', { password: 'p'.repeat(9) }, 'password', /at least 10/],
    ['a password over 128 characters', { password: 'p'.repeat(129) }, 'password', /128 characters/],
    ['no password at all', { password: undefined }, 'password', /Choose a password/],
  ];

  it.each(invalid)('refuses %s with an error on that field and creates nothing', async (_label, overrides, field, message) => {
    const input = signUp(overrides);
    const error = await errorOf(registerCustomer(input, { ip: freshIp() }));
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(error.fields?.[field]?.[0]).toMatch(message);
    if (typeof input.email === 'string' && input.email) expect(await rowsWithEmail(input.email)).toHaveLength(0);
  });

  it('accepts a 120-character name and passwords of exactly 10 and 128 characters', async () => {
    await expect(registerCustomer(signUp({ name: 'n'.repeat(120) }), { ip: freshIp() })).resolves.toEqual({ confirmToken: null });
    await expect(registerCustomer(signUp({ password: 'p'.repeat(10) }), { ip: freshIp() })).resolves.toEqual({ confirmToken: null });
    await expect(registerCustomer(signUp({ password: 'p'.repeat(128) }), { ip: freshIp() })).resolves.toEqual({ confirmToken: null });
  });

  it('makes a customer even when the input claims another role', async () => {
    const created = await signUpConfirmed(registerCustomer, signUp({ role: 'admin', staffStatus: 'approved' }), { ip: freshIp() });
    const [row] = await rowsWithEmail(created.email);
    expect(row).toMatchObject({ role: 'customer', staffStatus: null });
  });
});

describe('registerAgent', () => {
  it('creates a pending agent application with the phone number', async () => {
    const created = await signUpConfirmed(registerAgent, agentSignUp(), { ip: freshIp() });
    expect(created.role).toBe('agent');
    const [row] = await rowsWithEmail(created.email);
    expect(row).toMatchObject({ role: 'agent', staffStatus: 'pending', phone: '+44 20 7946 0958' });
    expect(row?.statusChangedAt).toBeInstanceOf(Date);

    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, created.id), eq(auditEvents.kind, 'user_registered')));
    expect(event).toMatchObject({ toValue: 'agent', actorId: null });
  });

  it('starts pending even when the input claims to be approved', async () => {
    const created = await signUpConfirmed(registerAgent, agentSignUp({ staffStatus: 'approved', role: 'admin' }), { ip: freshIp() });
    const [row] = await rowsWithEmail(created.email);
    expect(row).toMatchObject({ role: 'agent', staffStatus: 'pending' });
  });

  it.each([
    ['a missing phone', { phone: undefined }, /Enter your phone/],
    ['an empty phone', { phone: '  ' }, /Enter your phone/],
    ['a phone with letters', { phone: 'call me maybe' }, /valid phone/],
    ['a phone with too few digits', { phone: '12' }, /valid phone/],
    ['a phone over 32 characters', { phone: '1'.repeat(33) }, /valid phone/],
  ])('refuses %s with an error on phone', async (_label, overrides, message) => {
    const input = agentSignUp(overrides);
    const error = await errorOf(registerAgent(input, { ip: freshIp() }));
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields ?? {})).toEqual(['phone']);
    expect(error.fields?.phone?.[0]).toMatch(message);
    expect(await rowsWithEmail(input.email as string)).toHaveLength(0);
  });
});

describe('sign-up rate limit', () => {
  it('refuses the eleventh account from one address within the hour and says when to retry', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i += 1) await registerCustomer(signUp(), { ip });
    const input = signUp();
    const error = await errorOf(registerCustomer(input, { ip }));
    expect(error.code).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/Too many new accounts from your network\. Please try again in (60|59) minutes\./);
    expect(error.retryAfterSeconds).toBeGreaterThan(3000);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(await rowsWithEmail(input.email)).toHaveLength(0);
  });

  it('counts agent applications and customer sign-ups from one address together', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i += 1) await registerCustomer(signUp(), { ip });
    for (let i = 0; i < 5; i += 1) await registerAgent(agentSignUp(), { ip });
    expect((await errorOf(registerAgent(agentSignUp(), { ip }))).code).toBe('rate_limited');
    expect((await errorOf(registerCustomer(signUp(), { ip }))).code).toBe('rate_limited');
  });

  it('still lets another address sign up while one is limited', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i += 1) await registerCustomer(signUp(), { ip });
    await expect(registerCustomer(signUp(), { ip })).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(registerCustomer(signUp(), { ip: freshIp() })).resolves.toEqual({ confirmToken: null });
  });
});

describe('sign-up without a mail provider', () => {
  withMailEnv({});

  it('hands the confirmation link to the person signing up, since no mail can prove the address', async () => {
    const email = `ada-${randomUUID().slice(0, 8)}@example.test`;
    const { confirmToken } = await registerCustomer(signUp({ email }), { ip: freshIp() });
    expect(confirmToken).toBe(await confirmationToken(email));
    expect(await rowsWithEmail(email)).toHaveLength(0);
    const created = await confirmSignUp(confirmToken ?? '');
    expect(created).toMatchObject({ email, role: 'customer' });
  });

  it('says that an address is taken, as there is no owner to mail instead', async () => {
    const email = `ada-${randomUUID().slice(0, 8)}@example.test`;
    const { confirmToken } = await registerCustomer(signUp({ email }), { ip: freshIp() });
    await confirmSignUp(confirmToken ?? '');
    const error = await errorOf(registerCustomer(signUp({ email }), { ip: freshIp() }));
    expect(error).toMatchObject({ code: 'conflict', fields: { email: ['An account with this email already exists.'] } });
    expect((await mailsTo(email)).filter((mail) => mail.kind === 'account_exists')).toHaveLength(0);
  });
});
