import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import type { DatabaseSettings } from '@/db/client';

/*
 * Every setting Deskline reads from the environment, with its default. To add one: add a line to
 * `envSchema`, document it in .env.example and in the README's Configuration table (a test checks
 * both), and read it as `env.NAME`. Wrap in `secret()` what an error message must not repeat.
 * Schemas receive the raw string, or undefined when the variable is unset or blank.
 */

const wholeNumber = 'must be a positive whole number';
const positiveInt = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: wholeNumber })
  .transform(Number)
  .refine((n) => n > 0 && Number.isSafeInteger(n), { error: wholeNumber });

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }))
  .transform((s) => s === 'true' || s === '1');

const httpUrl = z.string().trim().pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }));

const postgresUrl = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }));

/** Marks a setting whose value is left out of error messages. */
const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/, {
    error: 'must be a domain name such as reply.example.com',
  });

// "Name <address>" or a bare address.
const fromAddress = z
  .string()
  .trim()
  .regex(/^(?:[^<>]+<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, { error: 'must look like "Deskline <support@example.com>"' });

// Comma-separated addresses, CIDRs or proxy-addr's names (loopback, linklocal, uniquelocal).
const proxyList = z
  .string()
  .transform((s) => s.split(',').map((entry) => entry.trim()).filter(Boolean))
  .refine(
    (list) => {
      try {
        proxyaddr.compile(list);
        return true;
      } catch {
        return false;
      }
    },
    { error: 'must be comma-separated IP addresses or CIDR ranges such as 10.0.0.0/8, ::1' },
  );

function secret<S extends z.ZodType>(schema: S): S {
  return schema.meta({ secret: true }) as S;
}

export const envSchema = {
  DATABASE_URL: secret(postgresUrl.optional()),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DESKLINE_DATA_DIR: z.string().default('.data/pglite'),
  AUTH_SECRET: secret(z.string().optional()),
  AUTH_URL: httpUrl.optional(),
  ADMIN_EMAIL: z.string().trim().optional(),
  ADMIN_PASSWORD: secret(z.string().optional()),
  ADMIN_NAME: z.string().trim().optional(),
  /** Unset: decided by the engine (seeded on PGlite only). */
  DEMO_DATA: flag.optional(),
  DESKLINE_MIGRATE_ON_START: flag.default(true),
  RATE_LIMIT_CONTACT_PER_IP: positiveInt.default(5),
  RATE_LIMIT_CONTACT_PER_EMAIL: positiveInt.default(5),
  RATE_LIMIT_CONTACT_WINDOW_SECONDS: positiveInt.default(600),
  RATE_LIMIT_SIGNIN_PER_IP: positiveInt.default(20),
  RATE_LIMIT_SIGNIN_PER_EMAIL: positiveInt.default(8),
  RATE_LIMIT_SIGNIN_WINDOW_SECONDS: positiveInt.default(900),
  RATE_LIMIT_SIGNIN_DELAY_AFTER: positiveInt.default(10),
  RATE_LIMIT_SIGNIN_MAX_DELAY_SECONDS: positiveInt.default(60),
  RATE_LIMIT_SIGNUP_PER_IP: positiveInt.default(10),
  RATE_LIMIT_SIGNUP_WINDOW_SECONDS: positiveInt.default(3600),
  RATE_LIMIT_PASSWORD_RESET_PER_IP: positiveInt.default(10),
  RATE_LIMIT_PASSWORD_RESET_PER_EMAIL: positiveInt.default(3),
  RATE_LIMIT_PASSWORD_RESET_WINDOW_SECONDS: positiveInt.default(3600),
  RATE_LIMIT_FAQ_SUGGESTIONS_PER_IP: positiveInt.default(120),
  RATE_LIMIT_FAQ_SUGGESTIONS_WINDOW_SECONDS: positiveInt.default(60),
  RATE_LIMIT_TRACKING_FAILURES_PER_IP: positiveInt.default(20),
  RATE_LIMIT_TRACKING_WINDOW_SECONDS: positiveInt.default(900),
  RATE_LIMIT_API_PER_TOKEN: positiveInt.default(600),
  RATE_LIMIT_API_PER_IP: positiveInt.default(300),
  RATE_LIMIT_API_WINDOW_SECONDS: positiveInt.default(60),
  /** Unset: no proxy is trusted, and the client is the TCP peer. */
  TRUSTED_PROXIES: proxyList.default([]),
  PORT: positiveInt.refine((n) => n <= 65_535, { error: 'must be a port number up to 65535' }).default(3000),
  /** Unset: nothing is sent; mail is kept as held. */
  RESEND_API_KEY: secret(z.string().trim().optional()),
  MAIL_FROM: fromAddress.default('Deskline <support@localhost>'),
  MAIL_REPLY_DOMAIN: hostname.optional(),
  RESEND_WEBHOOK_SECRET: secret(z.string().trim().optional()),
  /** Read by the Resend client itself; checked here so a typo is reported at start. */
  RESEND_BASE_URL: httpUrl.optional(),
  MAIL_WORKER: flag.default(true),
  WEBHOOK_WORKER: flag.default(true),
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }))
    .default('info'),
  LIVE_MAX_STREAMS_PER_USER: positiveInt.default(8),
  LIVE_MAX_STREAMS: positiveInt.default(5000),
  MAIL_POLL_SECONDS: positiveInt.refine((n) => n <= 300, { error: 'must be at most 300' }).default(5),
  /** Unset: `files/` beside the embedded database's folder. */
  FILES_DIR: z.string().optional(),
  /** Set: files go to this S3-compatible bucket instead of the disk. */
  S3_BUCKET: z.string().trim().optional(),
  S3_ENDPOINT: httpUrl.optional(),
  /** Unset: `auto` with an endpoint (R2), else `us-east-1`. */
  S3_REGION: z.string().trim().optional(),
  S3_ACCESS_KEY_ID: secret(z.string().trim().optional()),
  S3_SECRET_ACCESS_KEY: secret(z.string().trim().optional()),
  S3_FORCE_PATH_STYLE: flag.default(false),
  FILES_MAX_PER_MESSAGE: positiveInt.refine((n) => n <= 100, { error: 'must be at most 100' }).default(10),
  FILES_MAX_MESSAGE_MB: positiveInt.refine((n) => n <= 1024, { error: 'must be at most 1024' }).default(25),
  /** Set: every file is scanned by this clamd before it is shown. */
  CLAMAV_HOST: z.string().trim().optional(),
  CLAMAV_PORT: positiveInt.refine((n) => n <= 65_535, { error: 'must be a port number up to 65535' }).default(3310),
} satisfies Record<string, z.ZodType<unknown, string | undefined>>;

type EnvSchema = typeof envSchema;
export type EnvName = keyof EnvSchema;
export type Env = { readonly [K in EnvName]: z.output<EnvSchema[K]> };

export const envNames = Object.keys(envSchema) as EnvName[];

/** Where settings come from: process.env, or a plain object in tests. */
export type Source = Record<string, string | undefined>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Parses one setting from `source`; throws an EnvError naming the variable and the problem. */
export function readEnv<K extends EnvName>(name: K, source: Source = process.env): Env[K] {
  const value = source[name];
  // Blank, as an `.env` line without a value leaves it, means unset.
  const raw = value?.trim() ? value : undefined;
  const schema: z.ZodType = envSchema[name];
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problem = result.error.issues[0]?.message ?? 'is invalid';
    const shown = schema.meta()?.secret ? '' : `, got '${raw}'`;
    throw new EnvError(`${name} ${problem}${shown}`);
  }
  return result.data as Env[K];
}

/**
 * Typed settings, each parsed when it is read, so nothing is required at import time (`next
 * build`) and tests that change process.env see their values.
 */
export const env: Env = Object.defineProperties(
  {},
  Object.fromEntries(envNames.map((name) => [name, { enumerable: true, get: () => readEnv(name) }])),
) as Env;

/** Checks every setting at once, for a server's start: all problems in one message. */
export function validateEnv(source: Source = process.env): void {
  const problems: string[] = [];
  for (const name of envNames) {
    try {
      readEnv(name, source);
    } catch (error) {
      if (!(error instanceof EnvError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new EnvError(`Invalid settings: ${problems.join('; ')}`);
}

/** Set by Next (build, start) and the tools, not by whoever runs Deskline. */
export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

/** Where the embedded database lives, as an absolute path. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.DESKLINE_DATA_DIR);
}

/** Where files are kept on disk when no S3 bucket is set, as an absolute path. */
export function filesDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.FILES_DIR ?? path.join(path.dirname(dataDir()), 'files'));
}

/** What db/client needs to open the configured database. */
export function databaseSettings(): DatabaseSettings {
  return { url: env.DATABASE_URL ?? null, poolSize: env.DATABASE_POOL_SIZE, dir: dataDir() };
}
