import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/log/logger';
import { route } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));

const customer: Actor = { kind: 'user', id: 'u1', email: 'c@example.test', name: 'C', phone: null, role: 'customer', staffStatus: null };
const noParams = { params: Promise.resolve({}) };

function get(path = '/api/thing') {
  return new NextRequest(`http://localhost${path}`);
}

describe('the route wrapper', () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    session.actor = anonymous;
    logged = vi.spyOn(logger(), 'error').mockImplementation(() => {});
  });
  afterEach(() => logged.mockRestore());

  it('answers the handler result as JSON with the chosen status and no-store', async () => {
    session.actor = customer;
    const handler = route({ name: 't', auth: 'optional', status: 201 }, async ({ actor }) => ({ who: actor.kind }));
    const response = await handler(get(), noParams);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ who: 'user' });
  });

  it('passes the route parameters and the JSON body to the handler', async () => {
    const handler = route<{ number: string }>({ name: 't', auth: 'optional', body: 'json' }, async ({ params, body }) => ({ params, body }));
    const request = new NextRequest('http://localhost/api', { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    const response = await handler(request, { params: Promise.resolve({ number: 'HD-1' }) });
    expect(await response.json()).toEqual({ params: { number: 'HD-1' }, body: { a: 1 } });
  });

  it('refuses a body that is not JSON before the handler runs', async () => {
    const work = vi.fn(async () => ({}));
    const handler = route({ name: 't', auth: 'optional', body: 'json' }, work);
    const request = new NextRequest('http://localhost/api', { method: 'POST', body: 'a=1', headers: { 'content-type': 'text/plain' } });
    const response = await handler(request, noParams);
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported_media_type');
    expect(work).not.toHaveBeenCalled();
  });

  it('refuses a caller without the permission before it reads the body, and reads it for one who has it', async () => {
    const work = vi.fn(async () => ({ ok: true }));
    const handler = route({ name: 't', auth: 'required', permission: 'agent:moderate', body: 'json' }, work);
    const post = (body: string, contentType: string) => new NextRequest('http://localhost/api', { method: 'POST', body, headers: { 'content-type': contentType } });
    session.actor = customer;
    const bodies: Array<[string, string]> = [['{"a":', 'application/json'], ['a=1', 'text/plain'], ['x'.repeat(300 * 1024), 'application/json']];
    for (const [body, contentType] of bodies) {
      const refused = await handler(post(body, contentType), noParams);
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.code).toBe('forbidden');
    }
    session.actor = anonymous;
    expect((await handler(post('{"a":', 'application/json'), noParams)).status).toBe(401);
    session.actor = { ...customer, role: 'admin', staffStatus: 'approved' };
    expect((await handler(post('{"a":', 'application/json'), noParams)).status).toBe(400);
    expect(work).not.toHaveBeenCalled();
    expect((await handler(post('{"a":1}', 'application/json'), noParams)).status).toBe(200);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('passes the raw body unchanged to a handler that asks for text, and refuses one too large', async () => {
    const handler = route({ name: 't', auth: 'none', body: 'text' }, async ({ body }) => ({ body }));
    const raw = '{"b": 2,  "a":1}';
    const request = new NextRequest('http://localhost/api', { method: 'POST', body: raw, headers: { 'content-type': 'application/json' } });
    expect(await (await handler(request, noParams)).json()).toEqual({ body: raw });
    const large = new NextRequest('http://localhost/api', { method: 'POST', body: 'x'.repeat(300 * 1024) });
    expect((await handler(large, noParams)).status).toBe(413);
  });

  it('answers 401 to an anonymous caller of a route that requires one, and lets a signed-in one through', async () => {
    const handler = route({ name: 't', auth: 'required' }, async () => ({ ok: true }));
    const refused = await handler(get(), noParams);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="Deskline API"');
    expect(await refused.json()).toEqual({ error: { code: 'unauthorized', message: 'Please sign in to continue.', fields: {} } });
    session.actor = customer;
    expect((await handler(get(), noParams)).status).toBe(200);
  });

  it('reads no session when auth is none', async () => {
    session.actor = customer;
    const handler = route({ name: 't', auth: 'none' }, async ({ actor }) => ({ who: actor.kind }));
    expect(await (await handler(get(), noParams)).json()).toEqual({ who: 'anonymous' });
  });

  it('answers an AppError with its status, fields and Retry-After, rewritten by mapError', async () => {
    const handler = route(
      { name: 't', auth: 'optional', mapError: (e) => new AppError(e.code, e.message, { fields: { q: e.fields?.text ?? [] }, retryAfterSeconds: 30 }) },
      async () => {
        throw new AppError('validation', 'Too long.', { fields: { text: ['At most 200 characters.'] } });
      },
    );
    const response = await handler(get(), noParams);
    expect(response.status).toBe(422);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({ error: { code: 'validation', message: 'Too long.', fields: { q: ['At most 200 characters.'] } } });
  });

  it('logs an unexpected error once and answers 500 quoting its reference', async () => {
    const handler = route({ name: 'boom', auth: 'optional' }, async () => {
      throw new Error('database on fire');
    });
    const response = await handler(get(), noParams);
    expect(response.status).toBe(500);
    const { error } = await response.json();
    expect(error.code).toBe('internal');
    const reference = /reference (\w+)/.exec(error.message)?.[1];
    expect(reference).toBeTruthy();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toMatchObject({ route: 'boom', reference, err: { message: 'database on fire' } });
    expect(error.message).not.toContain('database on fire');
  });

  it('keeps the headers of a Response the handler builds itself', async () => {
    const handler = route({ name: 't', auth: 'optional' }, async () => new Response('a,b\n', { headers: { 'Content-Type': 'text/csv', 'Cache-Control': 'private' } }));
    const response = await handler(get(), noParams);
    expect(response.headers.get('content-type')).toBe('text/csv');
    expect(response.headers.get('cache-control')).toBe('private');
    expect(await response.text()).toBe('a,b\n');
  });
});
