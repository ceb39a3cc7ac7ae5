'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useTransition } from 'react';

type CatchUp = 'idle' | 'asked' | 'reading';

/**
 * The `seenMessageId` a reply carries: the newest message on screen while the draft is empty,
 * then, once the agent starts writing, the one they had seen at that moment, however the page
 * refreshes meanwhile — so a customer's message that arrives mid-draft holds the reply. After a
 * held send the page is re-read, and the draft moves on to what is now shown: sending again is
 * the agent's confirmation.
 */
export function useDraftSeenMessage(options: {
  newest: string;
  /** The server held the last send for a newer message; `heldKey` is new with each answer. */
  held: boolean;
  heldKey: unknown;
}): { seenMessageId: string; onDraftChange: (text: string) => void } {
  const { newest, held, heldKey } = options;
  const router = useRouter();
  const [pinned, setPinned] = useState<string | null>(null);
  const [answered, setAnswered] = useState<unknown>(null);
  const [catchUp, setCatchUp] = useState<CatchUp>('idle');
  const [refreshing, startRefresh] = useTransition();

  const onDraftChange = useCallback((text: string) => setPinned((current) => (text.trim() === '' ? null : (current ?? newest))), [newest]);

  if (held && heldKey !== answered) {
    setAnswered(heldKey);
    setCatchUp('asked');
  }
  if (catchUp === 'asked' && refreshing) setCatchUp('reading');
  if (catchUp === 'reading' && !refreshing) {
    // The re-read has landed: what is on screen now is what the agent has been shown.
    setCatchUp('idle');
    if (pinned !== null && pinned !== newest) setPinned(newest);
  }

  useEffect(() => {
    if (catchUp === 'asked') startRefresh(() => router.refresh());
  }, [catchUp, router]);

  return { seenMessageId: pinned ?? newest, onDraftChange };
}
