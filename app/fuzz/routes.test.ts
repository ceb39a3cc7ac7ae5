import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { malformedRequestRefusal } from '@/lib/http/malformed-request';
import { appFiles, dynamicSegments, importAppFile } from '@/lib/testing/fuzz/app-modules';
import { describeFailure } from '@/lib/testing/fuzz/outcome';
import { malformedJsonBodies, malformedQuery, malformedTexts } from '@/lib/testing/fuzz/values';
import { makeUser } from '@/lib/testing/fixtures';

const session = vi.hoisted(() => ({ actor: undefined as unknown }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
// Auth.js's own handlers, which cannot load outside Next; its sign-in goes through our action.
const routeFiles = appFiles('route.ts').filter((file) => !file.startsWith('api/auth/'));
// Routes whose body is a file's bytes, never parsed: one body tells as much as every JSON shape.
const rawBodyRoutes = new Set(['api/v1/files/route.ts']);
let actors: Array<[string, Actor]>;
let logged: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  actors = [
    ['a visitor', anonymous],
    ['a customer', await makeUser('customer')],
    ['an admin', await makeUser('admin')],
  ];
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => logged.mockRestore());

/** The request as the app would see it: refused by the proxy, or answered by the handler. */
async function send(file: string, handler: Handler, value: string, init: { method: string; body?: string; contentType?: string }) {
  const segments = dynamicSegments(file);
  // As a browser sends it: a lone surrogate cannot be percent-encoded and goes as U+FFFD.
  const segment = value.toWellFormed();
  const path = file
    .replace(/\/?route\.ts$/, '')
    .replace(/\[(\.\.\.)?[^\]]+\]/g, () => encodeURIComponent(segment));
  const request = new NextRequest(`http://localhost/${path}?${malformedQuery(value)}`, {
    method: init.method,
    body: init.body,
    headers: init.contentType ? { 'content-type': init.contentType } : {},
  });
  const refused = await malformedRequestRefusal(request);
  if (refused) return refused;
  const params = Object.fromEntries(segments.map(({ name, catchAll }) => [name, catchAll ? [segment] : segment]));
  return handler(request, { params: Promise.resolve(params) });
}

describe('every route handler, sent malformed requests', () => {
  it('finds the routes', () => {
    expect(routeFiles.length).toBeGreaterThan(4);
  });

  it.each(routeFiles)('%s answers below 500 and never throws', async (file) => {
    const routeModule = await importAppFile(file);
    const handlers = methods.flatMap((method) => (typeof routeModule[method] === 'function' ? [[method, routeModule[method] as Handler] as const] : []));
    expect(handlers.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const [method, handler] of handlers) {
      const bodies: Array<[string, string | undefined, string | undefined]> =
        method === 'GET'
          ? [['no body', undefined, undefined]]
          : rawBodyRoutes.has(file)
            ? [['some bytes', 'hello', 'application/octet-stream']]
            : [...malformedJsonBodies.map(([label, body]): [string, string, string] => [label, body, 'application/json']), ['a form body', 'a=%ff', 'application/x-www-form-urlencoded']];
      for (const [who, actor] of actors) {
        session.actor = actor;
        for (const [label, value] of malformedTexts) {
          for (const [bodyLabel, body, contentType] of bodies) {
            const where = `${method} as ${who} with ${label} in the address, ${bodyLabel}`;
            logged.mockClear();
            try {
              const response = await send(file, handler, value, { method, body, contentType });
              // A live stream does not end by itself: it is enough that it opened; close it as a browser would.
              if (response.headers.get('content-type')?.startsWith('text/event-stream')) await response.body?.cancel();
              else await response.text();
              if (response.status >= 500) failures.push(`${where} → ${response.status}`);
            } catch (error) {
              failures.push(describeFailure(where, error));
            }
            if (logged.mock.calls.length > 0) failures.push(describeFailure(where, logged.mock.calls[0]?.join(' ')));
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Hundreds of requests per route: on a loaded machine they outlast the default minute.
  }, 300_000);
});
