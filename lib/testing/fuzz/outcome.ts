import { isAppError } from '@/lib/errors';

/**
 * Whether an error thrown by a page, action or route is one Next answers below 500: an AppError
 * of a 4xx code, or Next's own redirect / notFound / forbidden signals.
 */
export function isExpectedThrow(error: unknown): boolean {
  if (isAppError(error)) return error.status < 500;
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'));
}

/** A short description of what went wrong, for the test's failure list. */
export function describeFailure(where: string, error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${where} → ${text.slice(0, 200)}${cause}`;
}
