import { DeskActionForm } from '@/components/desk/desk-action-form';
import { deskControl } from '@/components/desk/control-class';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import type { DeskStaff, DeskTicket } from '@/lib/tickets/workspace';
import { statusLabel } from '@/lib/vocabulary';

export type OversightActions = { reassign: FormAction; archive: FormAction; restore: FormAction; delete: FormAction };

type Props = { ticket: Pick<DeskTicket, 'number' | 'status' | 'archived' | 'assigneeId'>; staff: DeskStaff[]; actions: OversightActions };

/** An admin's controls over one ticket: reassign, archive or restore, and delete. */
export function TicketOversight({ ticket, staff, actions }: Props) {
  const { number } = ticket;
  return (
    <div className="space-y-5">
      {ticket.archived ? (
        <section className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-800">Archived</h3>
          <p className="text-sm text-slate-700">Kept with its status ({statusLabel[ticket.status].toLowerCase()}); restoring puts it back in its queue.</p>
          <DeskActionForm action={actions.restore} number={number} label="Restore">
            <Button type="submit" variant="secondary">Restore from the archive</Button>
          </DeskActionForm>
        </section>
      ) : (
        <>
          <DeskActionForm action={actions.reassign} number={number} label="Reassign">
            <label htmlFor="oversight-assignee" className="block text-sm font-semibold text-slate-800">Reassign to</label>
            <div className="flex gap-2">
              <select id="oversight-assignee" name="assigneeId" defaultValue={ticket.assigneeId ?? ''} className={deskControl}>
                <option value="" disabled>Choose an agent</option>
                {staff.map((person) => (
                  <option key={person.id} value={person.id}>{person.name}{person.role === 'admin' ? ' (admin)' : ''}</option>
                ))}
              </select>
              <Button type="submit" variant="secondary">Reassign</Button>
            </div>
          </DeskActionForm>
          <section className="space-y-2 border-t border-slate-200 pt-4">
            <h3 className="text-sm font-semibold text-slate-800">Archive</h3>
            <p className="text-sm text-slate-600">Takes the ticket out of every queue; its status is kept.</p>
            <DeskActionForm action={actions.archive} number={number} label="Archive">
              <Button type="submit" variant="secondary">Archive</Button>
            </DeskActionForm>
          </section>
        </>
      )}
      <div className="border-t border-slate-200 pt-4">
        <DeleteTicketForm number={number} action={actions.delete} />
      </div>
    </div>
  );
}

/** Delete with the number typed back: a slip of the mouse cannot remove a ticket. */
export function DeleteTicketForm({ number, action }: { number: string; action: FormAction }) {
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-semibold text-red-800">Delete for good</h3>
      <p className="text-sm text-slate-700">
        Removes the ticket, its conversation, rating and notifications. The audit log keeps its trail under the number. This cannot be undone.
      </p>
      <DeskActionForm action={action} number={number} label="Delete ticket">
        <label htmlFor="delete-confirmation" className="block text-sm text-slate-800">
          Type <span className="font-mono font-semibold">{number}</span> to confirm
        </label>
        <input id="delete-confirmation" name="confirmation" required maxLength={40} autoComplete="off" spellCheck={false} className={deskControl} />
        <Button type="submit" variant="danger">Delete ticket</Button>
      </DeskActionForm>
    </section>
  );
}
