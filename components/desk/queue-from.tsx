'use client';

import { createContext, type ReactNode, useContext } from 'react';

const QueueFrom = createContext<string | null>(null);

/** The queue the agent opened the ticket from (its query string), for every form on the page. */
export function QueueFromProvider({ from, children }: { from: string | null; children: ReactNode }) {
  return <QueueFrom.Provider value={from}>{children}</QueueFrom.Provider>;
}

/**
 * Sends the queue along with a form, so the page the action returns to still knows its previous
 * and next tickets; a plain field, so it works without JavaScript.
 */
export function QueueFromField() {
  const from = useContext(QueueFrom);
  return from === null ? null : <input type="hidden" name="from" value={from} />;
}
