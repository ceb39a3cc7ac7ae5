import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteTicketForm } from '@/components/admin/ticket-oversight';
import { ArrivalFocus } from '@/components/desk/arrival-focus';
import { MessageComposer } from '@/components/desk/message-composer';
import { QueueFromProvider } from '@/components/desk/queue-from';
import { LiveTicket } from '@/components/live/live-ticket';
import { FollowersPanel } from '@/components/desk/followers-panel';
import { MergedNotice, MergePanel } from '@/components/desk/merge-panel';
import { RequesterPanel } from '@/components/desk/requester-panel';
import { TicketTags } from '@/components/desk/ticket-tags';
import { TicketKeyboard } from '@/components/desk/ticket-keyboard';
import { TicketWorkPanel } from '@/components/desk/ticket-work-panel';
import { TicketHeader } from '@/components/tickets/ticket-header';
import { TicketPeople } from '@/components/tickets/ticket-people';
import { TicketPanel, TimelinePanel } from '@/components/tickets/ticket-panel';
import { TicketThread } from '@/components/tickets/ticket-thread';
import { StatusNotice } from '@/components/ui/status-notice';
import { isAdmin } from '@/lib/access/actor';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listActiveCategories } from '@/lib/categories/list';
import { fileLimits } from '@/lib/files/limits';
import { staffReplyDelivery } from '@/lib/notify';
import { suggestTags } from '@/lib/tags/suggest';
import { listTicketFollowers } from '@/lib/tickets/followers';
import { getMergePreview, getMergeState } from '@/lib/tickets/merge';
import { getDeskTicket, getQueueNeighbours, listDeskStaff } from '@/lib/tickets/workspace';
import { statusLabel, ticketStatuses } from '@/lib/vocabulary';
import * as actions from './actions';

type Search = { mergeInto?: string | string[]; done?: string; mode?: string; status?: string; from?: string; at?: string };
type Props = { params: Promise<{ number: string }>; searchParams: Promise<Search> };

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
  tagged: 'Tag added.',
  untagged: 'Tag removed.',
  restored: 'The ticket is back in the queues.',
  merged: 'The ticket was merged into this one.',
  followed: 'You follow this ticket: its notifications reach you.',
  unfollowed: 'You no longer follow this ticket.',
};

/** The control a change came from, to focus on arrival; the notice when it has none. */
const changed: Record<string, string> = {
  claimed: 'assignee-now',
  unassigned: 'assignee-now',
  reassigned: 'assignee-now',
  status: 'status-to',
  priority: 'set-priority',
  category: 'set-category',
};

function noticeFor(done: string | undefined, status: string | undefined): string | undefined {
  const notice = done ? notices[done] : undefined;
  const moved = ticketStatuses.find((s) => s === status);
  if (!notice || !moved || (done !== 'reply' && done !== 'note')) return notice;
  return `${done === 'reply' ? 'Reply sent' : 'Internal note added'}; the ticket is now ${statusLabel[moved].toLowerCase()}.`;
}

export default async function DeskTicketPage({ params, searchParams }: Props) {
  const [{ number }, search] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const into = typeof search.mergeInto === 'string' ? search.mergeInto.trim().slice(0, 40) : '';
  const [ticket, staff, categories, delivery, neighbours, tagSuggestions, merge, preview, followers] = await forPage(
    () =>
      Promise.all([
        getDeskTicket(actor, { number }),
        listDeskStaff(actor),
        listActiveCategories(),
        staffReplyDelivery(actor, { number }),
        getQueueNeighbours(actor, { number, from: search.from }),
        suggestTags(actor, { limit: 100 }),
        getMergeState(actor, { number }),
        into ? getMergePreview(actor, { number, into }) : Promise.resolve(null),
        listTicketFollowers(actor, { number }),
      ]),
    `/desk/tickets/${number}`,
  );
  const me = { id: actor.kind === 'user' ? actor.id : '', admin: isAdmin(actor) };
  const myName = actor.kind === 'user' ? actor.name : '';
  const notice = noticeFor(search.done, search.status);
  const from = neighbours ? (search.from ?? '') : null;
  const stepHref = (to: string | null) => (to ? `/desk/tickets/${to}?${new URLSearchParams({ from: from ?? '' })}` : null);

  const details = (
    <aside className="min-w-0 space-y-6 lg:col-start-2 lg:row-span-2 lg:row-start-1" aria-label="Ticket details">
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
        <TicketTags
          number={ticket.number}
          tags={ticket.tags ?? []}
          suggestions={tagSuggestions.map((tag) => tag.name)}
          archived={ticket.archived}
          actions={{ add: actions.addTagAction, remove: actions.removeTagAction }}
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
  );

  return (
    <QueueFromProvider from={from}>
      <div className="space-y-6">
        <nav aria-label="Queue" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm font-medium">
          <Link href={neighbours?.queueHref ?? '/desk'} className="inline-flex min-h-11 items-center text-brand-700 hover:underline">
            ← Back to the queue
          </Link>
          {neighbours?.previous ? (
            <Link href={stepHref(neighbours.previous) ?? ''} className="inline-flex min-h-11 items-center text-brand-700 hover:underline" data-testid="previous-ticket">
              Previous ticket <kbd className="ml-1 rounded bg-slate-100 px-1.5 font-mono text-xs text-slate-700">[</kbd>
            </Link>
          ) : null}
          {neighbours?.next ? (
            <Link href={stepHref(neighbours.next) ?? ''} className="inline-flex min-h-11 items-center text-brand-700 hover:underline" data-testid="next-ticket">
              Next ticket <kbd className="ml-1 rounded bg-slate-100 px-1.5 font-mono text-xs text-slate-700">]</kbd>
            </Link>
          ) : null}
          <span className="ml-auto">
            <TicketKeyboard previousHref={stepHref(neighbours?.previous ?? null)} nextHref={stepHref(neighbours?.next ?? null)} />
          </span>
        </nav>
        <TicketHeader ticket={ticket}>
          <TicketPeople requester={ticket.requester} assignee={ticket.assigneeId && ticket.assignee ? { id: ticket.assigneeId, name: ticket.assignee } : null} />
        </TicketHeader>
        <LiveTicket
          number={ticket.number}
          ticketId={ticket.id}
          myId={me.id}
          shown={`${ticket.messages.length}:${ticket.events.at(-1)?.id ?? ''}:${ticket.events.length}`}
        />
        {notice ? (
          <div id="desk-notice" tabIndex={-1} className="rounded-xl focus:outline-2 focus:outline-offset-2 focus:outline-emerald-700">
            <StatusNotice testId="desk-notice">{notice}</StatusNotice>
          </div>
        ) : null}
        {merge.mergedInto ? <MergedNotice into={merge.mergedInto} /> : null}
        {search.done ? <ArrivalFocus targetId={changed[search.done] ?? 'desk-notice'} fallbackId="desk-notice" signal={search.at ?? ''} /> : null}

        {/*
          On a phone the column runs conversation, ticket details (work panel first), composer;
          wide, the details fill the right column beside both, spanning the flexible second row,
          so that the composer sits right under the conversation.
        */}
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
          <section aria-labelledby="conversation-title" className="min-w-0 space-y-4 lg:col-start-1 lg:row-start-1">
            <h2 id="conversation-title" className="text-lg font-semibold text-slate-900">Conversation</h2>
            <TicketThread
              original={{ authorName: ticket.requester.name, body: ticket.description, createdAt: ticket.createdAt, attachments: ticket.attachments }}
              messages={ticket.messages}
            />
          </section>
          {details}
          {ticket.archived ? null : (
            <div className="min-w-0 lg:col-start-1 lg:row-start-2">
              <MessageComposer
                // A fresh form after each of the agent's own sends; others' messages arriving live keep the draft.
                key={ticket.messages.filter((m) => m.authorKind === 'staff' && m.authorName === myName).length}
                action={actions.messageAction}
                number={ticket.number}
                notesOnly={ticket.status === 'closed'}
                mode={search.mode === 'note' ? 'note' : 'reply'}
                requester={{ name: ticket.requester.name, email: ticket.requester.email }}
                allowedStatuses={ticket.allowedStatuses}
                newestMessageId={ticket.messages.at(-1)?.id ?? ''}
                delivery={delivery}
                fileLimits={fileLimits()}
              />
            </div>
          )}
        </div>
      </div>
    </QueueFromProvider>
  );
}
