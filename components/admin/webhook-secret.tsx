'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';

const noSubscription = () => () => {};

/**
 * A signing secret, shown this once: a read-only field anyone can select and copy; with
 * JavaScript and a clipboard, a button copies it and says so to screen readers.
 */
export function WebhookSecret({ secret }: { secret: string }) {
  const hasClipboard = useSyncExternalStore(noSubscription, () => !!navigator.clipboard, () => false);
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200" data-testid="webhook-secret-box">
      <label htmlFor="webhook-secret" className="block text-sm font-semibold text-amber-950">
        Signing secret
      </label>
      <p id="webhook-secret-hint" className="mt-1 text-sm text-amber-950">
        Copy it into the receiver now: it is shown only this once. If it is lost, rotate it.
      </p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input
          id="webhook-secret"
          readOnly
          value={secret}
          aria-describedby="webhook-secret-hint"
          onFocus={(event) => event.currentTarget.select()}
          data-testid="webhook-secret"
          className="block w-full min-w-0 flex-1 rounded-lg border-0 bg-white px-3 py-2.5 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 focus:outline-none"
        />
        {hasClipboard && !failed ? (
          <Button type="button" variant="secondary" onClick={copy}>
            {copied ? 'Copied' : 'Copy secret'}
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? 'Secret copied to the clipboard.' : ''}
      </p>
    </div>
  );
}
