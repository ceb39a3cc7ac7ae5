import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { readDatabaseInfo } from './support/database-info';
import { demoUsers } from './support/demo-users';
import { canReadOutbox, latestMailLink } from './support/mail-links';

/**
 * Creates a customer account as a person does: the sign-up form, the link from the mail, then
 * sign-in. The customer lands on their tickets. Needs the outbox (PostgreSQL).
 */
export async function signUpCustomer(page: Page, name: string, email: string, password = 'a-long-enough-password') {
  test.skip(!canReadOutbox(), 'signing up takes the link from the outbox, readable on PostgreSQL only');
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('check-email')).toBeVisible();
  await page.goto(await latestMailLink(email, 'confirm_sign_up'));
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByTestId('account-created')).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My tickets' })).toBeVisible();
}

/** Applies as an agent through the form and the link from the mail, then signs in: the applicant waits for approval. */
export async function signUpAgent(page: Page, name: string, email: string, password = 'a-long-enough-password') {
  test.skip(!canReadOutbox(), 'applying takes the link from the outbox, readable on PostgreSQL only');
  await page.goto('/agents/register');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Phone').fill('+1 216 555 0142');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Apply as an agent' }).click();
  await expect(page.getByTestId('check-email')).toBeVisible();
  await page.goto(await latestMailLink(email, 'confirm_sign_up'));
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByTestId('account-created')).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('Waiting for approval');
}

export async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Whether the agent's side can be played through the domain layer: only on PostgreSQL, which a
 * second process may share. The embedded database belongs to the server process alone.
 */
export function canActAsAgent(): boolean {
  return readDatabaseInfo().databaseUrl !== null;
}

/** Runs one of e2e/support's scripts against the end-to-end server's PostgreSQL database; returns what it printed. */
function runSupport(script: string, args: string[]): string {
  const { databaseUrl, authSecret } = readDatabaseInfo();
  if (!databaseUrl) throw new Error(`${script} needs the end-to-end server on PostgreSQL`);
  const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const preload = path.join(process.cwd(), 'scripts', 'allow-server-only.cjs');
  return execFileSync(process.execPath, [tsx, `e2e/support/${script}`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim() },
    stdio: 'pipe',
  }).toString();
}

/** The demo agent claims, answers and resolves the ticket, through lib/ as the desk would. */
export function resolveAsAgent(number: string, reply: string) {
  runSupport('resolve-as-agent.ts', [number, demoUsers.agent.email, reply]);
}

/** Writes a notification for the person with this email, `minutesAgo` old; returns its id. */
export function addNotification(email: string, title: string, href: string, minutesAgo = 0): string {
  return runSupport('add-notification.ts', [email, title, href, String(minutesAgo)]);
}
