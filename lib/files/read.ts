import { and, asc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type Attachment, attachments } from '@/db/schema';
import { isRasterImage } from './types';

export type AttachmentView = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  isImage: boolean;
  /** `checking`: waiting for the virus scan; `blocked`: removed by it (or it could not be checked). */
  state: 'ready' | 'checking' | 'blocked' | 'unchecked';
  hasThumbnail: boolean;
};

/** The key of the ticket's opening description in `attachmentsOf`'s answer. */
export const OPENING = 'opening';

export const attachmentViewColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  contentType: attachments.contentType,
  sizeBytes: attachments.sizeBytes,
  scanStatus: attachments.scanStatus,
  thumbnailState: attachments.thumbnailState,
  thumbnailKey: attachments.thumbnailKey,
};

type ViewRow = Pick<Attachment, 'id' | 'fileName' | 'contentType' | 'sizeBytes' | 'scanStatus' | 'thumbnailState' | 'thumbnailKey'>;

export function stateOf(scanStatus: Attachment['scanStatus']): AttachmentView['state'] {
  if (scanStatus === 'clean' || scanStatus === 'unscanned') return 'ready';
  if (scanStatus === 'pending') return 'checking';
  // The scanner never answered (retried for about a day): hidden, but not called a virus.
  if (scanStatus === 'failed') return 'unchecked';
  return 'blocked';
}

export function toAttachmentView(row: ViewRow): AttachmentView {
  const state = stateOf(row.scanStatus);
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    isImage: isRasterImage(row.contentType),
    state,
    hasThumbnail: state === 'ready' && row.thumbnailState === 'ready' && row.thumbnailKey !== null,
  };
}

/** Files of these messages (key = messageId) and of the ticket's opening (key = 'opening'). Only attached rows. */
export async function attachmentsOf(db: Executor, ticketId: string, messageIds: string[]): Promise<Map<string, AttachmentView[]>> {
  const ofMessages = messageIds.length > 0 ? inArray(attachments.messageId, messageIds) : undefined;
  const rows = await db
    .select({ ...attachmentViewColumns, messageId: attachments.messageId })
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), isNotNull(attachments.attachedAt), ofMessages ? or(isNull(attachments.messageId), ofMessages) : isNull(attachments.messageId)))
    .orderBy(asc(attachments.attachedAt), asc(attachments.createdAt), asc(attachments.id));
  const byKey = new Map<string, AttachmentView[]>();
  for (const row of rows) {
    const key = row.messageId ?? OPENING;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(toAttachmentView(row));
  }
  return byKey;
}

/** Where the browser fetches it; `token` = the private-link token for visitors. */
export function attachmentHref(a: Pick<AttachmentView, 'id' | 'fileName'>, opts: { thumbnail?: boolean; token?: string } = {}): string {
  // The name in the path is for people and for "save as"; the download route reads the real one.
  const last = opts.thumbnail ? 'thumbnail' : a.fileName === 'thumbnail' ? 'download' : encodeURIComponent(a.fileName);
  const query = opts.token ? `?t=${encodeURIComponent(opts.token)}` : '';
  return `/files/${a.id}/${last}${query}`;
}
