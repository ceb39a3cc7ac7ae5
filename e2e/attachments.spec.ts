import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';
import { samplePdf, samplePng } from './support/sample-files';

const photos = [
  { name: 'parcel-front.png', mimeType: 'image/png', buffer: samplePng(96, [200, 60, 40]) },
  { name: 'parcel-side.png', mimeType: 'image/png', buffer: samplePng(96, [40, 90, 200]) },
];

async function contactForm(page: Page, subject: string) {
  await page.goto('/contact');
  await fillContactForm(page, {
    name: 'Ada Byron',
    email: uniqueEmail('ada'),
    subject,
    message: 'The parcel arrived crushed; two photos attached.',
  });
}

type Files = Parameters<Page['setInputFiles']>[1];

/** Picks files once the page runs its script: before that the plain input would post them with the form. */
async function pickFiles(page: Page, label: string, files: Files) {
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await page.getByLabel(label, { exact: true }).setInputFiles(files);
}

/** Waits until every picked file is uploaded and ready to send. */
async function expectUploaded(page: Page, count: number) {
  const picked = page.getByTestId('picked-file');
  await expect(picked).toHaveCount(count);
  for (let i = 0; i < count; i++) await expect(picked.nth(i)).toHaveAttribute('data-status', 'done');
}

/** The private link shown once the request is sent. */
async function sentLink(page: Page) {
  await expect(page.getByRole('heading', { name: 'We have your request' })).toBeVisible();
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const link = await page.getByTestId('tracking-link').inputValue();
  return { number, path: new URL(link).pathname };
}

test.describe('attachments', () => {
  test('a visitor sends two photos, the agent sees them and replies with a PDF the visitor downloads; a note’s file stays internal', async ({
    page,
    pageAs,
  }) => {
    // Three people, five uploads and two accessibility checks: longer than one page's test.
    test.slow();
    const subject = `Crushed parcel ${randomInt(1_000_000)}`;
    await contactForm(page, subject);
    await pickFiles(page, 'Attach files, such as photos', photos);
    await expectUploaded(page, 2);
    await expect(page.getByRole('button', { name: 'Remove parcel-front.png' })).toBeVisible();
    await page.getByRole('button', { name: 'Send request' }).click();
    const { number, path } = await sentLink(page);

    // The agent sees both photos on the ticket as thumbnails once they are processed.
    const desk = await pageAs('agent');
    await desk.goto(`/desk/tickets/${number}`);
    const opening = desk.getByRole('list', { name: 'Conversation' }).getByRole('listitem').first();
    await expect(async () => {
      await desk.reload();
      await expect(opening.getByTestId('attachment-thumbnail')).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const thumbnail = opening.getByRole('img', { name: /parcel-front\.png/ });
    await expect(thumbnail).toBeVisible();
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const fullSize = await opening.getByRole('link', { name: /parcel-front\.png/ }).getAttribute('href');
    const photo = await desk.request.get(fullSize ?? '');
    expect(photo.status()).toBe(200);
    expect(photo.headers()['content-type']).toBe('image/png');
    await desk.screenshot({ path: '/tmp/attachments-desk-thumbnails.png', fullPage: true });

    // A reply with a PDF, then a note with a file of its own.
    await desk.getByLabel('Message').fill('Sorry about that: here is the return label.');
    await pickFiles(desk, 'Attach files', { name: 'return-label.pdf', mimeType: 'application/pdf', buffer: samplePdf('Return label') });
    await expectUploaded(desk, 1);
    await desk.screenshot({ path: '/tmp/attachments-composer.png', fullPage: true });
    await desk.getByRole('button', { name: 'Send reply' }).click();
    await expect(desk.getByTestId('desk-notice')).toHaveText(/Reply added/);

    await desk.getByLabel('Internal note').check();
    await desk.getByLabel('Message').fill('Courier claim filed; see the form.');
    await pickFiles(desk, 'Attach files (internal, like the note)', { name: 'courier-claim.txt', mimeType: 'text/plain', buffer: Buffer.from('Claim 4471 for the crushed parcel.\n') });
    await expectUploaded(desk, 1);
    await desk.getByRole('button', { name: 'Add internal note' }).click();
    await expect(desk.getByTestId('desk-notice')).toHaveText('Internal note added.');
    const noteFile = desk.locator('li[data-visibility="internal"]').getByRole('link', { name: 'courier-claim.txt' });
    await expect(noteFile).toBeVisible();
    const noteHref = (await noteFile.getAttribute('href')) ?? '';
    await desk.screenshot({ path: '/tmp/attachments-desk-timeline.png', fullPage: true });
    await expectAccessible(desk);

    // The visitor downloads the PDF through the private link and never sees the note's file.
    await page.goto(path);
    const conversation = page.getByRole('list', { name: 'Conversation' });
    await expect(conversation.getByRole('img', { name: /parcel-side\.png/ })).toBeVisible();
    const pdfLink = conversation.getByRole('link', { name: 'return-label.pdf' });
    await expect(pdfLink).toBeVisible();
    await expect(conversation.getByText('PDF ·')).toBeVisible();
    await expect(conversation).not.toContainText('courier-claim.txt');
    const pdf = await page.request.get((await pdfLink.getAttribute('href')) ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const token = path.split('/').at(-1) ?? '';
    expect((await page.request.get(noteHref)).status()).toBe(404);
    expect((await page.request.get(`${noteHref}?t=${token}`)).status()).toBe(404);
    await page.screenshot({ path: '/tmp/attachments-link-reply.png', fullPage: true });
    await expectAccessible(page);
  });

  test('a customer opens a ticket with a photo in the portal, replies with a file, and downloads the agent’s PDF there', async ({ pageAs }) => {
    test.slow();
    const portal = await pageAs('customer');
    await portal.goto('/portal/tickets/new');
    await portal.getByLabel('Subject').fill(`Scratched lens ${randomInt(1_000_000)}`);
    await portal.getByLabel('Category').selectOption({ label: 'Technical' });
    await portal.getByLabel('Description').fill('The lens came scratched; photo attached.');
    await pickFiles(portal, 'Attach files', photos[0]!);
    await expectUploaded(portal, 1);
    await portal.getByRole('button', { name: 'Send request' }).click();
    await expect(portal.getByTestId('notice')).toHaveText(/We have your request/);
    const number = (await portal.getByTestId('ticket-number').textContent()) ?? '';
    const conversation = portal.getByRole('list', { name: 'Conversation' });
    await expect(conversation.getByRole('link', { name: /parcel-front\.png/ })).toBeVisible();

    await portal.getByLabel('Your reply').fill('And the box.');
    await pickFiles(portal, 'Attach files', photos[1]!);
    await expectUploaded(portal, 1);
    await portal.getByRole('button', { name: 'Send reply' }).click();
    await expect(portal.getByTestId('notice')).toHaveText('Your reply was sent.');
    await expect(conversation.getByRole('link', { name: /parcel-side\.png/ })).toBeVisible();

    const desk = await pageAs('agent');
    await desk.goto(`/desk/tickets/${number}`);
    await expect(desk.getByRole('list', { name: 'Conversation' }).getByRole('link', { name: /parcel-side\.png/ })).toBeVisible();
    await desk.getByLabel('Message').fill('A new lens is on its way; the label is attached.');
    await pickFiles(desk, 'Attach files', { name: 'lens-label.pdf', mimeType: 'application/pdf', buffer: samplePdf('Lens label') });
    await expectUploaded(desk, 1);
    await desk.getByRole('button', { name: 'Send reply' }).click();
    await expect(desk.getByTestId('desk-notice')).toHaveText(/Reply added/);

    await portal.reload();
    const pdfLink = conversation.getByRole('link', { name: 'lens-label.pdf' });
    await expect(pdfLink).toBeVisible();
    const pdf = await portal.request.get((await pdfLink.getAttribute('href')) ?? '');
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a file too large or of a refused type is named with the reason, and the rest of the form is kept', async ({ page }) => {
    const subject = `Large photos ${randomInt(1_000_000)}`;
    await contactForm(page, subject);
    // Made in the page: 26 MB through the test driver would take longer than the test.
    await expect(page.getByTestId('drop-zone')).toBeVisible();
    await page.getByLabel('Attach files, such as photos', { exact: true }).evaluate((input: HTMLInputElement) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(26 * 1024 * 1024)], 'huge-scan.png', { type: 'image/png' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await pickFiles(page, 'Attach files, such as photos', [
      { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2048, 0)]) },
      photos[0]!,
    ]);
    const huge = page.getByTestId('picked-file').filter({ hasText: 'huge-scan.png' });
    await expect(huge.getByTestId('picked-file-error')).toHaveText(/Too large/);
    const refused = page.getByTestId('picked-file').filter({ hasText: 'setup.exe' });
    await expect(refused).toHaveAttribute('data-status', 'error');
    await expect(refused.getByTestId('picked-file-error')).not.toBeEmpty();
    await expect(page.getByTestId('picked-file').filter({ hasText: 'parcel-front.png' })).toHaveAttribute('data-status', 'done');
    await expect(page.getByLabel('Subject')).toHaveValue(subject);
    await expect(page.getByLabel('Message')).toHaveValue('The parcel arrived crushed; two photos attached.');

    await page.getByRole('button', { name: 'Remove huge-scan.png' }).click();
    await page.getByRole('button', { name: 'Remove setup.exe' }).click();
    await expect(page.getByTestId('picked-file')).toHaveCount(1);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('heading', { name: 'We have your request' })).toBeVisible();
  });

  test('the composer and a timeline with files fit a phone @phone', async ({ page, pageAs }) => {
    await contactForm(page, `Phone photos ${randomInt(1_000_000)}`);
    await pickFiles(page, 'Attach files, such as photos', photos);
    await expectUploaded(page, 2);
    await page.screenshot({ path: `/tmp/attachments-contact-${test.info().project.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Send request' }).click();
    const { number, path } = await sentLink(page);

    const desk = await pageAs('agent', { viewport: page.viewportSize() ?? undefined });
    await desk.goto(`/desk/tickets/${number}`);
    await expect(async () => {
      await desk.reload();
      await expect(desk.getByTestId('attachment-thumbnail')).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await pickFiles(desk, 'Attach files', { name: 'return-label.pdf', mimeType: 'application/pdf', buffer: samplePdf('Return label') });
    await expectUploaded(desk, 1);
    await desk.screenshot({ path: `/tmp/attachments-desk-${test.info().project.name}.png`, fullPage: true });
    const width = await desk.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual((desk.viewportSize()?.width ?? 0) + 1);

    await page.goto(path);
    await expect(page.getByTestId('attachment-thumbnail')).toHaveCount(2);
    await page.screenshot({ path: `/tmp/attachments-link-${test.info().project.name}.png`, fullPage: true });
  });
});

test.describe('attachments without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the contact form sends a file with the request, and the agent sees it', async ({ page, pageAs }) => {
    const subject = `No-script photo ${randomInt(1_000_000)}`;
    await contactForm(page, subject);
    await page.getByLabel('Attach files, such as photos').setInputFiles([photos[1]!, { name: 'receipt.pdf', mimeType: 'application/pdf', buffer: samplePdf('Receipt') }]);
    await page.getByRole('button', { name: 'Send request' }).click();
    const { number } = await sentLink(page);

    const desk = await pageAs('agent');
    await desk.goto(`/desk/tickets/${number}`);
    const opening = desk.getByRole('list', { name: 'Conversation' }).getByRole('listitem').first();
    await expect(opening.getByRole('link', { name: 'receipt.pdf' })).toBeVisible();
    await expect(opening.getByRole('link', { name: /parcel-side\.png/ })).toBeVisible();
  });

  test('a customer sends a photo from the portal, the agent sees its thumbnail and replies with a PDF the customer downloads', async ({ pageAs }) => {
    test.slow();
    const portal = await pageAs('customer', { javaScriptEnabled: false });
    await portal.goto('/portal/tickets/new');
    await portal.getByLabel('Subject').fill(`No-script lens ${randomInt(1_000_000)}`);
    await portal.getByLabel('Category').selectOption({ label: 'Technical' });
    await portal.getByLabel('Description').fill('The lens came scratched; photo attached.');
    await portal.getByLabel('Attach files').setInputFiles(photos[0]!);
    await portal.getByRole('button', { name: 'Send request' }).click();
    await expect(portal.getByTestId('notice')).toHaveText(/We have your request/);
    const number = (await portal.getByTestId('ticket-number').textContent()) ?? '';

    const desk = await pageAs('agent', { javaScriptEnabled: false });
    await desk.goto(`/desk/tickets/${number}`);
    // The thumbnail is made in the background; a page without script shows it once reloaded.
    await expect(async () => {
      await desk.reload();
      await expect(desk.getByTestId('attachment-thumbnail')).toHaveCount(1, { timeout: 1_000 });
    }).toPass();
    await desk.getByLabel('Message').fill('A new lens is on its way; the label is attached.');
    await desk.getByLabel('Attach files').setInputFiles({ name: 'lens-label.pdf', mimeType: 'application/pdf', buffer: samplePdf('Lens label') });
    await desk.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(desk.getByTestId('desk-notice')).toHaveText(/Reply added/);

    await portal.goto(`/portal/tickets/${number}`);
    const pdfLink = portal.getByRole('list', { name: 'Conversation' }).getByRole('link', { name: 'lens-label.pdf' });
    await expect(pdfLink).toBeVisible();
    const pdf = await portal.request.get((await pdfLink.getAttribute('href')) ?? '');
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a refused file comes back as a field error with the text kept', async ({ page }) => {
    const subject = `No-script refused ${randomInt(1_000_000)}`;
    await contactForm(page, subject);
    await page.getByLabel('Attach files, such as photos').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2048, 0)]) });
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expect(page.getByTestId('error-attachments')).toContainText('setup.exe');
    await expect(page.getByLabel('Subject')).toHaveValue(subject);
  });
});
