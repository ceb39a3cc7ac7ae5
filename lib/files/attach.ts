import { timingSafeEqual } from 'node:crypto';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '@/db/client';
import { attachments } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { env } from '@/lib/env';
import { notifyFilesQueued } from './channel';
import { describeBytes, fileLimits } from './limits';
import { type AttachmentView, attachmentViewColumns, toAttachmentView } from './read';
import { hashClaimSecret } from './stage';
import { isRasterImage } from './types';

const refPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** The refs a form or API call sends for its files: at most the per-message count, each ≤ 200 characters. */
export const attachmentRefsSchema: z.ZodType<string[]> = z
  .array(z.string().max(200, { error: 'That file reference is not valid.' }))
  .refine((refs) => refs.length <= fileLimits().perMessage, { error: () => `At most ${fileLimits().perMessage} files can be sent with one message.` })
  .default([]) as unknown as z.ZodType<string[]>;

function refused(message: string): AppError {
  return new AppError('validation', message, { fields: { attachments: [message] } });
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Inside the message's transaction: claims staged files (ref secret matches; uploadedBy null or =
 * actor's user id; not already attached; count and total size within limits → else
 * AppError('validation', …, { fields: { attachments: [...] } })). Sets ticketId, messageId (null
 * for the opening), attachedAt, claimHash null, and the processing state; wakes the processing
 * worker once the transaction commits.
 */
export async function attachFiles(tx: Transaction, actor: Actor, refs: string[], target: { ticketId: string; messageId: string | null }): Promise<AttachmentView[]> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return [];
  const { perMessage, maxBytes } = fileLimits();
  if (unique.length > perMessage) throw refused(`At most ${perMessage} files can be sent with one message.`);
  const wanted = unique.map((ref) => {
    const match = refPattern.exec(ref);
    if (!match) throw refused('A file could not be found. Please upload it again.');
    return { id: match[1] as string, secret: match[2] as string };
  });

  // Locked, so two messages sent at once cannot both take the same file.
  const rows = await tx
    .select({ id: attachments.id, claimHash: attachments.claimHash, uploadedBy: attachments.uploadedBy, sizeBytes: attachments.sizeBytes, contentType: attachments.contentType })
    .from(attachments)
    .where(and(inArray(attachments.id, wanted.map((w) => w.id)), isNotNull(attachments.claimHash), isNull(attachments.attachedAt)))
    .for('update');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const uploader = actor.kind === 'user' ? actor.id : null;
  let total = 0;
  for (const { id, secret } of wanted) {
    const row = byId.get(id);
    const mine = row && (row.uploadedBy === null || row.uploadedBy === uploader);
    if (!row || !mine || !row.claimHash || !sameHash(row.claimHash, hashClaimSecret(secret))) {
      throw refused('A file could not be found or was already sent. Please upload it again.');
    }
    total += row.sizeBytes;
  }
  if (total > maxBytes) throw refused(`The files of one message may be at most ${describeBytes(maxBytes)} together.`);

  const scanning = Boolean(env.CLAMAV_HOST);
  const now = new Date();
  const views: AttachmentView[] = [];
  let queued = false;
  for (const { id } of wanted) {
    const row = byId.get(id);
    if (!row) continue;
    const thumbnail = isRasterImage(row.contentType);
    const [updated] = await tx
      .update(attachments)
      .set({
        ticketId: target.ticketId,
        messageId: target.messageId,
        attachedAt: now,
        claimHash: null,
        scanStatus: scanning ? 'pending' : 'unscanned',
        thumbnailState: thumbnail ? 'pending' : 'none',
        processAfter: scanning || thumbnail ? now : null,
      })
      .where(and(eq(attachments.id, id), isNull(attachments.attachedAt)))
      .returning(attachmentViewColumns);
    if (!updated) throw refused('A file could not be found or was already sent. Please upload it again.');
    queued ||= scanning || thumbnail;
    views.push(toAttachmentView(updated));
  }
  if (queued) await notifyFilesQueued(tx);
  return views;
}
