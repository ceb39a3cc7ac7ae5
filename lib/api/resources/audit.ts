import { z } from 'zod';
import type { AuditEntry } from '@/lib/audit/list-audit';
import { isoDateTime } from '../openapi/common';

export const auditEntryResource = z
  .object({
    id: z.uuid().meta({ example: '2c1f7a8e-4b6d-4f0a-9e3b-7d5c1a2b3c4d' }),
    source: z.enum(['ticket', 'audit']).meta({ description: '`ticket` for a ticket’s history, `audit` for account, FAQ, category and settings changes.' }),
    kind: z.string().meta({ example: 'agent_approved' }),
    actorId: z.uuid().nullable().meta({ description: 'null for changes made by the system.', example: '0f8fad5b-d9cb-469f-a165-70867728950e' }),
    actorName: z.string().meta({ example: 'Alex Admin' }),
    ticketNumber: z.string().nullable().meta({ example: null }),
    subjectType: z.string().nullable().meta({ example: 'user' }),
    subjectId: z.string().nullable().meta({ example: '7d4e2b1a-9c3f-4e5d-8a6b-1c2d3e4f5a6b' }),
    subjectLabel: z.string().nullable().meta({ example: 'pending@deskline.test' }),
    from: z.string().nullable().meta({ example: 'pending' }),
    to: z.string().nullable().meta({ example: 'approved' }),
    reason: z.string().nullable().meta({ example: null }),
    createdAt: isoDateTime,
  })
  .meta({ id: 'AuditEntry' });

export function toAuditEntryResource(entry: AuditEntry): z.output<typeof auditEntryResource> {
  return { ...entry, createdAt: entry.createdAt.toISOString() };
}
