import type { RefObject } from 'react';

type Props = { ref: RefObject<HTMLDialogElement | null>; keys: ReadonlyArray<readonly [string, string]> };

/** The list of a page's keyboard shortcuts, opened with `?` or its button. */
export function ShortcutsDialog({ ref, keys }: Props) {
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-title" className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-xl backdrop:bg-slate-900/40">
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
  );
}

/** The button that opens the dialog; hidden on a phone, which has no keyboard to use it with. */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      onClick={onOpen}
      className="hidden min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 sm:block"
    >
      Keyboard shortcuts <kbd className="ml-1 rounded bg-slate-100 px-1.5 font-mono text-xs">?</kbd>
    </button>
  );
}

/** Whether a key was typed into a field, where it is text and no shortcut. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keys with Ctrl, Alt or Cmd are the browser's; keys in a field or under an open dialog are not shortcuts. */
export function isShortcut(event: KeyboardEvent, dialog: HTMLDialogElement | null): boolean {
  return !(event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target) || dialog?.open);
}
