import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { priorityLabel, statusLabel, statusTone, type TicketPriority, type TicketStatus, type Tone } from '@/lib/vocabulary';

// Status and priority sit side by side in every list, so they differ in shape as well as colour:
// a status is a soft pill with a dot, a priority an outlined tag with signal bars.
const dot: Record<Tone, string> = {
  slate: 'bg-slate-500',
  blue: 'bg-blue-600',
  amber: 'bg-amber-500',
  violet: 'bg-violet-600',
  green: 'bg-emerald-600',
  red: 'bg-red-600',
  gray: 'bg-gray-400',
};

export function StatusBadge({ status }: { status: TicketStatus }) {
  const tone = statusTone[status];
  return (
    <Badge tone={tone} className="gap-1.5">
      <span aria-hidden="true" className={cn('h-1.5 w-1.5 rounded-full', dot[tone])} />
      {statusLabel[status]}
    </Badge>
  );
}

const barHeights = ['h-1/4', 'h-2/4', 'h-3/4', 'h-full'] as const;
const level: Record<TicketPriority, number> = { low: 1, medium: 2, high: 3, urgent: 4 };

const priorityStyle: Record<TicketPriority, { tag: string; bar: string }> = {
  low: { tag: 'text-slate-700 ring-slate-300', bar: 'bg-slate-500' },
  medium: { tag: 'text-sky-800 ring-sky-300', bar: 'bg-sky-600' },
  high: { tag: 'text-orange-800 ring-orange-300', bar: 'bg-orange-600' },
  urgent: { tag: 'bg-red-700 text-white ring-red-700', bar: 'bg-white' },
};

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const style = priorityStyle[priority];
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-md px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset',
        style.tag,
      )}
    >
      <span aria-hidden="true" className="flex h-2.5 items-end gap-px">
        {barHeights.map((height, i) => (
          <span key={height} className={cn('w-0.5 rounded-sm', height, i < level[priority] ? style.bar : 'bg-current opacity-25')} />
        ))}
      </span>
      {priorityLabel[priority]}
    </span>
  );
}
