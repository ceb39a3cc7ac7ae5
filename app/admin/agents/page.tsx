import type { Metadata } from 'next';
import { Notice } from '@/components/admin/notice';
import { StaffList } from '@/components/admin/staff-list';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listModerationQueue } from '@/lib/users/list-staff';
import { decideAction } from './actions';

export const metadata: Metadata = { title: 'Agents' };

const doneText: Record<string, string> = {
  approve: 'approved; they can use the desk now',
  reject: 'rejected; they see the decision on their status page',
  suspend: 'suspended; they lose access on their next click',
  reinstate: 'reinstated',
  promote: 'promoted to admin',
  demote: 'is now an agent',
};

export default async function AgentsPage({ searchParams }: { searchParams: Promise<{ done?: string; user?: string; unassigned?: string }> }) {
  const { done, user, unassigned } = await searchParams;
  const actor = await getActor();
  const queue = await forPage(() => listModerationQueue(actor), '/admin/agents');
  const selfId = actor.kind === 'user' ? actor.id : '';
  const everyone = [...queue.pending, ...queue.team, ...queue.rejected];
  const decided = done && doneText[done] ? everyone.find((person) => person.id === user) : undefined;
  const released = Number.parseInt(unassigned ?? '', 10);
  const releasedText = released > 0 ? ` ${released} open ${released === 1 ? 'ticket they held is' : 'tickets they held are'} back in the unassigned queue.` : '';

  return (
    <div className="space-y-10">
      <PageHeader title="Agents" description="Approve or reject applications, and manage who on the team may work tickets or run the helpdesk." />
      {decided && done ? <Notice>{`${decided.name} ${doneText[done]}.${releasedText}`}</Notice> : null}

      <section aria-labelledby="pending-heading" className="space-y-4">
        <h2 id="pending-heading" className="text-lg font-semibold text-slate-900">
          Waiting for approval <span className="font-normal text-slate-600">({queue.pending.length})</span>
        </h2>
        {queue.pending.length ? (
          <StaffList people={queue.pending} selfId={selfId} action={decideAction} when="applied" />
        ) : (
          <p className="rounded-2xl bg-white p-6 text-slate-600 ring-1 ring-slate-200">No applications are waiting. New ones appear here, oldest first.</p>
        )}
      </section>

      <section aria-labelledby="team-heading" className="space-y-4">
        <h2 id="team-heading" className="text-lg font-semibold text-slate-900">
          Team <span className="font-normal text-slate-600">({queue.team.length})</span>
        </h2>
        <StaffList people={queue.team} selfId={selfId} action={decideAction} when="since" />
      </section>

      {queue.rejected.length ? (
        <section aria-labelledby="rejected-heading" className="space-y-4">
          <h2 id="rejected-heading" className="text-lg font-semibold text-slate-900">
            Rejected recently <span className="font-normal text-slate-600">({queue.rejected.length})</span>
          </h2>
          <StaffList people={queue.rejected} selfId={selfId} action={decideAction} when="since" />
        </section>
      ) : null}
    </div>
  );
}
