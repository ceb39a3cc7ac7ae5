import 'server-only';
import { and, inArray, isNull, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { activeStaff, activeStaffMember, deskPath } from '@/lib/notify/people';
import { writeNotifications } from '@/lib/notify/notification';
import { recordTicketEvent } from '@/lib/tickets/events';
import { readBusinessHours } from './calendar';
import { SLA_BITS } from './ticket-clock';

const targets = [
  { bit: SLA_BITS.firstResponse, name: 'first_response', label: 'first response', due: tickets.firstResponseDueAt, met: tickets.firstResponseAt },
  { bit: SLA_BITS.nextResponse, name: 'next_response', label: 'next response', due: tickets.nextResponseDueAt, met: null },
  { bit: SLA_BITS.resolution, name: 'resolution', label: 'resolution', due: tickets.resolutionDueAt, met: tickets.resolvedAt },
] as const;

/**
 * One pass over running clocks: each target overdue and not yet recorded gets its bit set, an
 * event and notifications, once. The conditional update settles it between instances: of two
 * passes at once, the second finds the bit already set under the row lock and takes nothing.
 */
export async function recordSlaBreaches(now = new Date(), batchSize = 100): Promise<{ claimed: number }> {
  const db = await getDb();
  let claimed = 0;
  for (const target of targets) {
    claimed += await db.transaction(async (tx) => {
      const due = await tx
        .select({ id: tickets.id })
        .from(tickets)
        .where(and(isNull(tickets.archivedAt), isNull(tickets.slaPausedAt), lte(tickets.slaDueAt, now), lte(target.due, now), sql`(${tickets.slaBreached} & ${target.bit}) = 0`))
        .limit(batchSize);
      if (due.length === 0) return 0;
      const breached = await tx
        .update(tickets)
        .set({ slaBreached: sql`${tickets.slaBreached} | ${target.bit}` })
        .where(
          and(
            inArray(tickets.id, due.map((row) => row.id)),
            sql`(${tickets.slaBreached} & ${target.bit}) = 0`,
            isNull(tickets.slaPausedAt),
            lte(target.due, now),
            target.met ? isNull(target.met) : undefined,
          ),
        )
        .returning({ id: tickets.id, number: tickets.number, subject: tickets.subject, assigneeId: tickets.assigneeId });
      if (breached.length === 0) return 0;
      const { notifyAdmins } = await readBusinessHours(tx);
      const admins = notifyAdmins ? await activeStaff(tx, ['admin']) : [];
      for (const ticket of breached) {
        await recordTicketEvent(tx, anonymous, ticket, { kind: 'sla_breached', to: target.name, actorName: 'SLA clock' });
        const assignee = ticket.assigneeId ? await activeStaffMember(tx, ticket.assigneeId) : null;
        const recipients = [...(assignee ? [assignee.id] : []), ...admins.map((admin) => admin.id)];
        await writeNotifications(
          tx,
          recipients,
          { kind: 'sla_breached', title: `${ticket.number} missed its ${target.label} target: ${ticket.subject}`, href: deskPath(ticket.number), ticketId: ticket.id },
          now,
        );
      }
      return breached.length;
    });
  }
  return { claimed };
}
