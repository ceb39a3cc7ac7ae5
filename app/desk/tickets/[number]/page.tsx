import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PriorityBadge, StatusBadge } from '@/components/tickets/ticket-badges';
import { TicketThread } from '@/components/tickets/ticket-thread';
import { Card } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { isActiveStaff } from '@/lib/auth/actor';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { AppError, notFound } from '@/lib/errors';
import { getTicket } from '@/lib/tickets/read-ticket';

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: (await params).number };
}

export default async function DeskTicketPage({ params }: Params) {
  const { number } = await params;
  const actor = await getActor();
  const ticket = await forPage(async () => {
    // The desk view is for staff; a customer reads their own tickets elsewhere.
    if (actor.kind === 'anonymous') throw new AppError('unauthorized', 'Please sign in.');
    if (!isActiveStaff(actor)) throw notFound();
    return getTicket(actor, { number });
  }, `/desk/tickets/${number}`);

  return (
    <div className="space-y-6">
      <Link href="/desk" className="text-sm font-medium text-brand-700 hover:underline">
        ← Back to the desk
      </Link>
      <div>
        <p className="font-mono text-sm text-slate-500">{ticket.number}</p>
        <h1 className="mt-1 text-2xl font-bold break-words text-slate-900 sm:text-3xl">{ticket.subject}</h1>
        <div className="mt-3 flex flex-wrap gap-2">
          <StatusBadge status={ticket.status} />
          <PriorityBadge priority={ticket.priority} />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <TicketThread
          original={{ authorName: ticket.requester.name, body: ticket.description, createdAt: ticket.createdAt }}
          messages={ticket.messages}
        />
        <Card className="h-fit space-y-4 text-sm sm:p-6">
          <h2 className="text-base font-semibold text-slate-900">Details</h2>
          <dl className="space-y-3">
            <Detail label="Requester">
              {ticket.requester.name}
              <br />
              <span className="break-all text-slate-600">{ticket.requester.email}</span>
              {ticket.requester.phone ? <><br /><span className="text-slate-600">{ticket.requester.phone}</span></> : null}
              <br />
              <span className="text-slate-500">{ticket.requester.hasAccount ? 'Has an account' : 'No account (contact form)'}</span>
            </Detail>
            <Detail label="Category">{ticket.category}</Detail>
            <Detail label="Assignee">{ticket.assignee ?? 'Unassigned'}</Detail>
            {ticket.externalRef ? <Detail label="Reference">{ticket.externalRef}</Detail> : null}
            <Detail label="Opened"><RelativeTime date={ticket.createdAt} /></Detail>
            <Detail label="Last activity"><RelativeTime date={ticket.lastActivityAt} /></Detail>
          </dl>
        </Card>
      </div>
    </div>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
