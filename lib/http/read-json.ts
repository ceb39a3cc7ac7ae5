import { cleanJsonValue } from '@/lib/clean-text';
import { AppError } from '@/lib/errors';

const MAX_BODY_BYTES = 64 * 1024;

/** The request's JSON body with its strings cleaned (see cleanText), or a clear 415 (not JSON), 413 (too large) or 400 (malformed). */
export async function readJson(request: Request): Promise<unknown> {
  if (!request.headers.get('content-type')?.toLowerCase().includes('application/json')) {
    throw new AppError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'The request body is too large.');
  try {
    return JSON.parse(text, cleanJsonValue) as unknown;
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
