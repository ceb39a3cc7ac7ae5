import { Badge } from '@/components/ui/badge';

const HOUR = 3_600_000;

/** Where a ticket stands against its next SLA due time, in words as well as colour. */
export function DueBadge({ dueAt, now = new Date() }: { dueAt: Date | null; now?: Date }) {
  if (!dueAt) return null;
  const left = new Date(dueAt).getTime() - now.getTime();
  const [tone, label] = left <= 0 ? (['red', 'SLA breached'] as const) : left <= HOUR ? (['amber', 'Due within an hour'] as const) : (['green', 'SLA on track'] as const);
  return (
    <span suppressHydrationWarning data-testid="due-badge" title={`Due ${new Date(dueAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`}>
      <Badge tone={tone}>{label}</Badge>
    </span>
  );
}
