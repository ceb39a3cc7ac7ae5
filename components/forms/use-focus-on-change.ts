'use client';

import { useEffect, useRef } from 'react';

/** A ref whose element takes focus whenever `key` changes: where a form tells what happened. */
export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
