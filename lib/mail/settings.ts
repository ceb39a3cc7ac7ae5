import { readEnv } from '@/lib/env';

export type MailSettings = {
  /** Unset: nothing is sent, mail is kept as held. */
  apiKey: string | undefined;
  from: string;
  /** Unset: mail carries no Reply-To, and replies go to the From address. */
  replyDomain: string | undefined;
  webhookSecret: string | undefined;
  /** Replies by mail reach the ticket: a reply domain gives them an address, the webhook brings them in. */
  repliesByMail: boolean;
  /** Where the Resend client sends its requests; unset: Resend's own API. */
  resendBaseUrl: string | undefined;
  /** The domain of Message-IDs: the reply domain, else the From address's. */
  messageIdDomain: string;
  /** Origin of the links in mail: AUTH_URL, else this machine. */
  publicUrl: string;
  workerEnabled: boolean;
  pollMs: number;
};

const keys = ['RESEND_API_KEY', 'MAIL_FROM', 'MAIL_REPLY_DOMAIN', 'RESEND_WEBHOOK_SECRET', 'RESEND_BASE_URL', 'AUTH_URL', 'PORT', 'MAIL_WORKER', 'MAIL_POLL_SECONDS'] as const;
let cached: { raw: string; settings: MailSettings } | undefined;

/**
 * The mail settings, parsed from the environment on first use (never at import, so `next build`
 * needs none) and again whenever a variable changed, which tests rely on.
 */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const raw = JSON.stringify(keys.map((key) => env[key] ?? null));
  if (cached?.raw === raw) return cached.settings;
  const read = <K extends (typeof keys)[number]>(key: K) => readEnv(key, env);
  const values = {
    RESEND_API_KEY: read('RESEND_API_KEY'),
    MAIL_FROM: read('MAIL_FROM'),
    MAIL_REPLY_DOMAIN: read('MAIL_REPLY_DOMAIN'),
    RESEND_WEBHOOK_SECRET: read('RESEND_WEBHOOK_SECRET'),
    AUTH_URL: read('AUTH_URL'),
    PORT: read('PORT'),
    MAIL_WORKER: read('MAIL_WORKER'),
    MAIL_POLL_SECONDS: read('MAIL_POLL_SECONDS'),
    RESEND_BASE_URL: read('RESEND_BASE_URL'),
  };
  const fromDomain = /@([^>\s]+)>?$/.exec(values.MAIL_FROM)?.[1]?.toLowerCase();
  const settings: MailSettings = {
    apiKey: values.RESEND_API_KEY,
    from: values.MAIL_FROM,
    replyDomain: values.MAIL_REPLY_DOMAIN,
    webhookSecret: values.RESEND_WEBHOOK_SECRET,
    repliesByMail: Boolean(values.MAIL_REPLY_DOMAIN && values.RESEND_WEBHOOK_SECRET),
    resendBaseUrl: values.RESEND_BASE_URL,
    messageIdDomain: values.MAIL_REPLY_DOMAIN ?? fromDomain ?? 'localhost',
    publicUrl: values.AUTH_URL ? new URL(values.AUTH_URL).origin : `http://localhost:${values.PORT}`,
    workerEnabled: values.MAIL_WORKER,
    pollMs: values.MAIL_POLL_SECONDS * 1000,
  };
  cached = { raw, settings };
  return settings;
}

/** An absolute link into the app for a path such as `/t/<token>`. */
export function appUrl(path: string, settings: MailSettings = mailSettings()): string {
  return new URL(path, settings.publicUrl).toString();
}
