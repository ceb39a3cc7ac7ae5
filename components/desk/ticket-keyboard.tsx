'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { isShortcut, ShortcutsButton, ShortcutsDialog } from './shortcuts-dialog';

type Props = {
  /** The neighbouring tickets in the queue the agent came from, as links; null where there is none. */
  previousHref: string | null;
  nextHref: string | null;
};

const keys = [
  ['r', 'Write a reply to the customer'],
  ['n', 'Write an internal note'],
  ['s', 'Change the status'],
  ['[', 'Previous ticket in the queue'],
  [']', 'Next ticket in the queue'],
  ['?', 'Show these shortcuts'],
] as const;

/** Switches the composer's mode as a click on its radio button would, then puts the cursor in the message. */
function compose(visibility: 'public' | 'internal'): string | null {
  const radio = document.querySelector<HTMLInputElement>(`#composer input[name="visibility"][value="${visibility}"]`);
  if (!radio) return 'This ticket is archived: restore it to write on it.';
  if (radio.disabled) return 'A closed ticket takes no more replies; press n for an internal note.';
  if (!radio.checked) radio.click();
  document.getElementById('field-body')?.focus();
  return null;
}

/**
 * Keyboard shortcuts for the ticket workspace, alongside the queue's. Keys typed into a field
 * are left alone, and so are keys with Ctrl, Alt or Cmd.
 */
export function TicketKeyboard({ previousHref, nextHref }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 8000);
    return () => clearTimeout(timer);
  }, [announcement]);

  useEffect(() => {
    const go = (href: string | null, which: string) => {
      if (href) router.push(href);
      else setAnnouncement(`No ${which} ticket: open this one from a queue to step through it.`);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, dialog.current)) return;
      let refusal: string | null = null;
      switch (event.key) {
        case 'r':
          refusal = compose('public');
          break;
        case 'n':
          refusal = compose('internal');
          break;
        case 's': {
          const status = document.getElementById('status-to');
          if (status) status.focus();
          else refusal = 'The status cannot change here.';
          break;
        }
        case '[':
          go(previousHref, 'previous');
          break;
        case ']':
          go(nextHref, 'next');
          break;
        case '?':
          dialog.current?.showModal();
          break;
        default:
          return;
      }
      if (refusal) setAnnouncement(refusal);
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [previousHref, nextHref, router]);

  return (
    <>
      <ShortcutsButton onOpen={() => dialog.current?.showModal()} />
      <p
        role="status"
        aria-live="polite"
        data-testid="keyboard-status"
        className={announcement ? 'fixed bottom-4 left-1/2 z-40 -translate-x-1/2 rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white shadow-lg' : 'sr-only'}
      >
        {announcement}
      </p>
      <ShortcutsDialog ref={dialog} keys={keys} />
    </>
  );
}
