'use client';

import { useEffect } from 'react';

/**
 * After a change the page comes back with what changed; focus moves there (the control, or the
 * notice when the control is gone), not to the top. `signal` is fresh per change, so the same
 * change twice moves focus twice, and a live refresh by someone else moves nothing.
 */
export function ArrivalFocus({ targetId, fallbackId, signal }: { targetId: string; fallbackId: string; signal: string }) {
  useEffect(() => {
    if (!signal) return;
    const target = document.getElementById(targetId) ?? document.getElementById(fallbackId);
    target?.focus();
  }, [targetId, fallbackId, signal]);
  return null;
}
