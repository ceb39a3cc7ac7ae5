import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { malformedRequestRefusal } from '@/lib/http/malformed-request';
import { appFiles, dynamicSegments, importAppFile } from '@/lib/testing/fuzz/app-modules';
import { describeFailure, isExpectedThrow } from '@/lib/testing/fuzz/outcome';
import { malformedQuery, malformedTexts } from '@/lib/testing/fuzz/values';
import { makeUser } from '@/lib/testing/fixtures';

const session = vi.hoisted(() => ({ actor: undefined as unknown }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));
// Auth.js cannot load outside Next.
vi.mock('@/lib/auth/auth', () => ({ signIn: vi.fn(), SignInRateLimited: class extends Error {} }));
vi.mock('next-auth', () => ({ AuthError: class extends Error {} }));
vi.mock('next/headers', () => ({
  headers: vi.fn(async () => new Headers({ 'x-forwarded-for': '203.0.113.10' })),
  cookies: vi.fn(async () => ({ get: () => undefined, getAll: () => [], has: () => false })),
}));

type PageProps = { params: Promise<Record<string, string | string[]>>; searchParams: Promise<Record<string, string | string[]>> };
type Render = (props: PageProps) => Promise<unknown>;

const pageFiles = appFiles('page.tsx');
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

/** searchParams as Next hands them to a page: one value as a string, repeated ones as an array. */
function searchParamsOf(url: URL): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return params;
}

describe('every page, opened with malformed addresses', () => {
  it('finds the pages', () => {
    expect(pageFiles.length).toBeGreaterThan(20);
  });

  it.each(pageFiles)('%s renders, redirects or answers not found, and never fails', async (file) => {
    const page = await importAppFile(file);
    const renders = ['default', 'generateMetadata'].flatMap((name) => (typeof page[name] === 'function' ? [[name, page[name] as Render] as const] : []));
    const segments = dynamicSegments(file);
    const failures: string[] = [];
    for (const [who, actor] of actors) {
      session.actor = actor;
      for (const [label, value] of malformedTexts) {
        // As a browser sends it: a lone surrogate cannot be percent-encoded and goes as U+FFFD.
        const segment = value.toWellFormed();
        const path = file.replace(/\/?page\.tsx$/, '').replace(/\([^)]+\)\/?/g, '').replace(/\[(\.\.\.)?[^\]]+\]/g, () => encodeURIComponent(segment));
        const url = new URL(`http://localhost/${path}?${malformedQuery(value)}`);
        const refused = await malformedRequestRefusal(new Request(url));
        if (refused) {
          if (refused.status >= 500) failures.push(`${who} with ${label} → ${refused.status}`);
          continue;
        }
        const params = Object.fromEntries(segments.map(({ name, catchAll }) => [name, catchAll ? [segment] : segment]));
        for (const [name, render] of renders) {
          const where = `${name} as ${who} with ${label}`;
          logged.mockClear();
          await Promise.resolve()
            .then(() => render({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParamsOf(url)) }))
            .catch((error: unknown) => {
            if (!isExpectedThrow(error)) failures.push(describeFailure(where, error));
          });
          if (logged.mock.calls.length > 0) failures.push(describeFailure(where, logged.mock.calls[0]?.join(' ')));
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
