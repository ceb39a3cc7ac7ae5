import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '@/lib/errors';

/**
 * The JSON answer of a route handler that failed: an expected error as its code says, anything
 * else logged with a reference and shown as a generic internal error quoting it.
 */
export function errorResponse(error: unknown, where: string): Response {
  if (isAppError(error)) return error.toResponse();
  const reference = randomUUID().slice(0, 8);
  console.error(`[${where}] unexpected error, reference ${reference}`, error);
  return new AppError('internal', `Something went wrong on our side (reference ${reference}).`).toResponse();
}
