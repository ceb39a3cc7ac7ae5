import { Badge } from '@/components/ui/badge';
import type { TicketPriority, TicketStatus } from '@/db/schema';
import { priorityLabel, priorityTone, statusLabel, statusTone } from './labels';

export function StatusBadge({ status }: { status: TicketStatus }) {
  return <Badge tone={statusTone[status]}>{statusLabel[status]}</Badge>;
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return <Badge tone={priorityTone[priority]}>{priorityLabel[priority]}</Badge>;
}
