import { afterEach, beforeEach } from 'vitest';

const keys = ['RESEND_API_KEY', 'RESEND_BASE_URL', 'MAIL_FROM', 'MAIL_REPLY_DOMAIN', 'RESEND_WEBHOOK_SECRET', 'AUTH_URL', 'MAIL_WORKER'] as const;
type MailEnv = Partial<Record<(typeof keys)[number], string | (() => string)>>;

/** Sets mail settings before each test of the file and puts the previous values back after it. */
export function withMailEnv(values: MailEnv): void {
  const saved: Partial<Record<string, string | undefined>> = {};
  beforeEach(() => {
    for (const key of keys) {
      saved[key] = process.env[key];
      const value = values[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = typeof value === 'function' ? value() : value;
    }
  });
  afterEach(() => {
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
}
