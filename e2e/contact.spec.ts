import { expect, test } from '@playwright/test';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';

const tricky = `Can't log in <b>"help"</b> 🚚 配送 доставка`;

test.describe('the public contact form', () => {
  test('a visitor submits a request and sees the ticket number @phone', async ({ page }) => {
    await page.goto('/contact');
    await expectAccessible(page);
    await fillContactForm(page, {
      name: 'Grace Hopper',
      email: uniqueEmail('grace'),
      subject: tricky,
      message: 'The sign-in page says my password is wrong, but I reset it an hour ago.',
    });
    await page.getByLabel('Order or reference number').fill('ORD-77');
    await page.getByRole('button', { name: 'Send request' }).click();

    await expect(page.getByRole('heading', { name: 'We have your request' })).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^HD-\d{8}-\d{4,}$/);
    await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a bad submission shows field errors, keeps the input, and succeeds once corrected', async ({ page }) => {
    await page.goto('/contact');
    await page.getByLabel('Your name').fill('Alan Turing');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Subject').fill(tricky);
    await page.getByRole('button', { name: 'Send request' }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page.getByTestId('error-email')).toHaveText(/valid email address/);
    await expect(page.getByTestId('error-message')).toHaveText(/Enter your message/);
    await expect(page.getByTestId('error-category')).toHaveText(/Choose a category/);
    await expect(page.getByLabel('Your name')).toHaveValue('Alan Turing');
    await expect(page.getByLabel('Subject')).toHaveValue(tricky);
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Email').fill(uniqueEmail('alan'));
    await page.getByLabel('Category').selectOption({ label: 'Account' });
    await page.getByLabel('Message').fill('Please merge my two accounts.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^HD-/);
  });
});

test.describe('the contact form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor submits a request and sees the ticket number', async ({ page }) => {
    await page.goto('/contact');
    await fillContactForm(page, {
      name: 'Katherine Johnson',
      email: uniqueEmail('katherine'),
      subject: 'Invoice shows the wrong VAT number',
      message: 'Our VAT number changed in March; the last two invoices still show the old one.',
      category: 'Billing',
    });
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^HD-\d{8}-\d{4,}$/);
  });

  test('the server answers field errors and keeps what was typed', async ({ page }) => {
    await page.goto('/contact');
    await page.getByLabel('Your name').fill('Dorothy Vaughan');
    await page.getByLabel('Email').fill('dorothy@');
    await page.getByLabel('Subject').fill(tricky);
    await page.getByLabel('Message').fill('x'.repeat(20));
    await page.getByRole('button', { name: 'Send request' }).click();

    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expect(page.getByTestId('error-email')).toHaveText(/valid email address/);
    await expect(page.getByTestId('error-category')).toHaveText(/Choose a category/);
    await expect(page.getByLabel('Your name')).toHaveValue('Dorothy Vaughan');
    await expect(page.getByLabel('Email')).toHaveValue('dorothy@');
    await expect(page.getByLabel('Subject')).toHaveValue(tricky);
  });
});
