"use client";

import { useCallback, useEffect, useState } from "react";
import { useGatheredRefresh, useLive } from "./use-live";

type Presence = { name: string; state: "viewing" | "replying"; until: number };
type PresenceEntry = {
  userId: string;
  name: string;
  state: "viewing" | "replying";
};

const PING_MS = 10_000;
const TTL_MS = 30_000;

/** A draft in any of the page's text boxes: a re-read now would replace what the agent is writing. */
function hasDraft(): boolean {
  return [
    ...document.querySelectorAll<HTMLTextAreaElement>("#main textarea"),
  ].some((box) => box.value.trim() !== "");
}

function ping(
  number: string,
  state: "viewing" | "replying" | "left",
): Promise<PresenceEntry[]> {
  return fetch("/api/live/presence", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ticket: number, state }),
    keepalive: state === "left",
  })
    .then((response) =>
      response.ok
        ? (response.json() as Promise<{ others: PresenceEntry[] }>)
        : { others: [] },
    )
    .then((answer) => answer.others)
    .catch(() => []);
}

/**
 * The ticket workspace, live: new messages, events and property changes re-read the page; while
 * the agent has a draft the re-read waits behind a "show" button. Other staff on the ticket are
 * named, viewing or replying.
 */
export function LiveTicket({
  number,
  ticketId,
  myId,
  shown,
}: {
  number: string;
  ticketId: string;
  myId: string;
  /** Changes whenever the page shows a newer state of the ticket, which answers a waiting "show". */
  shown: string;
}) {
  const refresh = useGatheredRefresh();
  const [others, setOthers] = useState<Map<string, Presence>>(new Map());
  const [waiting, setWaiting] = useState(false);
  const [shownBefore, setShownBefore] = useState(shown);
  if (shown !== shownBefore) {
    setShownBefore(shown);
    setWaiting(false);
  }
  const [said, setSaid] = useState("");
  const [now, setNow] = useState(() => Date.now());

  const note = useCallback(
    (entries: PresenceEntry[]) => {
      setOthers((current) => {
        const next = new Map(current);
        for (const entry of entries)
          if (entry.userId !== myId)
            next.set(entry.userId, {
              name: entry.name,
              state: entry.state,
              until: Date.now() + TTL_MS,
            });
        return next;
      });
    },
    [myId],
  );

  useLive("/api/live", (message) => {
    if (message.type === "resync") refresh();
    if (message.type === "presence" && message.data.ticketId === ticketId) {
      const { userId, name, state } = message.data as {
        userId: string;
        name: string;
        state: "viewing" | "replying" | "left";
      };
      if (state === "left") {
        setOthers((current) => {
          const next = new Map(current);
          next.delete(userId);
          return next;
        });
      } else note([{ userId, name, state }]);
    }
    if (message.type !== "ticket" || message.data.number !== number) return;
    if (message.data.kind === "replied" && message.data.actorId !== myId)
      setSaid("A new message arrived on this ticket.");
    if (hasDraft()) setWaiting(true);
    else refresh();
  });

  useEffect(() => {
    const send = () => {
      const typing =
        document.activeElement instanceof HTMLTextAreaElement || hasDraft();
      void ping(number, typing ? "replying" : "viewing").then(note);
      setNow(Date.now());
    };
    send();
    const timer = setInterval(send, PING_MS);
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof HTMLTextAreaElement) send();
    };
    const leave = () => void ping(number, "left");
    document.addEventListener("focusin", onFocus);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      document.removeEventListener("focusin", onFocus);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [number, note]);

  const present = [...others.entries()].filter(
    ([, entry]) => entry.until > now,
  );
  return (
    <div className="space-y-2" data-testid="live-ticket">
      {present.length > 0 ? (
        <ul
          className="flex flex-wrap gap-2 text-sm"
          aria-label="Also on this ticket"
          data-testid="presence"
        >
          {present.map(([userId, entry]) => (
            <li
              key={userId}
              className={`rounded-full px-3 py-1 ring-1 ${entry.state === "replying" ? "bg-amber-50 text-amber-900 ring-amber-300" : "bg-slate-50 text-slate-700 ring-slate-200"}`}
            >
              {entry.name} is {entry.state}
            </li>
          ))}
        </ul>
      ) : null}
      {waiting ? (
        <button
          type="button"
          onClick={() => {
            setWaiting(false);
            refresh();
          }}
          className="w-full rounded-xl bg-brand-50 px-4 py-3 text-left text-sm font-medium text-brand-900 ring-1 ring-brand-200 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-700"
          data-testid="live-ticket-changed"
        >
          This ticket changed while you were writing — show the new activity
        </button>
      ) : null}
      <p className="sr-only" aria-live="polite" data-testid="live-announcer">
        {said}
      </p>
    </div>
  );
}
