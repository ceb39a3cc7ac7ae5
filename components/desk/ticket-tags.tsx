import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { deskControl } from './control-class';
import { DeskActionForm } from './desk-action-form';

type Props = {
  number: string;
  tags: string[];
  /** Existing tags, the most used first, for the add field's autocomplete. */
  suggestions: string[];
  archived: boolean;
  actions: { add: FormAction; remove: FormAction };
};

/** The ticket's tags as chips, each with its remove button, and a field to add one; plain forms, so no JavaScript is needed. */
export function TicketTags({ number, tags, suggestions, archived, actions }: Props) {
  return (
    <section aria-labelledby="ticket-tags-title" className="space-y-2 border-t border-slate-200 pt-4">
      <h3 id="ticket-tags-title" className="text-sm font-semibold text-slate-800">Tags</h3>
      {tags.length === 0 ? (
        <p className="text-sm text-slate-600">No tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" data-testid="ticket-tags">
          {tags.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm text-slate-800 ring-1 ring-slate-200">
              <span className="break-all">{tag}</span>
              {archived ? null : (
                <DeskActionForm action={actions.remove} number={number} label={`Remove tag ${tag}`} className="space-y-0">
                  <input type="hidden" name="name" value={tag} />
                  <button
                    type="submit"
                    className="inline-flex size-8 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700"
                  >
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">Remove tag {tag}</span>
                  </button>
                </DeskActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {archived ? null : (
        <DeskActionForm action={actions.add} number={number} label="Add a tag">
          <label htmlFor="add-tag" className="text-sm text-slate-700">Add a tag</label>
          <div className="flex gap-2">
            <input id="add-tag" name="name" list="tag-suggestions" required maxLength={40} autoComplete="off" className={deskControl} />
            <datalist id="tag-suggestions">
              {suggestions.filter((name) => !tags.includes(name)).map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <Button type="submit" variant="secondary">Add</Button>
          </div>
        </DeskActionForm>
      )}
    </section>
  );
}
