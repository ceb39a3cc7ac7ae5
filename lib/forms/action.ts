import 'server-only';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { cleanFormData } from '@/lib/clean-text';
import { AppError, isAppError } from '@/lib/errors';
import { echoValues, type FormState, formDataObject } from './form-state';
import { logger } from '@/lib/log/logger';

export type ActionContext = {
  /** The acting user, read from the database for this request. */
  actor: Actor;
  /** The submitted text fields by name, without Next's own `$` fields. */
  input: Record<string, string>;
  formData: FormData;
};

/** A page to revalidate, or `{ layout }` for a layout and every page under it. */
export type Revalidation = string | { layout: string };

type FromResult<T, R> = R | ((result: T) => R);

export type AfterSuccess<T> = {
  revalidate?: FromResult<T, Revalidation | Revalidation[]>;
  /** Where to go once the work succeeded; without it the result goes back to the form. */
  redirect?: FromResult<T, string>;
};

/** The action as exported: any arguments bound with `.bind(null, …)` first, then what React passes. */
export type BoundFormAction<T, A extends unknown[]> = (...args: [...A, FormState<T>, FormData]) => Promise<FormState<T>>;

type ErrorState = Extract<FormState, { status: 'error' }>;

/**
 * One server action: read the acting user, do the work (a call into lib/), then revalidate and
 * redirect. Expected failures (AppError) come back to the form with their message and field
 * errors; anything else is logged once with a reference and shown as a generic message quoting
 * it. Text fields are read once, cleaned of what PostgreSQL cannot store (see cleanText), for
 * `input` and `formData` alike. Revalidation and the redirect happen outside the try, since Next's redirect throws; a
 * redirect thrown by the work itself (Auth.js's signIn) passes through the same way.
 *
 * @example
 * export const claimAction = formAction(
 *   async ({ actor, input }) => claimTicket(actor, { number: input.number }),
 *   { revalidate: ['/desk'], redirect: ({ number }) => `/desk/tickets/${number}?done=claimed` },
 * );
 */
export function formAction<T, A extends unknown[] = []>(
  work: (context: ActionContext, ...bound: A) => Promise<T>,
  after: AfterSuccess<T> & { redirect: FromResult<T, string> },
): BoundFormAction<void, A>;
export function formAction<T, A extends unknown[] = []>(
  work: (context: ActionContext, ...bound: A) => Promise<T>,
  after?: AfterSuccess<T>,
): BoundFormAction<T, A>;
export function formAction<T, A extends unknown[]>(
  work: (context: ActionContext, ...bound: A) => Promise<T>,
  after: AfterSuccess<T> = {},
) {
  return async (...args: unknown[]): Promise<FormState<T>> => {
    const submitted = args.at(-1);
    if (!(submitted instanceof FormData)) return failure(new AppError('bad_request', 'The form could not be read.'));
    const formData = cleanFormData(submitted);
    const bound = args.slice(0, -2) as A;
    let result: T;
    try {
      const actor = await getActor();
      result = await work({ actor, input: formDataObject(formData), formData }, ...bound);
    } catch (error) {
      unstable_rethrow(error);
      return failure(error, formData);
    }
    for (const path of [fromResult(after.revalidate, result) ?? []].flat()) {
      if (typeof path === 'string') revalidatePath(path);
      else revalidatePath(path.layout, 'layout');
    }
    if (after.redirect !== undefined) redirect(fromResult(after.redirect, result));
    return { status: 'done', data: result };
  };
}

function fromResult<T, R>(value: FromResult<T, R>, result: T): R;
function fromResult<T, R>(value: FromResult<T, R> | undefined, result: T): R | undefined;
function fromResult<T, R>(value: FromResult<T, R> | undefined, result: T): R | undefined {
  return typeof value === 'function' ? (value as (result: T) => R)(result) : value;
}

function failure(error: unknown, formData?: FormData): ErrorState {
  const values = formData ? echoValues(formData) : {};
  if (isAppError(error)) {
    return { status: 'error', message: error.message, fieldErrors: error.fields ?? {}, values };
  }
  const reference = randomUUID().slice(0, 8);
  logger().error({ err: error, reference }, 'unexpected error in a form action');
  return {
    status: 'error',
    // Not "nothing was saved": a bulk action may have changed some tickets before it failed.
    message: `Something went wrong on our side. Please try again (reference ${reference}).`,
    fieldErrors: {},
    values,
  };
}
