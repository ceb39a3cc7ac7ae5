'use client';

import { useEffect } from 'react';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * `/` focuses the top bar's search from anywhere in the staff area, except on a page with a
 * search of its own (the queue's, `yieldTo`), whose shortcut handles the key.
 */
export function SlashToSearch({ inputId, yieldTo }: { inputId: string; yieldTo: string }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingIn(event.target) || document.getElementById(yieldTo)) return;
      const input = document.getElementById(inputId);
      if (!input) return;
      event.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [inputId, yieldTo]);
  return null;
}
