import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { readDatabaseInfo } from './support/database-info';
import { demoUsers } from './support/demo-users';

/** Creates a customer account through the sign-up form; the customer lands on their tickets. */
export async function signUpCustomer(page: Page, name: string, email: string, password = 'a-long-enough-password') {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My tickets' })).toBeVisible();
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
