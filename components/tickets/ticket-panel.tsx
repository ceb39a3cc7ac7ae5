import type { ReactNode } from 'react';
import { TicketTimeline } from '@/components/desk/ticket-timeline';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import type { DeskTicket } from '@/lib/tickets/workspace';

/** One card beside a ticket: its controls, its requester, its timeline. `className` replaces the default spacing. */
export function TicketPanel({ title, className, children }: { title?: string; className?: string; children: ReactNode }) {
  return (
    <Card className={cn('sm:p-5', className ?? (title ? 'space-y-4' : undefined))}>
      {title ? <h2 className="text-base font-semibold text-slate-900">{title}</h2> : null}
      {children}
    </Card>
  );
}

/** Every change to the ticket, oldest first. */
export function TimelinePanel({ events }: { events: DeskTicket['events'] }) {
  return (
    <TicketPanel title="Timeline" className="space-y-3">
      <TicketTimeline events={events} />
    </TicketPanel>
  );
}
