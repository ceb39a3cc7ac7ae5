import 'server-only';
import type { NextRequest } from 'next/server';
import type { Actor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { fileLimits } from './limits';
import { type StagedFile, stageFile, tooLarge } from './stage';

/**
 * `POST /api/v1/files?name=…`: the raw body is the file. A Content-Length over the limit is refused
 * before a byte is read; without one, the stream is cut off at the limit.
 */
export async function uploadFromRequest(actor: Actor, request: NextRequest): Promise<StagedFile> {
  const name = request.nextUrl.searchParams.get('name');
  if (!name?.trim()) throw new AppError('validation', 'Give the file a name (?name=…).', { fields: { name: ['Give the file a name.'] } });
  const length = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(length) && length > fileLimits().maxBytes) throw tooLarge(fileLimits().maxBytes);
  if (!request.body) throw new AppError('bad_request', 'Send the file as the request body.');
  return stageFile(actor, { body: request.body, fileName: name, declaredType: request.headers.get('content-type') ?? undefined }, { ip: clientIp(request.headers) });
}
