"use client";

import { useGatheredRefresh, useLive } from "./use-live";

/** Keeps the header's bell (and an open notifications list) current: re-reads when one arrives. */
export function LiveBell() {
  const refresh = useGatheredRefresh();
  useLive("/api/live", (message) => {
    if (message.type === "notification" || message.type === "resync") refresh();
  });
  return null;
}
