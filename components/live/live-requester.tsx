"use client";

import { useState } from "react";
import { useGatheredRefresh, useLive } from "./use-live";

/**
 * A requester's ticket page, live: a staff reply or a status change re-reads the page (through the
 * requester's own reads, so nothing internal can show) and is announced once, politely.
 */
export function LiveRequester({
  url,
  number,
}: {
  url: string;
  number: string;
}) {
  const refresh = useGatheredRefresh();
  const [said, setSaid] = useState("");
  useLive(url, (message) => {
    if (message.type === "resync") refresh();
    if (message.type !== "ticket" || message.data.number !== number) return;
    if (message.data.kind === "replied")
      setSaid("A new reply arrived on this request.");
    if (message.data.kind === "status_changed")
      setSaid("The status of this request changed.");
    refresh();
  });
  return (
    <p className="sr-only" aria-live="polite" data-testid="live-announcer">
      {said}
    </p>
  );
}
