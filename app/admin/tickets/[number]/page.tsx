import type { Metadata } from 'next';
import Link from 'next/link';
import { TicketOversight } from '@/components/admin/ticket-oversight';
import { TicketHeader } from '@/components/tickets/ticket-header';
import { TicketPanel, TimelinePanel } from '@/components/tickets/ticket-panel';
import { ButtonLink } from '@/components/ui/button';
import { StatusNotice } from '@/components/ui/status-notice';
import { assertCan } from '@/lib/access/permissions';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { getDeskTicket, listDeskStaff } from '@/lib/tickets/workspace';
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
      <TicketHeader
        ticket={ticket}
        actions={
          <ButtonLink href={`/desk/tickets/${ticket.number}`} variant="secondary">
            Open on the desk
          </ButtonLink>
        }
      >
        <p className="mt-2 text-sm text-slate-700" data-testid="assignee">
          Assignee: {ticket.assignee ?? 'nobody'} · Requester: {ticket.requester.name} ({ticket.requester.email})
        </p>
      </TicketHeader>
      {notice ? <StatusNotice testId="admin-notice">{notice}</StatusNotice> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <TicketPanel title="Oversight">
          <TicketOversight
            ticket={ticket}
            staff={staff}
            actions={{ reassign: actions.adminReassignAction, archive: actions.adminArchiveAction, restore: actions.adminRestoreAction, delete: actions.adminDeleteAction }}
          />
        </TicketPanel>
        <TimelinePanel events={ticket.events} />
      </div>
    </div>
  );
}
