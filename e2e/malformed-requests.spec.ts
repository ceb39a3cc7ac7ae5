import { expect, test } from '@playwright/test';

// What Next parses before any of our code runs: these once answered 500 from Next itself.
test.describe('malformed requests', () => {
  for (const path of ['/t/%ff', '/help/%ff', '/desk/tickets/%ff', '/api/v1/tickets/%ff%fe']) {
    test(`answers 400 to the undecodable address ${path}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(400);
    });
  }

  for (const path of ['/help?q=a%00b', '/contact?x=%00', '/admin/tickets/export.csv?q=%00', '/api/v1/faq/suggestions?q=%00', '/portal/tickets?cursor=%00']) {
    test(`answers 400 to a NUL byte in ${path}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(400);
    });
  }

  test('answers the API’s JSON error to an undecodable API address', async ({ request }) => {
    const response = await request.get('/api/v1/tickets/%ff%fe');
    expect((await response.json()).error.code).toBe('bad_request');
  });

  test('answers 413 to a form post over the form limit (files allowed, plus 5 MB)', async ({ request }) => {
    const response = await request.post('/contact', {
      headers: { 'next-action': '0'.repeat(42) },
      multipart: { message: 'x'.repeat(30 * 1024 * 1024 + 10) },
    });
    expect(response.status()).toBe(413);
  });

  test('answers 400 to a multipart body that cannot be parsed', async ({ request }) => {
    const response = await request.post('/contact', {
      headers: { 'next-action': '0'.repeat(42), 'content-type': 'multipart/form-data; boundary=----deskline' },
      data: '------deskline\r\nContent-Disposition: form-data; name="message"\r\n\r\nno closing boundary',
    });
    expect(response.status()).toBe(400);
  });

  test('still serves well-formed addresses, with the sign-in redirect for staff pages', async ({ request }) => {
    expect((await request.get('/help?q=parcel')).status()).toBe(200);
    const desk = await request.get('/desk', { maxRedirects: 0 });
    expect(desk.status()).toBe(307);
    expect(desk.headers().location).toContain('/sign-in');
  });
});
