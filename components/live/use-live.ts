"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { type LiveMessage, subscribeLive } from "./live-source";

/** Listens on the page's live stream while mounted; the latest handler is always the one called. */
export function useLive(
  url: string,
  handler: (message: LiveMessage) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () => subscribeLive(url, (message) => latest.current(message)),
    [url],
  );
}

/** router.refresh(), gathered: a burst of events re-reads the page once. */
export function useGatheredRefresh(delayMs = 250): () => void {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, delayMs);
  }, [router, delayMs]);
}
