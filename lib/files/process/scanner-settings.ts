import { env } from '@/lib/env';
import { clamdScanner, type Scanner } from './clamd';

/** Whether files attached now must be scanned before they are shown. */
export function scanningEnabled(): boolean {
  return Boolean(env.CLAMAV_HOST);
}

/** The clamd of CLAMAV_HOST and CLAMAV_PORT, or null when CLAMAV_HOST is unset. */
export function configuredScanner(): Scanner | null {
  const host = env.CLAMAV_HOST;
  return host ? clamdScanner({ host, port: env.CLAMAV_PORT }) : null;
}
