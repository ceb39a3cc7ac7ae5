import type { TicketStatus } from '@/db/schema';
import type { Random } from './seed-random';
import {
  holdNotes,
  holdReplies,
  internalNotes,
  negativeComments,
  neutralComments,
  pendingAsks,
  positiveComments,
  requesterFollowUps,
  requesterNudges,
  requesterThanks,
  staffClosings,
  staffFollowUps,
} from './seed-text';

/** One thing that happens to a ticket after it is created; `after` is minutes since the previous one. */
export type Step = { after: number } & (
  | { kind: 'assign' }
  | { kind: 'status'; to: TicketStatus }
  | { kind: 'message'; author: 'staff' | 'requester'; internal: boolean; body: string }
  | { kind: 'feedback'; rating: number; comment: string | null }
  | { kind: 'archive' }
);

const day = 24 * 60;

/** The status a ticket of this age has reached: recent ones are mostly open, old ones closed. */
export function pickStatus(random: Random, ageDays: number): TicketStatus {
  if (ageDays < 2) {
    return random.weighted([
      ['open', 45], ['in_progress', 25], ['pending_customer', 10], ['on_hold', 5], ['resolved', 12], ['closed', 3],
    ]);
  }
  if (ageDays < 10) {
    return random.weighted([
      ['open', 12], ['in_progress', 25], ['pending_customer', 15], ['on_hold', 10], ['resolved', 25], ['closed', 13],
    ]);
  }
  return random.weighted([
    ['open', 3], ['in_progress', 8], ['pending_customer', 6], ['on_hold', 6], ['resolved', 20], ['closed', 57],
  ]);
}

function rating(random: Random): { rating: number; comment: string | null } {
  const value = random.weighted([[5, 50], [4, 28], [3, 12], [2, 6], [1, 4]] as const);
  if (!random.chance(0.55)) return { rating: value, comment: null };
  const pool = value >= 4 ? positiveComments : value === 3 ? neutralComments : negativeComments;
  return { rating: value, comment: random.pick(pool) };
}

/**
 * The path a ticket took to its current status: who picked it up, the conversation, the status
 * changes, feedback and archiving, in order.
 */
export function planSteps(
  random: Random,
  status: TicketStatus,
  firstReply: string,
  options: { mayArchive: boolean },
): Step[] {
  const steps: Step[] = [];
  const staff = (body: string) =>
    steps.push({ kind: 'message', author: 'staff', internal: false, body, after: random.int(10, 300) });
  const requester = (body: string) =>
    steps.push({ kind: 'message', author: 'requester', internal: false, body, after: random.int(30, 2000) });
  const note = (body: string) =>
    steps.push({ kind: 'message', author: 'staff', internal: true, body, after: random.int(5, 240) });
  const moveTo = (to: TicketStatus, after = random.int(2, 30)) => steps.push({ kind: 'status', to, after });

  if (status === 'open') {
    if (random.chance(0.3)) requester(random.pick(requesterNudges));
    return steps;
  }

  steps.push({ kind: 'assign', after: random.int(15, 720) });
  moveTo('in_progress', 1);
  if (random.chance(0.33)) note(random.pick(internalNotes));

  if (status === 'in_progress') {
    const depth = random.int(0, 3);
    if (depth >= 1) staff(firstReply);
    if (depth >= 2) requester(random.pick(requesterFollowUps));
    if (depth >= 3) staff(random.pick(staffFollowUps));
    return steps;
  }

  staff(firstReply);
  if (status === 'pending_customer') {
    if (random.chance(0.4)) requester(random.pick(requesterFollowUps));
    staff(random.pick(pendingAsks));
    moveTo('pending_customer');
    return steps;
  }
  if (status === 'on_hold') {
    if (random.chance(0.5)) requester(random.pick(requesterFollowUps));
    note(random.pick(holdNotes));
    staff(random.pick(holdReplies));
    moveTo('on_hold');
    return steps;
  }

  if (random.chance(0.5)) {
    requester(random.pick(requesterFollowUps));
    staff(random.pick(staffFollowUps));
  }
  if (random.chance(0.5)) requester(random.pick(requesterThanks));
  else if (random.chance(0.6)) staff(random.pick(staffClosings));
  moveTo('resolved');
  if (random.chance(0.6)) steps.push({ kind: 'feedback', ...rating(random), after: random.int(30, day) });
  if (status === 'closed') {
    moveTo('closed', random.int(day, 5 * day));
    if (options.mayArchive && random.chance(0.12)) steps.push({ kind: 'archive', after: random.int(day, 10 * day) });
  }
  return steps;
}
