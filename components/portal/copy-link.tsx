'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';

const noSubscription = () => () => {};

/**
 * The link in a read-only field anyone can select and copy; with JavaScript and a clipboard,
 * a button does it in one go and says so to screen readers.
 */
export function CopyLink({ url, label }: { url: string; label: string }) {
  // False on the server and before hydration, so the button only appears where it works.
  const hasClipboard = useSyncExternalStore(noSubscription, () => !!navigator.clipboard, () => false);
  const [failed, setFailed] = useState(false);
  const [copied, setCopied] = useState(false);
  const canCopy = hasClipboard && !failed;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 4000);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div>
      <label htmlFor="tracking-link" className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <input
          id="tracking-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="tracking-link"
          className="block w-full min-w-0 flex-1 rounded-lg border-0 bg-slate-50 px-3 py-2.5 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 focus:outline-none"
        />
        {canCopy ? (
          <Button type="button" variant="secondary" onClick={copy}>
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? 'Link copied to the clipboard.' : ''}
      </p>
    </div>
  );
}
