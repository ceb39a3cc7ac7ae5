import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteTicketForm } from '@/components/admin/ticket-oversight';
import { MessageComposer } from '@/components/desk/message-composer';
import { RequesterPanel } from '@/components/desk/requester-panel';
import { TicketTimeline } from '@/components/desk/ticket-timeline';
import { TicketWorkPanel } from '@/components/desk/ticket-work-panel';
import { PriorityBadge, StatusBadge } from '@/components/tickets/ticket-badges';
import { TicketThread } from '@/components/tickets/ticket-thread';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { isAdmin } from '@/lib/access/actor';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listActiveCategories } from '@/lib/categories/list';
import { listDeskStaff } from '@/lib/tickets/desk-staff';
import { getDeskTicket } from '@/lib/tickets/desk-ticket';
import * as actions from './actions';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).number };
}

const notices: Record<string, string> = {
  claimed: 'The ticket is assigned to you.',
  unassigned: 'The ticket is back in the unassigned queue.',
  reassigned: 'The ticket has a new assignee.',
  status: 'Status changed.',
  priority: 'Priority saved.',
  category: 'Category saved.',
  reply: 'Reply sent to the customer.',
  note: 'Internal note added.',
  archived: 'The ticket is archived.',
  restored: 'The ticket is back in the queues.',
};

export default async function DeskTicketPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const [ticket, staff, categories] = await forPage(
    () => Promise.all([getDeskTicket(actor, { number }), listDeskStaff(actor), listActiveCategories()]),
    `/desk/tickets/${number}`,
  );
  const me = { id: actor.kind === 'user' ? actor.id : '', admin: isAdmin(actor) };
  const notice = done ? notices[done] : undefined;

  return (
    <div className="space-y-6">
      <Link href="/desk" className="inline-block text-sm font-medium text-brand-700 hover:underline">
        ← Back to the queue
      </Link>
      <header data-testid="ticket-header">
        <p className="font-mono text-sm text-slate-600">{ticket.number}</p>
        <h1 className="mt-1 text-2xl font-bold break-words text-slate-900 sm:text-3xl">{ticket.subject}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={ticket.status} />
          <PriorityBadge priority={ticket.priority} />
          {ticket.archived ? <Badge tone="gray">Archived</Badge> : null}
          <span>{ticket.category}</span>
          <span>· opened <RelativeTime date={ticket.createdAt} /></span>
          {ticket.externalRef ? <span>· ref {ticket.externalRef}</span> : null}
        </div>
      </header>
      {notice ? (
        <p role="status" data-testid="desk-notice" className="rounded-xl border-l-4 border-emerald-600 bg-emerald-50 p-4 text-sm font-medium text-emerald-900">
          {notice}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="conversation-title" className="space-y-4">
            <h2 id="conversation-title" className="text-lg font-semibold text-slate-900">Conversation</h2>
            <TicketThread
              original={{ authorName: ticket.requester.name, body: ticket.description, createdAt: ticket.createdAt }}
              messages={ticket.messages}
            />
          </section>
          {ticket.archived ? null : (
            <MessageComposer key={ticket.messages.length} action={actions.messageAction} number={ticket.number} notesOnly={ticket.status === 'closed'} />
          )}
        </div>
        <aside className="min-w-0 space-y-6" aria-label="Ticket details">
          <Card className="space-y-4 sm:p-5">
            <h2 className="text-base font-semibold text-slate-900">Work on it</h2>
            <TicketWorkPanel
              ticket={ticket}
              me={me}
              staff={staff}
              categories={categories}
              actions={{
                claim: actions.claimAction,
                unassign: actions.unassignAction,
                reassign: actions.reassignAction,
                transition: actions.transitionAction,
                priority: actions.priorityAction,
                category: actions.categoryAction,
                archive: actions.archiveAction,
                restore: actions.restoreAction,
              }}
            />
          </Card>
          {me.admin ? (
            <Card className="sm:p-5">
              <DeleteTicketForm number={ticket.number} action={actions.deleteAction} />
            </Card>
          ) : null}
          <Card className="sm:p-5">
            <RequesterPanel ticket={ticket} />
          </Card>
          <Card className="space-y-3 sm:p-5">
            <h2 className="text-base font-semibold text-slate-900">Timeline</h2>
            <TicketTimeline events={ticket.events} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
