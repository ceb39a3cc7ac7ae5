'use client';

import { useFocusOnChange } from './use-focus-on-change';

export type SummaryItem = { field: string; message: string };

/** The list of problems at the top of a form; focus moves here when a submission fails. */
export function ErrorSummary({ message, items, focusKey }: { message: string; items: SummaryItem[]; focusKey: unknown }) {
  const ref = useFocusOnChange<HTMLDivElement>(focusKey);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      className="mb-6 rounded-xl border-l-4 border-red-600 bg-red-50 p-4 text-red-900 focus:outline-2 focus:outline-offset-2 focus:outline-red-600"
    >
      <h2 id="error-summary-title" className="font-semibold">
        {message}
      </h2>
      {items.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {items.map((item) => (
            <li key={item.field}>
              <a className="underline underline-offset-2 hover:text-red-700" href={`#field-${item.field}`}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
