import { env } from '@/lib/env';
import { clamdScanner, type Scanner } from './clamd';

/** The clamd of CLAMAV_HOST and CLAMAV_PORT, or null when CLAMAV_HOST is unset. */
export function configuredScanner(): Scanner | null {
  const host = env.CLAMAV_HOST;
  return host ? clamdScanner({ host, port: env.CLAMAV_PORT }) : null;
}
