import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteTicketForm } from '@/components/admin/ticket-oversight';
import { MessageComposer } from '@/components/desk/message-composer';
import { LiveTicket } from '@/components/live/live-ticket';
import { FollowersPanel } from '@/components/desk/followers-panel';
import { MergedNotice, MergePanel } from '@/components/desk/merge-panel';
import { RequesterPanel } from '@/components/desk/requester-panel';
import { TicketWorkPanel } from '@/components/desk/ticket-work-panel';
import { TicketHeader } from '@/components/tickets/ticket-header';
import { TicketPanel, TimelinePanel } from '@/components/tickets/ticket-panel';
import { TicketThread } from '@/components/tickets/ticket-thread';
import { StatusNotice } from '@/components/ui/status-notice';
import { isAdmin } from '@/lib/access/actor';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listActiveCategories } from '@/lib/categories/list';
import { fileLimits } from '@/lib/files/limits';
import { staffReplyDelivery } from '@/lib/notify';
import { listTicketFollowers } from '@/lib/tickets/followers';
import { getMergePreview, getMergeState } from '@/lib/tickets/merge';
import { getDeskTicket, listDeskStaff } from '@/lib/tickets/workspace';
import * as actions from './actions';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string; mergeInto?: string | string[] }> };

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
  reply: 'Reply added; the customer sees it on their ticket.',
  note: 'Internal note added.',
  archived: 'The ticket is archived.',
  restored: 'The ticket is back in the queues.',
  merged: 'The ticket was merged into this one.',
  followed: 'You follow this ticket: its notifications reach you.',
  unfollowed: 'You no longer follow this ticket.',
};

export default async function DeskTicketPage({ params, searchParams }: Props) {
  const [{ number }, { done, mergeInto }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const into = typeof mergeInto === 'string' ? mergeInto.trim().slice(0, 40) : '';
  const [ticket, staff, categories, delivery, merge, preview, followers] = await forPage(
    () =>
      Promise.all([
        getDeskTicket(actor, { number }),
        listDeskStaff(actor),
        listActiveCategories(),
        staffReplyDelivery(actor, { number }),
        getMergeState(actor, { number }),
        into ? getMergePreview(actor, { number, into }) : Promise.resolve(null),
        listTicketFollowers(actor, { number }),
      ]),
    `/desk/tickets/${number}`,
  );
  const me = { id: actor.kind === 'user' ? actor.id : '', admin: isAdmin(actor) };
  const myName = actor.kind === 'user' ? actor.name : '';
  const notice = done ? notices[done] : undefined;

  return (
    <div className="space-y-6">
      <Link href="/desk" className="inline-block text-sm font-medium text-brand-700 hover:underline">
        ← Back to the queue
      </Link>
      <TicketHeader ticket={ticket} />
      <LiveTicket
        number={ticket.number}
        ticketId={ticket.id}
        myId={me.id}
        shown={`${ticket.messages.length}:${ticket.events.at(-1)?.id ?? ''}:${ticket.events.length}`}
      />
      {notice ? <StatusNotice testId="desk-notice">{notice}</StatusNotice> : null}
      {merge.mergedInto ? <MergedNotice into={merge.mergedInto} /> : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="conversation-title" className="space-y-4">
            <h2 id="conversation-title" className="text-lg font-semibold text-slate-900">Conversation</h2>
            <TicketThread
              original={{ authorName: ticket.requester.name, body: ticket.description, createdAt: ticket.createdAt, attachments: ticket.attachments }}
              messages={ticket.messages}
            />
          </section>
          {ticket.archived ? null : (
            <MessageComposer
              // A fresh form after each of the agent's own sends; others' messages arriving live keep the draft.
              key={ticket.messages.filter((m) => m.authorKind === 'staff' && m.authorName === myName).length}
              action={actions.messageAction}
              number={ticket.number}
              notesOnly={ticket.status === 'closed'}
              newestMessageId={ticket.messages.at(-1)?.id ?? ''}
              requesterEmail={ticket.requester.email}
              delivery={delivery}
              fileLimits={fileLimits()}
            />
          )}
        </div>
        <aside className="min-w-0 space-y-6" aria-label="Ticket details">
          <TicketPanel title="Work on it">
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
          </TicketPanel>
          <TicketPanel>
            <FollowersPanel number={ticket.number} followers={followers} actions={{ follow: actions.followAction, unfollow: actions.unfollowAction }} />
          </TicketPanel>
          {merge.mergedInto || ticket.archived || ticket.status === 'closed' ? null : (
            <TicketPanel>
              <MergePanel number={ticket.number} lookup={into ? { into, preview } : null} action={actions.mergeAction} />
            </TicketPanel>
          )}
          {me.admin ? (
            <TicketPanel>
              <DeleteTicketForm number={ticket.number} action={actions.deleteAction} />
            </TicketPanel>
          ) : null}
          <TicketPanel>
            <RequesterPanel ticket={ticket} />
          </TicketPanel>
          <TimelinePanel events={ticket.events} />
        </aside>
      </div>
    </div>
  );
}
