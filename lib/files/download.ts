import 'server-only';
import { Readable } from 'node:stream';
import { create as contentDisposition } from 'content-disposition';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { attachments, ticketMessages, tickets } from '@/db/schema';
import { type Actor, isActiveStaff } from '@/lib/access/actor';
import { AppError, notFound } from '@/lib/errors';
import { logger } from '@/lib/log/logger';
import { assertWithinLimit, consumeLimit } from '@/lib/rate-limit/limiter';
import { trackingFailuresPerIp } from '@/lib/rate-limit/rules';
import { hashTrackingToken, isWellFormedToken } from '@/lib/tickets/tracking/token';
import { stateOf } from './read';
import { fileStorage } from './storage';
import { inlineTypes } from './types';

export type DownloadRequest = {
  id: string;
  /** The private-link token, for visitors. */
  token?: string | null;
  thumbnail?: boolean;
  /** The browser's If-None-Match: a copy it already holds is confirmed with a 304, after the check. */
  ifNoneMatch?: string | null;
  /** The client's address: wrong tokens count against it like wrong tracking links. */
  ip?: string;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIGNED_URL_SECONDS = 300;
const gone = () => notFound('No such file.');

/** A download can never run as a page here: no scripts, no plugins, no same-origin. */
export const downloadSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'same-origin',
};

async function findFile(id: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: attachments.id,
      ticketId: attachments.ticketId,
      messageId: attachments.messageId,
      attachedAt: attachments.attachedAt,
      storageKey: attachments.storageKey,
      thumbnailKey: attachments.thumbnailKey,
      thumbnailState: attachments.thumbnailState,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      sha256: attachments.sha256,
      scanStatus: attachments.scanStatus,
      requesterId: tickets.requesterId,
      trackingTokenHash: tickets.trackingTokenHash,
      visibility: ticketMessages.visibility,
    })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .leftJoin(ticketMessages, eq(ticketMessages.id, attachments.messageId))
    .where(eq(attachments.id, id))
    .limit(1);
  return row;
}

type FoundFile = NonNullable<Awaited<ReturnType<typeof findFile>>>;

/**
 * Staff may read any attached file; the requester (the customer owning the ticket, or whoever
 * holds its private link) only those of public messages and of the opening. Anyone else is told
 * there is no such file: the answer never says whether it exists.
 */
async function mayRead(actor: Actor, file: FoundFile, request: DownloadRequest): Promise<boolean> {
  if (isActiveStaff(actor)) return true;
  const requesterMaySee = file.messageId === null || file.visibility === 'public';
  if (!requesterMaySee) return false;
  if (actor.kind === 'user' && actor.role === 'customer' && file.requesterId === actor.id) return true;
  if (!request.token) return false;
  if (isWellFormedToken(request.token) && file.trackingTokenHash === hashTrackingToken(request.token)) return true;
  if (request.ip) await consumeLimit(trackingFailuresPerIp(), request.ip);
  return false;
}

/**
 * The file as the browser should get it, after checking from the database that `actor` may read
 * it: streamed from disk, or a redirect to a signed URL of a few minutes on S3. Only files that
 * passed (or need no) scan are served; a 409 says one is still being checked.
 */
export async function downloadAttachment(actor: Actor, request: DownloadRequest): Promise<Response> {
  if (!uuidPattern.test(request.id)) throw gone();
  if (request.token && request.ip) await assertWithinLimit(trackingFailuresPerIp(), request.ip);
  const file = await findFile(request.id);
  if (!file || !file.attachedAt || !(await mayRead(actor, file, request))) throw gone();
  const state = stateOf(file.scanStatus);
  if (state === 'checking') throw new AppError('conflict', 'This file is still being checked for viruses. Try again in a minute.');
  if (state === 'blocked') throw new AppError('conflict', 'This file was removed by the virus scan.');
  if (state === 'unchecked') throw new AppError('conflict', 'This file could not be checked for viruses, so it is not shown.');

  let key = file.storageKey;
  let contentType = file.contentType;
  let fileName = file.fileName;
  let size: number | null = file.sizeBytes;
  let etag = `"${file.sha256.slice(0, 32)}"`;
  if (request.thumbnail) {
    if (file.thumbnailState !== 'ready' || !file.thumbnailKey) throw gone();
    key = file.thumbnailKey;
    contentType = 'image/webp';
    fileName = `${file.fileName.replace(/\.[^.]*$/, '')}-thumbnail.webp`;
    size = null;
    etag = `"t-${file.thumbnailKey.slice(0, 32)}"`;
  }
  const disposition = contentDisposition(fileName, { type: inlineTypes.has(contentType) ? 'inline' : 'attachment' });

  const storage = fileStorage();
  const signed = await storage.signedUrl(key, { contentType, disposition, expiresInSeconds: SIGNED_URL_SECONDS });
  if (signed) return new Response(null, { status: 302, headers: { Location: signed, 'Cache-Control': 'private, no-store', ...downloadSecurityHeaders } });

  // Revalidated on every use, so a permission taken away takes effect at once.
  const cache = { 'Cache-Control': 'private, no-cache', ETag: etag };
  if (request.ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers: { ...cache, ...downloadSecurityHeaders } });

  const body = await storage.get(key);
  if (!body) {
    logger().error({ attachment: file.id, thumbnail: Boolean(request.thumbnail) }, 'an attached file is missing from storage');
    throw gone();
  }
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Content-Disposition': disposition,
    ...cache,
    ...downloadSecurityHeaders,
  };
  if (size !== null) headers['Content-Length'] = String(size);
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: 200, headers });
}
