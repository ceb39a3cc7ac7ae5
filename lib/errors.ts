import type { z } from 'zod';

export type ErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_reply'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_reply: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
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
    // An answer about one request, never to be reused for another.
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (this.retryAfterSeconds) headers['Retry-After'] = String(this.retryAfterSeconds);
    return Response.json(this.toJSON(), { status: this.status, headers });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The summary shown above a form whose fields failed validation, on the server or in the browser. */
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
