import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** A unique address per test, so parallel workers never collide on unique emails. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/**
 * Fails on any serious or critical accessibility violation of the WCAG A/AA rules. `exclude`
 * leaves out parts axe cannot enter, such as a sandboxed frame with an opaque origin.
 */
export async function expectAccessible(page: Page, options: { exclude?: string } = {}) {
  // After a client-side navigation the new title is streamed in with the page's metadata.
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.exclude) builder.exclude(options.exclude);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function fillContactForm(page: Page, values: { name: string; email: string; subject: string; message: string; category?: string }) {
  await page.getByLabel('Your name').fill(values.name);
  await page.getByLabel('Email').fill(values.email);
  await page.getByLabel('Category').selectOption({ label: values.category ?? 'Technical' });
  await page.getByLabel('Subject').fill(values.subject);
  await page.getByLabel('Message').fill(values.message);
}
