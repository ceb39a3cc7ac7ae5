import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import type { FormAction } from '@/lib/forms/form-state';
import type { StaffMember } from '@/lib/users/list-staff';
import { roleLabel, roleTone, staffStatusLabel, staffStatusTone } from '@/lib/vocabulary';
import { ActionForm } from './action-form';
import { ReasonDecision } from './reason-decision';

function Decision({ action, person, decision, children, variant = 'secondary' }: { action: FormAction; person: StaffMember; decision: string; children: ReactNode; variant?: 'primary' | 'secondary' | 'danger' }) {
  return (
    <ActionForm action={action} fields={{ userId: person.id, decision }} className="flex flex-wrap">
      <Button type="submit" variant={variant}>
        {children}
        <span className="sr-only"> {person.name}</span>
      </Button>
    </ActionForm>
  );
}

function actionsFor(person: StaffMember, selfId: string, action: FormAction): ReactNode {
  const self = person.id === selfId;
  const common = { action, person };
  switch (person.staffStatus) {
    case 'pending':
      return (
        <>
          <Decision {...common} decision="approve" variant="primary">Approve</Decision>
          <ReasonDecision {...common} decision="reject" summary="Reject…" submit="Reject application" hint="The applicant sees this on their status page." />
        </>
      );
    case 'rejected':
      return <Decision {...common} decision="approve">Approve after all</Decision>;
    case 'suspended':
      return (
        <>
          <Decision {...common} decision="reinstate" variant="primary">Reinstate</Decision>
          {person.role === 'admin' ? <Decision {...common} decision="demote">Demote to agent</Decision> : null}
        </>
      );
    case 'approved':
      return (
        <>
          {person.role === 'agent' ? <Decision {...common} decision="promote">Promote to admin</Decision> : null}
          {person.role === 'admin' ? <Decision {...common} decision="demote">{self ? 'Step down to agent' : 'Demote to agent'}</Decision> : null}
          {self ? null : (
            <ReasonDecision {...common} decision="suspend" summary="Suspend…" submit="Suspend access" hint="They lose access on their next click and see this reason." />
          )}
        </>
      );
  }
}

/** Applicants, the team or past rejections, each with the decisions that fit their state. */
export function StaffList({ people, selfId, action, when }: { people: StaffMember[]; selfId: string; action: FormAction; when: 'applied' | 'since' }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      {people.map((person) => (
        <li key={person.id} className="p-4 sm:p-5" data-testid="staff-row" data-email={person.email}>
          <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-slate-900">{person.name}</span>
                {person.id === selfId ? <span className="text-sm text-slate-600">(you)</span> : null}
                <Badge tone={roleTone[person.role]}>{roleLabel[person.role]}</Badge>
                <Badge tone={staffStatusTone[person.staffStatus]}>{staffStatusLabel[person.staffStatus]}</Badge>
              </p>
              <p className="mt-1 text-sm break-all text-slate-700">
                {person.email}
                {person.phone ? <span className="whitespace-nowrap"> · {person.phone}</span> : null}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {when === 'applied' ? 'Applied ' : 'Since '}
                <RelativeTime date={when === 'applied' ? person.createdAt : (person.statusChangedAt ?? person.createdAt)} />
              </p>
              {person.statusReason ? (
                <p className="mt-2 text-sm text-slate-700">
                  <span className="font-medium">Reason:</span> {person.statusReason}
                </p>
              ) : null}
            </div>
            <div className="flex flex-wrap items-start gap-2 lg:justify-end">{actionsFor(person, selfId, action)}</div>
          </div>
        </li>
      ))}
    </ul>
  );
}
