import { inArray } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { mailMessages, type StaffStatus, type UserRole } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { notifyAgentApplication, notifyApplicationDecided } from '@/lib/notify/application-events';
import { notifyRequesterReply, notifyTicketAssigned } from '@/lib/notify/desk-events';
import { notifyStaffReply, notifyTicketResolved } from '@/lib/notify/requester-events';
import { queueTicketConfirmation } from '@/lib/tickets/confirmation-mail';
import { issueTrackingToken } from '@/lib/tickets/tracking/token';
import type { DemoTicketRows } from './seed-tickets';

// The newest tickets replay their story through the same notifications the app sends, so the
// mail log and the bells start with what Deskline would have sent; older ones would only repeat it.
const REPLAYED_TICKETS = 15;

export type SeedUser = { id: string; email: string; name: string; phone: string | null; role: UserRole; staffStatus: StaffStatus | null; createdAt: Date };

type Step = { at: Date; run: () => Promise<void> };

function actorOf(user: SeedUser): UserActor {
  return { kind: 'user', id: user.id, email: user.email, name: user.name, phone: user.phone, role: user.role, staffStatus: user.staffStatus };
}

/**
 * Queues the demo's mail and writes its notifications: confirmations, replies both ways,
 * assignments and resolutions of the newest tickets, the pending agent's application and the
 * approvals. Every demo mail stays held, even with a mail key set: its addresses are made up.
 */
export async function seedDemoMail(
  tx: Transaction,
  input: { rows: DemoTicketRows; users: SeedUser[]; approvals: Array<{ user: SeedUser; at: Date }>; admin: SeedUser },
): Promise<void> {
  const byId = new Map(input.users.map((user) => [user.id, user]));
  const newest = [...input.rows.tickets].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0)).slice(0, REPLAYED_TICKETS);
  const ids = new Set(newest.map((ticket) => ticket.id));
  const steps: Step[] = [];

  for (const ticket of newest) {
    const id = ticket.id as string;
    const created = ticket.createdAt ?? new Date();
    steps.push({
      at: created,
      run: async () => {
        const trackingToken = ticket.requesterId ? '' : await issueTrackingToken(tx, id, created);
        await queueTicketConfirmation(tx, { id, number: ticket.number, trackingToken }, { ...ticket, requesterId: ticket.requesterId ?? null }, created);
      },
    });
  }
  for (const message of input.rows.messages.filter((row) => ids.has(row.ticketId))) {
    const at = message.createdAt ?? new Date();
    const author = message.authorId ? byId.get(message.authorId) : undefined;
    if (message.authorKind === 'staff' && author) {
      const visibility = message.visibility ?? 'public';
      steps.push({ at, run: () => notifyStaffReply(tx, actorOf(author), message.ticketId, { visibility, body: message.body, createdAt: at }) });
    } else if (message.authorKind === 'requester') {
      const actor = author ? actorOf(author) : { kind: 'anonymous' as const };
      steps.push({ at, run: () => notifyRequesterReply(tx, actor, message.ticketId, { authorName: message.authorName, body: message.body, createdAt: at }) });
    }
  }
  for (const event of input.rows.events) {
    const { ticketId } = event;
    const actor = event.actorId ? byId.get(event.actorId) : undefined;
    if (!ticketId || !ids.has(ticketId) || !actor) continue;
    const at = event.createdAt ?? new Date();
    const assigneeId = newest.find((row) => row.id === ticketId)?.assigneeId;
    if (event.kind === 'assigned' && assigneeId) {
      steps.push({ at, run: () => notifyTicketAssigned(tx, actorOf(actor), ticketId, assigneeId, { now: at }) });
    } else if (event.kind === 'status_changed' && event.toValue === 'resolved') {
      steps.push({ at, run: () => notifyTicketResolved(tx, actorOf(actor), ticketId, at) });
    }
  }
  for (const user of input.users.filter((person) => person.role === 'agent' && person.staffStatus === 'pending')) {
    steps.push({ at: user.createdAt, run: () => notifyAgentApplication(tx, user, user.createdAt) });
  }
  for (const { user, at } of input.approvals) {
    steps.push({ at: user.createdAt, run: () => notifyAgentApplication(tx, user, user.createdAt) });
    steps.push({ at, run: () => notifyApplicationDecided(tx, { applicant: user, approved: true, adminName: input.admin.name }, at) });
  }

  for (const step of steps.sort((a, b) => a.at.getTime() - b.at.getTime())) await step.run();
  await tx.update(mailMessages).set({ status: 'held' }).where(inArray(mailMessages.status, ['queued']));
}
