import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { auditKindOptions } from '@/lib/audit/schemas';
import type { FieldErrors } from '@/lib/errors';
import { auditKindLabel } from './audit-labels';

type Values = { actor?: string; ticket?: string; kind?: string; from?: string; to?: string };

const control =
  'mt-1.5 block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-brand-600 sm:text-sm';

function Field({ name, label, error, children, wide }: { name: string; label: string; error?: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'col-span-2 lg:col-span-1' : undefined}>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`filter-${name}-error`} className="mt-1.5 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The audit log's filters: a plain GET form, so every filtered view has its own address. */
export function AuditFilters({ values, actors, errors }: { values: Values; actors: Array<{ id: string; name: string }>; errors: FieldErrors }) {
  const invalid = (name: string) =>
    errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': `filter-${name}-error`, className: `${control} ring-red-500` } : { className: `${control} ring-slate-300` };
  const groups = [
    { label: 'Tickets', options: auditKindOptions.filter((k) => k.startsWith('ticket.')) },
    { label: 'People, FAQ, categories, settings', options: auditKindOptions.filter((k) => k.startsWith('audit.')) },
  ];
  return (
    <form action="/admin/audit" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-label="Filter the audit log">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <Field wide name="actor" label="Who" error={errors.actor?.[0]}>
          <select id="filter-actor" name="actor" defaultValue={values.actor ?? ''} {...invalid('actor')}>
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field wide name="ticket" label="Ticket number" error={errors.ticket?.[0]}>
          <input id="filter-ticket" name="ticket" placeholder="HD-20250601-0001" defaultValue={values.ticket ?? ''} maxLength={24} {...invalid('ticket')} />
        </Field>
        <Field wide name="kind" label="Kind" error={errors.kind?.[0]}>
          <select id="filter-kind" name="kind" defaultValue={values.kind ?? ''} {...invalid('kind')}>
            <option value="">Any kind</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {auditKindLabel[kind]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field name="from" label="From (UTC)" error={errors.from?.[0]}>
          <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ''} {...invalid('from')} />
        </Field>
        <Field name="to" label="To (UTC)" error={errors.to?.[0]}>
          <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ''} {...invalid('to')} />
        </Field>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button type="submit">Filter</Button>
        <Link href="/admin/audit" className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-semibold text-slate-700 hover:bg-slate-100">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
