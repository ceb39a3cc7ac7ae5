import { Badge } from '@/components/ui/badge';
import { priorityLabel, priorityTone, statusLabel, statusTone, type TicketPriority, type TicketStatus } from '@/lib/vocabulary';

export function StatusBadge({ status }: { status: TicketStatus }) {
  return <Badge tone={statusTone[status]}>{statusLabel[status]}</Badge>;
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return <Badge tone={priorityTone[priority]}>{priorityLabel[priority]}</Badge>;
}
