import { z } from 'zod';
import type { AuditEntry } from '@/lib/audit/list-audit';
import { isoDateTime } from '../openapi/common';

export const auditEntryResource = z
  .object({
    id: z.uuid(),
    source: z.enum(['ticket', 'audit']).meta({ description: '`ticket` for a ticket’s history, `audit` for account, FAQ, category and settings changes.' }),
    kind: z.string().meta({ example: 'agent_approved' }),
    actorId: z.uuid().nullable(),
    actorName: z.string(),
    ticketNumber: z.string().nullable(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    subjectLabel: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: isoDateTime,
  })
  .meta({ id: 'AuditEntry' });

export function toAuditEntryResource(entry: AuditEntry): z.output<typeof auditEntryResource> {
  return { ...entry, createdAt: entry.createdAt.toISOString() };
}
