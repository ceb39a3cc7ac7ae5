'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';
import { isShortcut, ShortcutsButton, ShortcutsDialog } from './shortcuts-dialog';

type Props = { assignToMe: FormAction<{ number: string }> };

const keys: Array<[string, string]> = [
  ['j', 'Next ticket'],
  ['k', 'Previous ticket'],
  ['Enter', 'Open the highlighted ticket'],
  ['a', 'Assign the highlighted ticket to me'],
  ['/', 'Search'],
  ['?', 'Show these shortcuts'],
];

/** The rows of whichever layout is showing: the table on wide screens, the cards on a phone. */
function visibleRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-queue-row]')].filter((row) => row.offsetParent !== null);
}

/**
 * Keyboard shortcuts for the queue. Keys typed into a field are left alone, and so are keys
 * with Ctrl, Alt or Cmd, so the browser's own shortcuts keep working.
 */
export function QueueKeyboard({ assignToMe }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  // The highlighted ticket by number, not by row: a live re-read may reorder or add rows.
  const active = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [, startTransition] = useTransition();

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 8000);
    return () => clearTimeout(timer);
  }, [announcement]);

  useEffect(() => {
    const highlight = (index: number) => {
      const rows = visibleRows();
      if (rows.length === 0) return;
      const next = Math.max(0, Math.min(rows.length - 1, index));
      rows.forEach((row, i) => row.setAttribute('data-active', String(i === next)));
      active.current = rows[next]?.dataset.number ?? null;
      rows[next]?.querySelector<HTMLElement>('[data-queue-link]')?.focus();
    };
    /** Where the cursor is now: the focused row, else the highlighted ticket wherever its row went. */
    const currentIndex = () => {
      const rows = visibleRows();
      const focused = rows.find((row) => row.contains(document.activeElement));
      if (focused) active.current = focused.dataset.number ?? null;
      return active.current === null ? -1 : rows.findIndex((row) => row.dataset.number === active.current);
    };

    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, dialog.current)) return;
      const index = currentIndex();
      const row = visibleRows()[index];
      switch (event.key) {
        case 'j':
          highlight(index + 1);
          break;
        case 'k':
          highlight(index < 0 ? 0 : index - 1);
          break;
        case 'Enter':
          if (!row || row.contains(document.activeElement)) return;
          row.querySelector<HTMLElement>('[data-queue-link]')?.click();
          break;
        case 'a': {
          const number = row?.dataset.number;
          if (!number) {
            setAnnouncement('Highlight a ticket first: press j to move down the queue.');
            break;
          }
          setAnnouncement(`Assigning ${number} to you…`);
          startTransition(async () => {
            const form = new FormData();
            form.set('number', number);
            const result = await assignToMe(idleFormState, form);
            if (result.status === 'done') setAnnouncement(`${result.data.number} is assigned to you.`);
            else if (result.status === 'error') setAnnouncement(result.message);
            router.refresh();
          });
          break;
        }
        case '/':
          document.getElementById('queue-search')?.focus();
          break;
        case '?':
          dialog.current?.showModal();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [assignToMe, router]);

  return (
    <>
      <ShortcutsButton onOpen={() => dialog.current?.showModal()} />
      {/* Always in the page, so that screen readers announce what appears in it. */}
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
