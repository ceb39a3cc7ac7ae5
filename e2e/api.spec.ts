import { expect, test } from '@playwright/test';
import { uniqueEmail } from './helpers';

const valid = () => ({
  name: 'Api Caller',
  email: uniqueEmail('api'),
  subject: 'Webhook deliveries are delayed',
  message: 'Since this morning our webhooks arrive ten minutes late.',
  category: 'technical',
});

test.describe('the tickets API', () => {
  test('opens a ticket and answers 201 with its number and tracking token', async ({ request }) => {
    const response = await request.post('/api/v1/tickets', { data: valid() });
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(body.ticket.number).toMatch(/^HD-\d{8}-\d{4,}$/);
    expect(body.trackingToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('answers field errors as JSON with status 422', async ({ request }) => {
    const response = await request.post('/api/v1/tickets', { data: { ...valid(), email: 'nope', subject: '' } });
    expect(response.status()).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe('validation');
    expect(Object.keys(body.error.fields).sort()).toEqual(['email', 'subject']);
  });

  test('refuses a body that is not JSON with 415, malformed JSON with 400 and a large body with 413', async ({ request }) => {
    const plain = await request.post('/api/v1/tickets', { data: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(plain.status()).toBe(415);
    expect(await plain.json()).toMatchObject({ error: { code: 'unsupported_media_type', message: expect.stringMatching(/JSON/) } });

    // A Buffer is sent as it is; a string would be serialised as a JSON string.
    const malformed = await request.post('/api/v1/tickets', { data: Buffer.from('{"name":'), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe('bad_request');

    const large = await request.post('/api/v1/tickets', { data: { ...valid(), message: 'x'.repeat(70_000) } });
    expect(large.status()).toBe(413);
    expect((await large.json()).error.code).toBe('payload_too_large');
    expect(large.headers()['cache-control']).toBe('no-store');
  });

  test('does not confirm that a ticket number exists to someone who may not read it', async ({ request }) => {
    const created = await (await request.post('/api/v1/tickets', { data: valid() })).json();
    const response = await request.get(`/api/v1/tickets/${created.ticket.number}`);
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });
});
