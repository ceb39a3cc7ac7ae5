import type { ReactElement } from 'react';
import { z } from 'zod';

/** What every template gets besides its own props, from configuration rather than from callers. */
export type Frame = { helpdeskName: string };

export type MailTemplate<S extends z.ZodType = z.ZodType> = {
  /** Strict: a prop the template does not know is refused, not silently carried along. */
  schema: S;
  /** Without the ticket number: the outbox puts `[HD-…]` in front of every ticket's mail. */
  subject: (props: z.output<S>, frame: Frame) => string;
  Component: (props: z.output<S> & Frame) => ReactElement;
};

export function defineTemplate<S extends z.ZodType>(template: MailTemplate<S>): MailTemplate<S> {
  return template;
}

// Links in mail are absolute http(s) URLs built by the caller from the configured origin.
export const link = z.url({ protocol: /^https?$/ });
export const name = z.string().trim().min(1).max(120);
export const ticketNumber = z.string().regex(/^HD-\d{8}-\d{4}$/);
export const ticketSubject = z.string().trim().min(1).max(200);
