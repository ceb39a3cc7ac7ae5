import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { CategoryOption } from '@/lib/categories/list';
import type { FormAction } from '@/lib/forms/form-state';
import type { DeskStaff, DeskTicket } from '@/lib/tickets/workspace';
import { priorityLabel, statusLabel, ticketPriorities } from '@/lib/vocabulary';
import { deskControl } from './control-class';
import { DeskActionForm } from './desk-action-form';

export type WorkActions = {
  claim: FormAction;
  unassign: FormAction;
  reassign: FormAction;
  transition: FormAction;
  priority: FormAction;
  category: FormAction;
  archive: FormAction;
  restore: FormAction;
};

type Props = {
  ticket: DeskTicket;
  me: { id: string; admin: boolean };
  staff: DeskStaff[];
  categories: CategoryOption[];
  actions: WorkActions;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-slate-200 pt-4 first:border-0 first:pt-0">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

/** Assignment, status, priority, category and archiving: each control offers only what may be done. */
export function TicketWorkPanel({ ticket, me, staff, categories, actions }: Props) {
  const { number } = ticket;
  const mine = ticket.assigneeId === me.id;
  if (ticket.archived) {
    return (
      <Section title="Archived">
        <p className="text-sm text-slate-700">
          This ticket is archived with its status ({statusLabel[ticket.status].toLowerCase()}) kept. Restore it to work on it again.
        </p>
        <DeskActionForm action={actions.restore} number={number} label="Restore">
          <Button type="submit" variant="secondary">Restore from the archive</Button>
        </DeskActionForm>
      </Section>
    );
  }
  return (
    <div className="space-y-4">
      <Section title="Assignee">
        <p id="assignee-now" tabIndex={-1} className="text-sm text-slate-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700" data-testid="assignee">
          {ticket.assignee ? (mine ? `${ticket.assignee} (you)` : ticket.assignee) : 'Nobody yet'}
        </p>
        <div className="flex flex-wrap gap-2">
          {ticket.assigneeId === null ? (
            <DeskActionForm action={actions.claim} number={number} label="Assign to me">
              <Button type="submit">Assign to me</Button>
            </DeskActionForm>
          ) : null}
          {ticket.assigneeId && (mine || me.admin) ? (
            <DeskActionForm action={actions.unassign} number={number} label="Unassign">
              <Button type="submit" variant="secondary">Unassign</Button>
            </DeskActionForm>
          ) : null}
        </div>
        {me.admin ? (
          <DeskActionForm action={actions.reassign} number={number} label="Reassign">
            <label htmlFor="reassign-to" className="text-sm text-slate-700">Reassign to</label>
            <div className="flex gap-2">
              <select key={ticket.assigneeId ?? 'nobody'} id="reassign-to" name="assigneeId" defaultValue={ticket.assigneeId ?? ''} className={deskControl}>
                <option value="" disabled>Choose an agent</option>
                {staff.map((person) => (
                  <option key={person.id} value={person.id}>{person.name}{person.role === 'admin' ? ' (admin)' : ''}</option>
                ))}
              </select>
              <Button type="submit" variant="secondary">Reassign</Button>
            </div>
          </DeskActionForm>
        ) : null}
      </Section>

      <Section title="Status">
        {ticket.allowedStatuses.length === 0 ? (
          <p className="text-sm text-slate-700">A closed ticket keeps its status. Reply to it no more; open a follow-up instead.</p>
        ) : (
          <DeskActionForm action={actions.transition} number={number} label="Change status">
            <label htmlFor="status-to" className="text-sm text-slate-700">
              Now {statusLabel[ticket.status].toLowerCase()}. Move to
            </label>
            <div className="flex gap-2">
              {/* Keyed by the status, so that after a move the choices start afresh. */}
              <select key={ticket.status} id="status-to" name="to" defaultValue="" className={deskControl}>
                <option value="" disabled>Choose a status</option>
                {ticket.allowedStatuses.map((status) => (
                  <option key={status} value={status}>{statusLabel[status]}</option>
                ))}
              </select>
              <Button type="submit" variant="secondary">Move</Button>
            </div>
          </DeskActionForm>
        )}
      </Section>

      <Section title="Priority and category">
        <DeskActionForm action={actions.priority} number={number} label="Set priority">
          <label htmlFor="set-priority" className="text-sm text-slate-700">Priority</label>
          <div className="flex gap-2">
            <select key={ticket.priority} id="set-priority" name="priority" defaultValue={ticket.priority} className={deskControl}>
              {[...ticketPriorities].reverse().map((priority) => (
                <option key={priority} value={priority}>{priorityLabel[priority]}</option>
              ))}
            </select>
            <Button type="submit" variant="secondary">Set</Button>
          </div>
        </DeskActionForm>
        <DeskActionForm action={actions.category} number={number} label="Set category">
          <label htmlFor="set-category" className="text-sm text-slate-700">Category</label>
          <div className="flex gap-2">
            <select key={ticket.categorySlug} id="set-category" name="category" defaultValue={ticket.categorySlug} className={deskControl}>
              {categories.some((c) => c.slug === ticket.categorySlug) ? null : <option value={ticket.categorySlug}>{ticket.category}</option>}
              {categories.map((category) => (
                <option key={category.slug} value={category.slug}>{category.name}</option>
              ))}
            </select>
            <Button type="submit" variant="secondary">Set</Button>
          </div>
        </DeskActionForm>
      </Section>

      <Section title="Archive">
        <p className="text-sm text-slate-600">Takes the ticket out of every queue; its status is kept and it can be restored.</p>
        <DeskActionForm action={actions.archive} number={number} label="Archive">
          <Button type="submit" variant="secondary">Archive</Button>
        </DeskActionForm>
      </Section>
    </div>
  );
}
