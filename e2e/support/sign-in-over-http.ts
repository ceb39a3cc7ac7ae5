import type { APIRequestContext } from '@playwright/test';
import type { Credentials } from './demo-users';

/**
 * Signs in through Auth.js's own endpoints, as the sign-in form's action does, and returns once
 * the session answers with the user. The cookies land in `request`: a browser context's
 * `context.request` shares them with its pages.
 */
export async function signInOverHttp(request: APIRequestContext, { email, password }: Credentials): Promise<void> {
  const csrf = await request.get('/api/auth/csrf');
  if (!csrf.ok()) throw new Error(`GET /api/auth/csrf answered ${csrf.status()}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl: '/' },
    maxRedirects: 0,
  });
  if (callback.status() >= 400) throw new Error(`Signing in as ${email} answered ${callback.status()}`);

  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { email?: string } } | null;
  if (session?.user?.email?.toLowerCase() !== email.toLowerCase()) {
    throw new Error(`Signing in as ${email} gave no session (redirected to ${callback.headers().location ?? 'nowhere'})`);
  }
}
