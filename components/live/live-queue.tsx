"use client";

import { useGatheredRefresh, useLive } from "./use-live";

/**
 * The queue, live: every ticket change re-reads the page. Rows already listed update in place
 * (selection and keyboard cursor are client state and stay); rows new to the list wait behind
 * the table's quiet "N new tickets — show" bar (QueueTable's holdNewRows).
 */
export function LiveQueue() {
  const refresh = useGatheredRefresh();
  useLive("/api/live", (message) => {
    if (message.type === "resync" || message.type === "ticket") refresh();
  });
  return <div hidden data-testid="live-queue" />;
}
