import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';

// Articles of the seeded demo FAQ (scripts/seed/seed-text.ts).
const deliveryTimes = 'How long does delivery take?';
const resetPassword = 'I forgot my password. How do I reset it?';

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function search(page: Page, q: string) {
  await page.getByLabel('Search the help centre').fill(q);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

test.describe('the help centre', () => {
  test('a visitor finds an article by a word in its answer and reads it @phone', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help centre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help centre' })).toBeVisible();
    await expect(page).toHaveTitle('Help centre · Deskline');
    await expect(page.getByRole('heading', { level: 2, name: 'Order & delivery' })).toBeVisible();
    await expectAccessible(page);
    await expectNoSideways(page);

    // "warehouse" appears only in the answer of the delivery-times article.
    await search(page, 'warehouse');
    await expect(page).toHaveURL(/\/help\?q=warehouse$/);
    await expect(page.getByRole('heading', { name: '1 article for “warehouse”' })).toBeVisible();
    const results = page.getByTestId('search-results');
    await expect(results.getByRole('link')).toHaveText([deliveryTimes]);
    await expectAccessible(page);

    await results.getByRole('link', { name: deliveryTimes }).click();
    await expect(page.getByRole('heading', { level: 1, name: deliveryTimes })).toBeVisible();
    await expect(page).toHaveTitle(`${deliveryTimes} · Help centre · Deskline`);
    await expect(page.getByTestId('article-answer')).toContainText('leave our warehouse the same day');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Order & delivery' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'More about Order & delivery' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Where can I track my order?' })).toBeVisible();
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByRole('region', { name: 'Still need help?' }).getByRole('link', { name: 'Contact support' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contact support' })).toBeVisible();
  });

  test('a partial word finds its article, and a search with no match offers the contact form', async ({ page }) => {
    await page.goto('/help');
    await search(page, 'passw');
    await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveText(resetPassword);

    // Only a draft mentions gift wrapping.
    await search(page, 'gift wrapping');
    await expect(page.getByRole('heading', { name: 'No articles match “gift wrapping”' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'We could not find an answer' }).getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      '/contact',
    );
    await expectAccessible(page);
  });

  test('the answer is shown as text, quotes and all, and drafts are not found', async ({ page }) => {
    await page.goto('/help/reset-password');
    await expect(page.getByTestId('article-answer')).toContainText('Choose "Forgot password" on the sign-in page');

    const draft = await page.goto('/help/gift-wrapping');
    expect(draft?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  });

  test('a topic filter lives in the URL and narrows a search', async ({ page }) => {
    await page.goto('/help');
    const topics = page.getByRole('navigation', { name: 'Topics' });
    await topics.getByRole('link', { name: /^Billing/ }).click();
    await expect(page).toHaveURL(/\/help\?category=billing$/);
    await expect(page).toHaveTitle('Billing · Help centre · Deskline');
    await expect(topics.getByRole('link', { name: /^Billing/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Which payment methods do you accept?' })).toBeVisible();
    await expect(page.getByRole('link', { name: deliveryTimes })).toHaveCount(0);

    await search(page, 'order');
    await expect(page).toHaveURL(/\/help\?q=order&category=billing$/);
    await expect(page.getByRole('heading', { name: /“order” in Billing$/ })).toBeVisible();
    await expect(page.getByTestId('search-results').getByRole('link', { name: deliveryTimes })).toHaveCount(0);
  });

  test('hostile search text is answered like any other', async ({ page }) => {
    const response = await page.goto(`/help?q=${encodeURIComponent(`'"&|!():*<>`)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: /^No articles match/ })).toBeVisible();
  });
});

test.describe('the help centre for signed-in people', () => {
  test('a customer finds it in the header and a pending agent reads the same articles', async ({ pageAs }) => {
    const customer = await pageAs('customer');
    await customer.goto('/portal/tickets');
    await expect(customer.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await customer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help centre' }).click();
    await expect(customer).toHaveURL(/\/help$/);
    await expect(customer.getByRole('link', { name: deliveryTimes })).toBeVisible();
    await expect(customer.getByRole('link', { name: 'Do you offer gift wrapping?' })).toHaveCount(0);

    // Staff are not offered it in the header, but the footer and the pages are open to everyone.
    const pending = await pageAs('pending');
    await pending.goto('/pending');
    await expect(pending.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(pending.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help centre' })).toHaveCount(0);
    await pending.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Help centre' }).click();
    await expect(pending).toHaveURL(/\/help$/);
    await expect(pending.getByRole('link', { name: deliveryTimes })).toBeVisible();
    expect((await pending.goto('/help/two-factor'))?.status()).toBe(404);

    const admin = await pageAs('admin');
    await admin.goto('/help');
    await expect(admin.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect((await admin.goto('/help/two-factor'))?.status()).toBe(404);
  });
});

test.describe('the help centre without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search works as a plain form', async ({ page }) => {
    await page.goto('/help');
    await search(page, 'label printer');
    await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveText('How do I set up my label printer?');
  });
});

test.describe('suggestions on the contact form', () => {
  test('typing a subject suggests articles that open in a new tab @phone', async ({ page }) => {
    await page.goto('/contact');
    const suggestions = page.getByTestId('article-suggestions');
    await page.getByLabel('Subject').fill('My order arrived damaged');
    await expect(suggestions.getByText('These articles may answer your question')).toBeVisible();
    const link = suggestions.getByRole('link', { name: /My order arrived damaged\. What should I do\?/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', '/help/damaged-delivery');
    await expect(suggestions).toHaveAttribute('aria-live', 'polite');
    expect(await suggestions.getByRole('listitem').count()).toBeLessThanOrEqual(3);
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByLabel('Subject').fill('My');
    await expect(suggestions.getByRole('link')).toHaveCount(0);
  });

  test('the suggestions endpoint answers JSON and refuses an over-long query', async ({ request }) => {
    const found = await request.get('/api/v1/faq/suggestions?q=passw');
    expect(found.status()).toBe(200);
    const body = (await found.json()) as { articles: Array<{ slug: string; question: string; excerpt: string }> };
    expect(body.articles[0]).toMatchObject({ slug: 'reset-password', question: resetPassword });

    const tooLong = await request.get(`/api/v1/faq/suggestions?q=${'x'.repeat(201)}`);
    expect(tooLong.status()).toBe(422);
    expect(await tooLong.json()).toMatchObject({ error: { code: 'validation', fields: { q: [expect.stringMatching(/200 characters/)] } } });
  });
});
