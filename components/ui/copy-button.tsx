'use client';

import { useState, useSyncExternalStore } from 'react';
import { Button } from './button';

const noSubscription = () => () => {};

type Props = { value: string; label: string; copiedLabel?: string; announcement: string };

/**
 * Copies a value to the clipboard and says so to screen readers. It renders only where a
 * clipboard exists (never on the server), so without JavaScript the field beside it is selected
 * and copied by hand.
 */
export function CopyButton({ value, label, copiedLabel = 'Copied', announcement }: Props) {
  const hasClipboard = useSyncExternalStore(noSubscription, () => !!navigator.clipboard, () => false);
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!hasClipboard || failed) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <Button type="button" variant="secondary" onClick={copy}>
        {copied ? copiedLabel : label}
      </Button>
      <span aria-live="polite" className="sr-only">
        {copied ? announcement : ''}
      </span>
    </>
  );
}
