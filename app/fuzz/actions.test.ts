import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { idleFormState } from '@/lib/forms/form-state';
import { appFiles, importAppFile } from '@/lib/testing/fuzz/app-modules';
import { describeFailure, isExpectedThrow } from '@/lib/testing/fuzz/outcome';
import { malformedForm, malformedTexts } from '@/lib/testing/fuzz/values';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';

const session = vi.hoisted(() => ({ actor: undefined as unknown }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));
// Auth.js cannot load outside Next; a sign-in that gets this far has passed every check of ours.
vi.mock('@/lib/auth/auth', () => ({ signIn: vi.fn(async () => undefined), SignInRateLimited: class extends Error {} }));
vi.mock('next-auth', () => ({ AuthError: class extends Error {} }));
vi.mock('next/headers', () => ({
  headers: vi.fn(async () => new Headers({ 'x-forwarded-for': '203.0.113.9' })),
  cookies: vi.fn(async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined })),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const realTicketFields = () => ({ number: ticketNumber, email: `fuzz-${freshIp().slice(-6)}@example.test`, category: 'order-delivery', priority: 'high' });

type Action = (...args: unknown[]) => Promise<unknown>;

const actionFiles = appFiles('actions.ts');
let actors: Array<[string, Actor]>;
let ticketNumber: string;
let logged: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  const customer = await makeUser('customer');
  actors = [
    ['a visitor', anonymous],
    ['a customer', customer],
    ['an admin', await makeUser('admin')],
  ];
  ticketNumber = (await createTicket(customer, contactInput(), { ip: freshIp() })).number;
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => logged.mockRestore());

describe('every server action, sent malformed forms', () => {
  it('finds the actions', () => {
    expect(actionFiles.length).toBeGreaterThan(10);
  });

  it.each(actionFiles)('%s answers with form state or a redirect, never an unexpected error', async (file) => {
    const actions = Object.entries(await importAppFile(file)).filter((entry): entry is [string, Action] => typeof entry[1] === 'function');
    expect(actions.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const [exported, action] of actions) {
      for (const [who, actor] of actors) {
        session.actor = actor;
        for (const [label, value] of malformedTexts) {
          // Once with a real ticket and valid choices beside it, so that the checks past them run too.
          for (const fixed of [realTicketFields(), {}] as Array<Record<string, string>>) {
            const where = `${exported} as ${who} with ${label}${fixed.number ? ' on a real ticket' : ''}`;
            logged.mockClear();
            // Bound arguments (a link's token) come before the state and the form.
            const result = await action(value, idleFormState, malformedForm(value, fixed)).then(
              (state) => ({ state }),
              (error: unknown) => ({ error }),
            );
            if ('error' in result && !isExpectedThrow(result.error)) failures.push(describeFailure(where, result.error));
            if (logged.mock.calls.length > 0) failures.push(describeFailure(where, logged.mock.calls[0]?.slice(1).join(' ')));
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
