'use client';

import { useEffect, useRef } from 'react';
import { CopyButton } from '@/components/ui/copy-button';

type Props = { name: string; token: string; expiresAt: string | null };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** The token just made, shown this once; focus moves here so the warning is read first. */
export function NewToken({ name, token, expiresAt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="new-token-title"
      className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200 focus:outline-2 focus:outline-offset-2 focus:outline-amber-600"
      data-testid="new-token"
    >
      <h3 id="new-token-title" className="font-semibold text-amber-950">
        Your new token “{name}”
      </h3>
      <p id="new-token-hint" className="mt-1 text-sm text-amber-950">
        Copy it now and keep it somewhere safe, such as a password manager or your script’s secret store.{' '}
        <strong>You will not see it again:</strong> only its first characters are kept. If it is lost, revoke it and create another.
        {expiresAt ? ` It expires on ${dateFormat.format(new Date(expiresAt))}.` : ' It never expires.'}
      </p>
      <label htmlFor="new-token-value" className="mt-3 block text-sm font-medium text-amber-950">
        Token
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <input
          id="new-token-value"
          readOnly
          value={token}
          aria-describedby="new-token-hint"
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
          data-testid="new-token-value"
          className="block w-full min-w-0 flex-1 rounded-lg border-0 bg-white px-3 py-2.5 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 focus:outline-none"
        />
        <CopyButton value={token} label="Copy token" announcement="Token copied to the clipboard." />
      </div>
    </div>
  );
}
