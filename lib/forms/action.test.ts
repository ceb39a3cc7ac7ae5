import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/log/logger';
import { formAction } from './action';
import { idleFormState } from './form-state';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const agent: Actor = { kind: 'user', id: 'a1', email: 'a@example.test', name: 'A', phone: null, role: 'agent', staffStatus: 'approved' };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Where a redirect thrown by Next's redirect() points, or undefined for any other outcome. */
async function redirectedTo(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(() => null, (e: unknown) => e);
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT') ? digest.split(';')[2] : undefined;
}

describe('the server action wrapper', () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    session.actor = agent;
    vi.mocked(revalidatePath).mockClear();
    logged = vi.spyOn(logger(), 'error').mockImplementation(() => {});
  });
  afterEach(() => logged.mockRestore());

  it('gives the work the actor, the text fields and bound arguments, then revalidates and redirects', async () => {
    const work = vi.fn(async ({ actor, input }: { actor: Actor; input: Record<string, string> }, token: string) => ({
      who: actor.kind === 'user' ? actor.id : '',
      body: input.body,
      token,
      keys: Object.keys(input),
    }));
    const action = formAction(work, {
      revalidate: ({ token }) => [`/t/${token}`, { layout: '/' }],
      redirect: ({ token, who }) => `/t/${token}?by=${who}`,
    });
    const data = form({ body: 'Hello', $ACTION_ID_1: 'x' });
    expect(await redirectedTo(action('tok', idleFormState, data))).toBe('/t/tok?by=a1');
    await expect(work.mock.results[0]?.value).resolves.toEqual({ who: 'a1', body: 'Hello', token: 'tok', keys: ['body'] });
    expect(vi.mocked(revalidatePath).mock.calls).toEqual([['/t/tok'], ['/', 'layout']]);
  });

  it('hands the result back to the form when there is nowhere to redirect', async () => {
    const action = formAction(async ({ input }) => ({ number: input.number }), { revalidate: '/desk' });
    expect(await action(idleFormState, form({ number: 'HD-1' }))).toEqual({ status: 'done', data: { number: 'HD-1' } });
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith('/desk');
  });

  it('turns an AppError into form state with its fields and the submitted values, secrets left out', async () => {
    const action = formAction(
      async () => {
        throw new AppError('validation', 'Please fix it.', { fields: { email: ['Enter an email address.'] } });
      },
      { revalidate: '/', redirect: '/done' },
    );
    const state = await action(idleFormState, form({ email: 'nope', password: 'secret', website: '' }));
    expect(state).toEqual({ status: 'error', message: 'Please fix it.', fieldErrors: { email: ['Enter an email address.'] }, values: { email: 'nope' } });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(logged).not.toHaveBeenCalled();
  });

  it('logs an unexpected error once and shows a generic message quoting its reference', async () => {
    const action = formAction(async () => {
      throw new Error('connection reset');
    });
    const state = await action(idleFormState, form({ subject: 'Hi' }));
    expect(state.status).toBe('error');
    const message = state.status === 'error' ? state.message : '';
    const reference = /reference (\w+)/.exec(message)?.[1];
    expect(reference).toBeTruthy();
    expect(message).not.toContain('connection reset');
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toMatchObject({ reference, err: { message: 'connection reset' } });
    expect(state.status === 'error' && state.values).toEqual({ subject: 'Hi' });
  });

  it('lets a redirect thrown by the work pass through, as signing in does', async () => {
    const action = formAction(async () => {
      redirect('/continue');
    });
    expect(await redirectedTo(action(idleFormState, form({})))).toBe('/continue');
    expect(logged).not.toHaveBeenCalled();
  });

  it('passes anonymous visitors to the work for the domain to judge', async () => {
    session.actor = anonymous;
    const action = formAction(async ({ actor }) => actor.kind);
    expect(await action(idleFormState, form({}))).toEqual({ status: 'done', data: 'anonymous' });
  });

  it('refuses a call without form data', async () => {
    const action = formAction(async () => 'ran');
    const state = await (action as unknown as (...args: unknown[]) => Promise<unknown>)(idleFormState, 'not a form');
    expect(state).toMatchObject({ status: 'error', message: 'The form could not be read.' });
  });
});
