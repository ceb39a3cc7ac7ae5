'use client';

import { useFocusOnChange } from '@/components/forms/use-focus-on-change';

/**
 * A reply held because someone wrote after the agent began: a pause, not a failure, so calm
 * colours and a status role; focus moves here so the agent hears why nothing was sent.
 */
export function HeldReplyNotice({ message, focusKey }: { message: string; focusKey: unknown }) {
  const ref = useFocusOnChange<HTMLDivElement>(focusKey);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-labelledby="held-reply-title"
      data-testid="held-reply"
      className="rounded-xl border-l-4 border-sky-600 bg-sky-50 p-4 text-sky-950 focus:outline-2 focus:outline-offset-2 focus:outline-sky-700"
    >
      <h2 id="held-reply-title" className="font-semibold">
        Your reply is not sent yet
      </h2>
      <p className="mt-1 text-sm">{message}</p>
      <p className="mt-1 text-sm">Your draft is kept below: change it if needed, then send it again.</p>
    </div>
  );
}
