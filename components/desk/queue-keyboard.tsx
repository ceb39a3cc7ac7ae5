'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = { assignToMe: FormAction<{ number: string }> };

const keys: Array<[string, string]> = [
  ['j', 'Next ticket'],
  ['k', 'Previous ticket'],
  ['Enter', 'Open the highlighted ticket'],
  ['a', 'Assign the highlighted ticket to me'],
  ['/', 'Search'],
  ['?', 'Show these shortcuts'],
];

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

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
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      if (dialog.current?.open) return;
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
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="hidden min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 sm:block"
      >
        Keyboard shortcuts <kbd className="ml-1 rounded bg-slate-100 px-1.5 font-mono text-xs">?</kbd>
      </button>
      {/* Always in the page, so that screen readers announce what appears in it. */}
      <p
        role="status"
        aria-live="polite"
        data-testid="keyboard-status"
        className={announcement ? 'fixed bottom-4 left-1/2 z-40 -translate-x-1/2 rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white shadow-lg' : 'sr-only'}
      >
        {announcement}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id="shortcuts-title" className="text-lg font-semibold text-slate-900">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 space-y-2 text-sm">
          {keys.map(([key, meaning]) => (
            <div key={key} className="flex items-center gap-3">
              <dt className="w-16 shrink-0">
                <kbd className="rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-800 ring-1 ring-slate-300">{key}</kbd>
              </dt>
              <dd className="text-slate-700">{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-slate-600">Shortcuts pause while you type in a field.</p>
        <form method="dialog" className="mt-6 text-right">
          <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
