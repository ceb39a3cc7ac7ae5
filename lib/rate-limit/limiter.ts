import { lt } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { getDb } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { AppError } from '@/lib/errors';

export type LimitRule = {
  /** Keeps counters of different rules apart. */
  name: string;
  points: number;
  windowSeconds: number;
  /** Sentence shown when the limit trips; `{wait}` becomes "3 minutes", "40 seconds"… */
  message: string;
};

const cache = new WeakMap<object, Map<string, RateLimiterDrizzle>>();

async function limiterFor(rule: LimitRule): Promise<RateLimiterDrizzle> {
  const db = await getDb();
  let byRule = cache.get(db);
  if (!byRule) cache.set(db, (byRule = new Map()));
  const cacheKey = `${rule.name}:${rule.points}:${rule.windowSeconds}`;
  let limiter = byRule.get(cacheKey);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.windowSeconds,
      // Expired rows are cleared by the sweep below, not by a timer left running in every process.
      clearExpiredByTimeout: false,
    });
    byRule.set(cacheKey, limiter);
  }
  return limiter;
}

const SWEEP_CHANCE = 0.01;

async function sweepExpired(): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(lt(rateLimits.expire, new Date()));
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function refusal(rule: LimitRule, msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError('rate_limited', rule.message.replace('{wait}', describeWait(retryAfterSeconds)), { retryAfterSeconds });
}

/**
 * Counts one attempt against `rule` for `key` in the shared database, and refuses it with a
 * `rate_limited` AppError that says when to retry once the window's points are spent.
 */
export async function consumeLimit(rule: LimitRule, key: string): Promise<void> {
  const limiter = await limiterFor(rule);
  if (Math.random() < SWEEP_CHANCE) await sweepExpired();
  try {
    await limiter.consume(key.toLowerCase());
  } catch (error) {
    if (error instanceof RateLimiterRes) throw refusal(rule, error.msBeforeNext);
    throw error;
  }
}

export type LimitState = { limit: number; remaining: number; resetSeconds: number };

/**
 * Like `consumeLimit`, and says where the window stands, for `RateLimit-*` headers: the state
 * after this attempt, or the refusal with the state attached.
 */
export async function consumeWithState(rule: LimitRule, key: string): Promise<LimitState> {
  const limiter = await limiterFor(rule);
  if (Math.random() < SWEEP_CHANCE) await sweepExpired();
  try {
    const res = await limiter.consume(key.toLowerCase());
    return { limit: rule.points, remaining: res.remainingPoints, resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw Object.assign(refusal(rule, error.msBeforeNext), { limitState: { limit: rule.points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) } });
    }
    throw error;
  }
}

/**
 * Refuses, without counting anything, when `key` has already spent the window's points: for
 * rules that count only failures, checked before the attempt that might fail.
 */
export async function assertWithinLimit(rule: LimitRule, key: string): Promise<void> {
  const limiter = await limiterFor(rule);
  const state = await limiter.get(key.toLowerCase());
  if (state && state.consumedPoints >= rule.points && state.msBeforeNext > 0) throw refusal(rule, state.msBeforeNext);
}

/** Forgets the attempts of `key` (after a successful sign-in, for example). */
export async function resetLimit(rule: LimitRule, key: string): Promise<void> {
  const limiter = await limiterFor(rule);
  await limiter.delete(key.toLowerCase());
}

/** Counts one failure of `key` against `rule` without ever refusing; returns the window's count. */
export async function countFailure(rule: LimitRule, key: string): Promise<number> {
  const limiter = await limiterFor(rule);
  const state = await limiter.penalty(key.toLowerCase(), 1);
  return state.consumedPoints;
}

/** Makes `key` wait `seconds` before its next attempt (see `assertWithinLimit`). */
export async function requireWait(rule: LimitRule, key: string, seconds: number): Promise<void> {
  const limiter = await limiterFor(rule);
  await limiter.block(key.toLowerCase(), seconds);
}
