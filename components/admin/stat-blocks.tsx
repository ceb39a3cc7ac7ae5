import type { ReactNode } from 'react';

/** One headline figure with what it counts. */
export function StatCard({ label, value, note, testId }: { label: string; value: ReactNode; note?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5" data-testid={testId}>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-2 text-xl font-bold text-slate-900 tabular-nums sm:text-3xl">{value}</dd>
      {note ? <dd className="mt-1 text-sm text-slate-600">{note}</dd> : null}
    </div>
  );
}

/** Labelled counts with a bar each; the bar is decoration, the number is the content. */
export function BarList({ title, items, tone = 'bg-brand-500' }: { title: string; items: Array<{ label: string; value: number; note?: string }>; tone?: string }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  const id = `bars-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {title}
      </h3>
      <ul className="mt-3 space-y-2.5">
        {items.map((item) => (
          <li key={item.label} className="text-sm">
            <div className="flex justify-between gap-3">
              <span className="text-slate-700">
                {item.label}
                {item.note ? <span className="text-slate-500"> {item.note}</span> : null}
              </span>
              <span className="font-semibold text-slate-900 tabular-nums">{item.value.toLocaleString('en')}</span>
            </div>
            <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
              <div className={`h-2 rounded-full ${tone}`} style={{ width: `${(item.value / max) * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
