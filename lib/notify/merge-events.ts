import type { Transaction } from '@/db/client';
import type { UserActor } from '@/lib/access/actor';
import { ticketFollowersExcept } from './followers';
import { writeNotifications } from './notification';
import { activeStaffMember, deskPath } from './people';

type Side = { id: string; number: string; subject: string; assigneeId: string | null };

/**
 * A ticket was merged into another: whoever held either one, and the survivor's followers (the
 * source's have joined them), learn where the conversation went. Never the one who merged.
 */
export async function notifyTicketMerged(tx: Transaction, actor: UserActor, { source, target }: { source: Side; target: Side }, now: Date): Promise<void> {
  const followers = await ticketFollowersExcept(tx, target.id, [actor.id]);
  const holders = [];
  for (const id of new Set([source.assigneeId, target.assigneeId])) {
    const person = id && id !== actor.id ? await activeStaffMember(tx, id) : null;
    if (person) holders.push(person.id);
  }
  const recipients = [...holders, ...followers.map((person) => person.id)];
  await writeNotifications(
    tx,
    recipients,
    {
      kind: 'ticket_merged',
      title: `${actor.name} merged ${source.number} into ${target.number}: ${target.subject}`,
      href: deskPath(target.number),
      ticketId: target.id,
      actorName: actor.name,
    },
    now,
  );
}
