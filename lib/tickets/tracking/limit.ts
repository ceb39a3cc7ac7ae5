import { isAppError } from '@/lib/errors';
import { assertWithinLimit, consumeLimit } from '@/lib/rate-limit/limiter';
import { trackingFailuresPerIp } from '@/lib/rate-limit/rules';
import type { RequesterAccess } from '../requester/access';

/**
 * Runs a look-up by tracking token under the per-address limit on failures: an address that
 * has tried too many tokens that lead nowhere is refused (429) until its window ends, before
 * its next guess is even looked up. A working link costs nothing.
 */
export async function withTrackingLimit<T>(access: RequesterAccess, work: () => Promise<T>): Promise<T> {
  if (!('token' in access) || !access.ip) return work();
  const { ip } = access;
  await assertWithinLimit(trackingFailuresPerIp(), ip);
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') await consumeLimit(trackingFailuresPerIp(), ip);
    throw error;
  }
}

/** Why an address may not open tracking links now, and for how long; null when it may. */
export async function trackingRefusal(ip: string): Promise<{ message: string; retryAfterSeconds: number } | null> {
  try {
    await assertWithinLimit(trackingFailuresPerIp(), ip);
    return null;
  } catch (error) {
    if (isAppError(error) && error.code === 'rate_limited') return { message: error.message, retryAfterSeconds: error.retryAfterSeconds ?? 60 };
    throw error;
  }
}
