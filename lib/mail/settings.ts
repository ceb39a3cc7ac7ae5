import { z } from 'zod';

// An empty value in .env means "unset", as it does for every other Deskline setting.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/, {
    error: 'must be a domain name such as reply.example.com',
  });

// "Name <address>" or a bare address; the address part decides the Message-ID domain when no reply domain is set.
const fromAddress = z
  .string()
  .trim()
  .regex(/^(?:[^<>]+<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, { error: 'must look like "Deskline <support@example.com>"' });

const envSchema = z.object({
  RESEND_API_KEY: optional(z.string().trim()),
  MAIL_FROM: optional(fromAddress).transform((value) => value ?? 'Deskline <support@localhost>'),
  MAIL_REPLY_DOMAIN: optional(hostname),
  RESEND_WEBHOOK_SECRET: optional(z.string().trim()),
  RESEND_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
  AUTH_URL: optional(z.url({ protocol: /^https?$/ })),
  PORT: optional(z.coerce.number().int().min(1).max(65_535)),
  MAIL_WORKER: optional(z.enum(['true', 'false'])).transform((value) => value !== 'false'),
  MAIL_POLL_SECONDS: optional(z.coerce.number().int().min(1).max(300)).transform((value) => value ?? 5),
});

export type MailSettings = {
  /** Unset: nothing is sent, mail is kept as held. */
  apiKey: string | undefined;
  from: string;
  /** Unset: mail carries no Reply-To, and replies go to the From address. */
  replyDomain: string | undefined;
  webhookSecret: string | undefined;
  /** The domain of Message-IDs: the reply domain, else the From address's. */
  messageIdDomain: string;
  /** Origin of the links in mail: AUTH_URL, else this machine. */
  publicUrl: string;
  workerEnabled: boolean;
  pollMs: number;
};

const keys = Object.keys(envSchema.shape) as Array<keyof typeof envSchema.shape>;
let cached: { raw: string; settings: MailSettings } | undefined;

/**
 * The mail settings, parsed from the environment on first use (never at import, so `next build`
 * needs none) and again whenever a variable changed, which tests rely on.
 */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const raw = JSON.stringify(keys.map((key) => env[key] ?? null));
  if (cached?.raw === raw) return cached.settings;
  const parsed = envSchema.safeParse(Object.fromEntries(keys.map((key) => [key, env[key]])));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new Error(`Invalid mail settings: ${problems}`);
  }
  const values = parsed.data;
  const fromDomain = /@([^>\s]+)>?$/.exec(values.MAIL_FROM)?.[1]?.toLowerCase();
  const settings: MailSettings = {
    apiKey: values.RESEND_API_KEY,
    from: values.MAIL_FROM,
    replyDomain: values.MAIL_REPLY_DOMAIN,
    webhookSecret: values.RESEND_WEBHOOK_SECRET,
    messageIdDomain: values.MAIL_REPLY_DOMAIN ?? fromDomain ?? 'localhost',
    publicUrl: values.AUTH_URL ? new URL(values.AUTH_URL).origin : `http://localhost:${values.PORT ?? 3000}`,
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
