import pino, { type Logger } from 'pino';
import { env } from '@/lib/env';
import { requestContext } from './context';

/**
 * Fields never written to a log, at the top level or nested up to two levels: credentials,
 * session and link tokens, cookies, and message bodies (which are the customers' words).
 */
const sensitive = ['password', 'newPassword', 'passwordHash', 'token', 'secret', 'cookie', 'authorization', 'body', 'text', 'html'];
export const redactedPaths = sensitive.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

let instance: Logger | undefined;

/** Builds a logger writing JSON lines to `destination` (stdout unless a test passes a stream). */
export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: env.LOG_LEVEL,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      // Each line carries the request id and the acting user of the request it was written in.
      mixin: () => {
        const context = requestContext();
        return context ? { requestId: context.requestId, ...(context.actorId ? { actorId: context.actorId } : {}) } : {};
      },
    },
    destination,
  );
}

/** The process's logger, made on first use so that importing this module reads no setting. */
export function logger(): Logger {
  return (instance ??= createLogger());
}
