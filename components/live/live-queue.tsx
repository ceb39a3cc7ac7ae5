"use client";

import { useState } from "react";
import { useGatheredRefresh, useLive } from "./use-live";

/**
 * The queue, live: changes to tickets already listed re-read the rows in place (selection and
 * keyboard cursor are client state and stay); new tickets only count up a quiet bar, so rows do
 * not jump under the pointer until the agent asks for them.
 */
export function LiveQueue() {
  const refresh = useGatheredRefresh();
  const [fresh, setFresh] = useState(0);
  useLive("/api/live", (message) => {
    if (message.type === "resync") refresh();
    if (message.type !== "ticket") return;
    if (message.data.kind === "created") setFresh((n) => n + 1);
    else refresh();
  });
  return (
    <div aria-live="polite" data-testid="live-queue">
      {fresh > 0 ? (
        <button
          type="button"
          onClick={() => {
            setFresh(0);
            refresh();
          }}
          className="w-full rounded-xl bg-brand-50 px-4 py-3 text-left text-sm font-medium text-brand-900 ring-1 ring-brand-200 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-700"
          data-testid="new-tickets-bar"
        >
          {fresh === 1 ? "1 new ticket" : `${fresh} new tickets`} — show
        </button>
      ) : null}
    </div>
  );
}
