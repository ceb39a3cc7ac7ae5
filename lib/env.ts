import path from 'node:path';
import { z } from 'zod';

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: 'must be a positive whole number' })
    .transform(Number)
    .refine((n) => n > 0, { error: 'must be a positive whole number' })
    .optional()
    .transform((n) => n ?? fallback);

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || undefined);

const flag = (fallback: boolean | undefined) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => ['', 'true', 'false', '1', '0'].includes(s), { error: 'must be true or false' })
    .optional()
    .transform((s) => (s === 'true' || s === '1' ? true : s === 'false' || s === '0' ? false : fallback));

const url = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || undefined)
  .refine((s) => s === undefined || URL.canParse(s), { error: 'must be a URL' });

/**
 * Every setting Deskline reads, with its default. Add a variable here, to .env.example and to
 * the README's Configuration table (a test checks all three agree).
 */
export const envSchema = {
  DATABASE_URL: url,
  DATABASE_POOL_SIZE: positiveInt(10),
  DESKLINE_DATA_DIR: optionalText.transform((s) => s ?? '.data/pglite'),
  AUTH_SECRET: optionalText,
  AUTH_URL: url,
  ADMIN_EMAIL: optionalText,
  ADMIN_PASSWORD: z.string().optional(),
  ADMIN_NAME: optionalText,
  /** Unset: decided by the engine (seeded on PGlite only). */
  DEMO_DATA: flag(undefined),
  DESKLINE_MIGRATE_ON_START: flag(true),
  RATE_LIMIT_CONTACT_PER_IP: positiveInt(5),
  RATE_LIMIT_CONTACT_PER_EMAIL: positiveInt(5),
  RATE_LIMIT_CONTACT_WINDOW_SECONDS: positiveInt(600),
  RATE_LIMIT_SIGNIN_PER_IP: positiveInt(20),
  RATE_LIMIT_SIGNIN_PER_EMAIL: positiveInt(8),
  RATE_LIMIT_SIGNIN_WINDOW_SECONDS: positiveInt(900),
  RATE_LIMIT_SIGNUP_PER_IP: positiveInt(10),
  RATE_LIMIT_SIGNUP_WINDOW_SECONDS: positiveInt(3600),
  RATE_LIMIT_FAQ_SUGGESTIONS_PER_IP: positiveInt(120),
  RATE_LIMIT_FAQ_SUGGESTIONS_WINDOW_SECONDS: positiveInt(60),
  RATE_LIMIT_TRACKING_FAILURES_PER_IP: positiveInt(20),
  RATE_LIMIT_TRACKING_WINDOW_SECONDS: positiveInt(900),
  PORT: positiveInt(3000).refine((n) => n <= 65_535, { error: 'must be a port number up to 65535' }),
} satisfies Record<string, z.ZodType<unknown, string | undefined>>;

type EnvSchema = typeof envSchema;
export type EnvName = keyof EnvSchema;
export type Env = { readonly [K in EnvName]: z.output<EnvSchema[K]> };

/** Where settings come from: process.env, or a plain object in tests. */
export type Source = Record<string, string | undefined>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Parses one setting from `source`; throws an EnvError naming the variable and the problem. */
export function readEnv<K extends EnvName>(name: K, source: Source = process.env): Env[K] {
  const raw = source[name];
  const result = envSchema[name].safeParse(raw);
  if (!result.success) {
    const problem = result.error.issues[0]?.message ?? 'is invalid';
    throw new EnvError(`${name} ${problem}, got '${raw}'`);
  }
  return result.data as Env[K];
}

/**
 * Typed settings, each parsed when it is read, so nothing is required at import time (`next
 * build`) and tests that change process.env see their values.
 */
export const env: Env = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.keys(envSchema).map((name) => [name, { enumerable: true, get: () => readEnv(name as EnvName) }]),
  ),
) as Env;

/** Checks every setting at once, for a server's start: all problems in one message. */
export function validateEnv(source: Source = process.env): void {
  const problems: string[] = [];
  for (const name of Object.keys(envSchema) as EnvName[]) {
    try {
      readEnv(name, source);
    } catch (error) {
      if (!(error instanceof EnvError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new EnvError(`Invalid settings: ${problems.join('; ')}`);
}

/** Where the embedded database lives, as an absolute path. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.DESKLINE_DATA_DIR);
}

/** What db/client needs to open the process-wide database. */
export function databaseSettings() {
  return { url: env.DATABASE_URL ?? null, poolSize: env.DATABASE_POOL_SIZE, dir: dataDir() };
}
