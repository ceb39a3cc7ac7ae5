import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import type { MailCounts } from '@/lib/mail/mail-log';
import type { MailLogStatus } from '@/lib/mail/schemas';
import { mailStatusLabel } from './mail-labels';

const order: MailLogStatus[] = ['failed', 'held', 'queued', 'sending', 'sent', 'suppressed'];

function shown(count: { count: number; capped: boolean }): string {
  return count.capped ? `${count.count.toLocaleString('en')}+` : count.count.toLocaleString('en');
}

/** The log's status filter as plain links, each with its (capped) count: every view has an address. */
export function MailStatusFilter({ current, counts }: { current?: MailLogStatus; counts: MailCounts }) {
  const items: Array<{ href: string; label: string; count?: string; active: boolean }> = [
    { href: '/admin/mail', label: 'All', active: !current },
    ...order.map((status) => ({ href: `/admin/mail?status=${status}`, label: mailStatusLabel[status], count: shown(counts[status]), active: current === status })),
  ];
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? 'page' : undefined}
              className={cn(
                'inline-flex min-h-11 items-center gap-2 rounded-full px-4 text-sm font-medium ring-1 ring-inset',
                item.active ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
              )}
            >
              {item.label}
              {item.count !== undefined ? <span className={item.active ? 'text-white' : 'text-slate-600'}>{item.count}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
