import type { Executor } from '@/db/client';
import { notifyChannel } from '@/lib/mail/wake';

/** Notified when attached files wait for a scan or a thumbnail; the processing worker listens. */
export const FILES_CHANNEL = 'deskline_files';

/** Sent inside the attaching transaction: PostgreSQL delivers it only once that commits. */
export async function notifyFilesQueued(tx: Executor): Promise<void> {
  await notifyChannel(tx, FILES_CHANNEL);
}
