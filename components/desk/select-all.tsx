'use client';

import { useHydrated } from './use-hydrated';

/**
 * Ticks every row of the page. Shown only once JavaScript runs: without it the box could not
 * do anything, and a control that does nothing is worse than none.
 */
export function SelectAll() {
  if (!useHydrated()) return <span className="sr-only">Select</span>;
  return (
    <input
      type="checkbox"
      aria-label="Select every ticket on this page"
      className="size-5 accent-brand-600"
      onChange={(event) => {
        const table = event.currentTarget.closest('form');
        table?.querySelectorAll<HTMLInputElement>('input[name="numbers"]').forEach((box) => {
          box.checked = event.currentTarget.checked;
        });
      }}
    />
  );
}
