import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { CategoryOption } from '@/lib/categories/list';
import type { FieldErrors } from '@/lib/errors';
import type { DeskStaff } from '@/lib/tickets/workspace';
import { deskControl } from './control-class';
import { type QueueQuery, queueHref, queueSorts, SEARCH_MAX, sortLabel } from '@/lib/tickets/queue';
import { priorityLabel, statusLabel, ticketPriorities, ticketStatuses } from '@/lib/vocabulary';

const control = deskControl;

type Props = { query: QueueQuery; categories: CategoryOption[]; staff: DeskStaff[]; basePath?: string; dateErrors?: FieldErrors | null; /** Existing tags for the tag field's autocomplete. */ tags?: string[] };

const dateFilters = [
  { name: 'createdFrom', label: 'Created from' },
  { name: 'createdTo', label: 'Created to' },
  { name: 'activityFrom', label: 'Last activity from' },
  { name: 'activityTo', label: 'Last activity to' },
] as const;

/** Search, filters and sort as a plain GET form: the URL holds them, so it works without JavaScript. */
export function QueueFilterForm({ query, categories, staff, basePath = '/desk', dateErrors, tags = [] }: Props) {
  const dated = Boolean(query.createdFrom || query.createdTo || query.activityFrom || query.activityTo || dateErrors);
  const filtered = Boolean(query.q || query.status || query.category || query.priority || query.assignee || query.requester || query.tag) || dated;
  return (
    <form method="get" action={basePath} role="search" aria-label="Search and filter tickets" className="space-y-3">
      {query.view !== 'open' ? <input type="hidden" name="view" value={query.view} /> : null}
      <div className="flex gap-2">
        <label htmlFor="queue-search" className="sr-only">
          Search tickets
        </label>
        <input
          id="queue-search"
          type="search"
          name="q"
          defaultValue={query.q ?? ''}
          maxLength={SEARCH_MAX}
          placeholder="Search number, subject, messages, requester…"
          aria-describedby="queue-search-hint"
          className={control}
        />
        <Button type="submit" className="shrink-0">
          Search
        </Button>
      </div>
      <p id="queue-search-hint" className="sr-only">
        Press slash to come back here from anywhere in the queue.
      </p>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7">
        <Filter id="filter-status" label="Status">
          <select id="filter-status" name="status" defaultValue={query.status ?? ''} className={control}>
            <option value="">Any status</option>
            {ticketStatuses.map((status) => (
              <option key={status} value={status}>{statusLabel[status]}</option>
            ))}
          </select>
        </Filter>
        <Filter id="filter-category" label="Category">
          <select id="filter-category" name="category" defaultValue={query.category ?? ''} className={control}>
            <option value="">Any category</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>{category.name}</option>
            ))}
          </select>
        </Filter>
        <Filter id="filter-priority" label="Priority">
          <select id="filter-priority" name="priority" defaultValue={query.priority ?? ''} className={control}>
            <option value="">Any priority</option>
            {[...ticketPriorities].reverse().map((priority) => (
              <option key={priority} value={priority}>{priorityLabel[priority]}</option>
            ))}
          </select>
        </Filter>
        <Filter id="filter-assignee" label="Assignee">
          <select id="filter-assignee" name="assignee" defaultValue={query.assignee ?? ''} className={control}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Nobody (unassigned)</option>
            {staff.map((person) => (
              <option key={person.id} value={person.id}>{person.name}</option>
            ))}
          </select>
        </Filter>
        <Filter id="filter-requester" label="Requester email">
          <input id="filter-requester" type="email" name="requester" defaultValue={query.requester ?? ''} maxLength={254} autoComplete="off" className={control} />
        </Filter>
        <Filter id="filter-tag" label="Tag">
          <input id="filter-tag" type="text" name="tag" list="filter-tag-options" defaultValue={query.tag ?? ''} maxLength={40} autoComplete="off" className={control} />
          <datalist id="filter-tag-options">
            {tags.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </Filter>
        <Filter id="filter-sort" label="Sort by">
          <select id="filter-sort" name="sort" defaultValue={query.sort} className={control}>
            {queueSorts.map((sort) => (
              <option key={sort} value={sort}>{sortLabel[sort]}</option>
            ))}
          </select>
        </Filter>
      </div>
      <fieldset>
        <legend className="sr-only">Dates</legend>
        <p id="filter-dates-hint" className="mb-2 text-xs text-slate-600">
          Dates are whole days in UTC; both ends are included.
        </p>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {dateFilters.map(({ name, label }) => {
            const error = dateErrors?.[name]?.[0];
            return (
              <Filter key={name} id={`filter-${name}`} label={label}>
                <input
                  id={`filter-${name}`}
                  type="date"
                  name={name}
                  defaultValue={query[name] ?? ''}
                  min="1970-01-01"
                  max="9999-12-31"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `filter-${name}-error filter-dates-hint` : 'filter-dates-hint'}
                  className={error ? control.replace('ring-slate-300', 'ring-red-600') : control}
                />
                {error ? (
                  <p id={`filter-${name}-error`} className="mt-1 text-sm font-medium text-red-700" data-testid={`error-${name}`}>
                    {error}
                  </p>
                ) : null}
              </Filter>
            );
          })}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {filtered ? (
          <Link href={queueHref({ view: query.view, sort: query.sort }, basePath)} className="text-sm font-medium text-brand-700 hover:underline">
            Clear search and filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function Filter({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {label}
      </label>
      {children}
    </div>
  );
}
