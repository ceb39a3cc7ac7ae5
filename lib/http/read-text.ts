import { AppError } from '@/lib/errors';

const MAX_BODY_BYTES = 256 * 1024;

/** The request's body exactly as sent, for a signature computed over its bytes; 413 when too large. */
export async function readText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'The request body is too large.');
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'The request body is too large.');
  return text;
}
