'use client';

import { type ReactNode, useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { deskControl } from './control-class';
import { type FormAction, type FormState, idleFormState } from '@/lib/forms/form-state';
import type { BulkAction, BulkResult, DeskStaff } from '@/lib/tickets/workspace';
import { priorityLabel, statusLabel, type TicketPriority, type TicketStatus } from '@/lib/vocabulary';

type Props = {
  action: FormAction<BulkResult>;
  statuses: readonly TicketStatus[];
  priorities: readonly TicketPriority[];
  archived: boolean;
  /** The admin list: reassign to one of these people, and export the selection to this address. */
  oversight?: { staff: DeskStaff[]; exportPath: string };
  children: ReactNode;
};

export function bulkActionLabel(action: BulkAction): string {
  if (action === 'assign') return 'Assign to me';
  if (action === 'reassign') return 'Reassign';
  if (action === 'archive') return 'Archive';
  if (action === 'restore') return 'Restore';
  const [kind, value] = action.split(':');
  return kind === 'status' ? `Status: ${statusLabel[value as TicketStatus]}` : `Priority: ${priorityLabel[value as TicketPriority]}`;
}

const plural = (n: number) => `${n} ticket${n === 1 ? '' : 's'}`;

/**
 * Wraps the queue's rows: tick some, choose an action, apply. Each ticket is changed on its own
 * by the same rules as on its page, so one refusal is listed and the rest still go through.
 */
export function BulkForm({ action, statuses, priorities, archived, oversight, children }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} aria-label="Selected tickets" aria-busy={pending || undefined} className="space-y-3">
      <div className="flex flex-col gap-2 rounded-xl bg-white p-3 ring-1 ring-slate-200 sm:flex-row sm:items-center">
        <label htmlFor="bulk-action" className="text-sm font-medium text-slate-800 sm:shrink-0">
          With the selected tickets
        </label>
        <select
          id="bulk-action"
          name="action"
          defaultValue=""
          className={cn(deskControl, 'sm:w-64')}
        >
          <option value="" disabled>
            Choose an action
          </option>
          {archived ? <option value="restore">Restore from the archive</option> : <option value="assign">Assign to me</option>}
          {oversight && !archived ? <option value="reassign">Reassign to the agent chosen</option> : null}
          <optgroup label="Set status">
            {statuses.map((status) => (
              <option key={status} value={`status:${status}`}>{statusLabel[status]}</option>
            ))}
          </optgroup>
          <optgroup label="Set priority">
            {priorities.map((priority) => (
              <option key={priority} value={`priority:${priority}`}>{priorityLabel[priority]}</option>
            ))}
          </optgroup>
          {archived ? null : <option value="archive">Archive</option>}
        </select>
        {oversight && !archived ? (
          <>
            <label htmlFor="bulk-assignee" className="text-sm font-medium text-slate-800 sm:shrink-0">
              Agent
            </label>
            <select id="bulk-assignee" name="assigneeId" defaultValue="" className={cn(deskControl, 'sm:w-48')}>
              <option value="">For reassigning</option>
              {oversight.staff.map((person) => (
                <option key={person.id} value={person.id}>{person.name}</option>
              ))}
            </select>
          </>
        ) : null}
        <Button type="submit" variant="secondary" disabled={pending} className="sm:w-auto">
          {pending ? 'Applying…' : 'Apply'}
        </Button>
        {oversight ? (
          // A plain GET to the export route with the ticked numbers: a download, not an action.
          <Button type="submit" variant="secondary" formAction={oversight.exportPath} formMethod="get" className="sm:w-auto">
            Export selected
          </Button>
        ) : null}
      </div>
      <BulkResultNotice state={state} />
      {children}
    </form>
  );
}

function BulkResultNotice({ state }: { state: FormState<BulkResult> }) {
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return (
      <p role="alert" data-testid="bulk-result" className="rounded-xl border-l-4 border-red-600 bg-red-50 p-3 text-sm font-medium text-red-900">
        {state.message}
      </p>
    );
  }
  const result = state.data;
  return (
    <div role="status" data-testid="bulk-result" className="rounded-xl border-l-4 border-emerald-600 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p className="font-medium">
        {bulkActionLabel(result.action)}: {result.updated.length ? `done for ${plural(result.updated.length)}` : 'no ticket changed'}
        {result.failed.length ? `, ${plural(result.failed.length)} refused.` : '.'}
      </p>
      {result.failed.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-red-900">
          {result.failed.map((failure) => (
            <li key={failure.number}>
              <span className="font-mono">{failure.number}</span>: {failure.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
