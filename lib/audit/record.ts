import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';

type AuditKind = (typeof auditEvents.$inferInsert)['kind'];

export function actorLabel(actor: Actor): { actorId: string | null; actorName: string } {
  return actor.kind === 'user' ? { actorId: actor.id, actorName: actor.name } : { actorId: null, actorName: 'Visitor' };
}

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function recordAudit(
  tx: Executor,
  actor: Actor,
  event: {
    kind: AuditKind;
    subjectType: string;
    subjectId?: string | null;
    subjectLabel?: string | null;
    from?: string | null;
    to?: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditEvents).values({
    ...actorLabel(actor),
    kind: event.kind,
    subjectType: event.subjectType,
    subjectId: event.subjectId ?? null,
    subjectLabel: event.subjectLabel ?? null,
    fromValue: event.from ?? null,
    toValue: event.to ?? null,
    detail: event.detail,
  });
}
