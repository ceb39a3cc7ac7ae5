import type { z } from 'zod';

export type ErrorCode =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'internal';

const statusByCode: Record<ErrorCode, number> = {
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export type FieldErrors = Record<string, string[]>;

/** An expected failure: its code decides the HTTP status and what the client may be told. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return statusByCode[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, fields: this.fields ?? {} } };
  }

  toResponse(): Response {
    const headers: Record<string, string> = {};
    if (this.retryAfterSeconds) headers['Retry-After'] = String(this.retryAfterSeconds);
    return Response.json(this.toJSON(), { status: this.status, headers });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The summary shown above a form whose fields failed validation. */
export const FIELDS_INVALID_MESSAGE = 'Please correct the highlighted fields.';

export function validationError(error: z.ZodError, message = FIELDS_INVALID_MESSAGE): AppError {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (fields[key] ??= []).push(issue.message);
  }
  return new AppError('validation', message, { fields });
}

/** Parses with a shared schema and turns a failure into a field-level AppError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const forbidden = (what = 'You are not allowed to do that.') => new AppError('forbidden', what);
