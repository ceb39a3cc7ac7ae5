import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/**
 * Runs a domain call for a page and turns refusals into what a page shows: the sign-in page for
 * a visitor, 404 for a signed-in user who may not see it.
 */
export async function forPage<T>(work: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === 'unauthorized') redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (error.code === 'forbidden' || error.code === 'not_found') notFound();
    }
    throw error;
  }
}
