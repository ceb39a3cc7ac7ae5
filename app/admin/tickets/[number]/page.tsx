import type { Metadata } from 'next';
import Link from 'next/link';
import { TicketOversight } from '@/components/admin/ticket-oversight';
import { TicketTimeline } from '@/components/desk/ticket-timeline';
import { PriorityBadge, StatusBadge } from '@/components/tickets/ticket-badges';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { assertCan } from '@/lib/access/permissions';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listDeskStaff } from '@/lib/tickets/desk-staff';
import { getDeskTicket } from '@/lib/tickets/desk-ticket';
import * as actions from './actions';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).number} · Admin` };
}

const notices: Record<string, string> = {
  reassigned: 'The ticket has a new assignee.',
  archived: 'The ticket is archived.',
  restored: 'The ticket is back in its queue.',
};

export default async function AdminTicketPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const [ticket, staff] = await forPage(async () => {
    assertCan(actor, 'ticket:delete');
    return Promise.all([getDeskTicket(actor, { number }), listDeskStaff(actor)]);
  }, `/admin/tickets/${number}`);
  const notice = done ? notices[done] : undefined;

  return (
    <div className="space-y-6">
      <Link href="/admin/tickets" className="inline-block text-sm font-medium text-brand-700 hover:underline">
        ← All tickets
      </Link>
      <header data-testid="ticket-header" className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <p className="font-mono text-sm text-slate-600">{ticket.number}</p>
          <h1 className="mt-1 text-2xl font-bold break-words text-slate-900">{ticket.subject}</h1>
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <StatusBadge status={ticket.status} />
            <PriorityBadge priority={ticket.priority} />
            {ticket.archived ? <Badge tone="gray">Archived</Badge> : null}
            <span>{ticket.category}</span>
            <span>· opened <RelativeTime date={ticket.createdAt} /></span>
          </div>
          <p className="mt-2 text-sm text-slate-700" data-testid="assignee">
            Assignee: {ticket.assignee ?? 'nobody'} · Requester: {ticket.requester.name} ({ticket.requester.email})
          </p>
        </div>
        <ButtonLink href={`/desk/tickets/${ticket.number}`} variant="secondary" className="shrink-0">
          Open on the desk
        </ButtonLink>
      </header>
      {notice ? (
        <p role="status" data-testid="admin-notice" className="rounded-xl border-l-4 border-emerald-600 bg-emerald-50 p-4 text-sm font-medium text-emerald-900">
          {notice}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="space-y-4 sm:p-5">
          <h2 className="text-base font-semibold text-slate-900">Oversight</h2>
          <TicketOversight
            ticket={ticket}
            staff={staff}
            actions={{ reassign: actions.adminReassignAction, archive: actions.adminArchiveAction, restore: actions.adminRestoreAction, delete: actions.adminDeleteAction }}
          />
        </Card>
        <Card className="space-y-3 sm:p-5">
          <h2 className="text-base font-semibold text-slate-900">Timeline</h2>
          <TicketTimeline events={ticket.events} />
        </Card>
      </div>
    </div>
  );
}
