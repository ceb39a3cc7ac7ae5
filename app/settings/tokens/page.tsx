import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CreateTokenForm } from '@/components/settings/create-token-form';
import { TokenList } from '@/components/settings/token-list';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { StatusNotice } from '@/components/ui/status-notice';
import { listApiTokens } from '@/lib/api-tokens/manage';
import { TOKENS_PER_USER } from '@/lib/api-tokens/schemas';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { publicOrigin } from '@/lib/http/public-origin';
import { createTokenAction, revokeTokenAction } from './actions';

export const metadata: Metadata = { title: 'API tokens' };

const linkClass = 'font-medium text-brand-700 underline-offset-2 hover:underline';

/** Every signed-in person's personal access tokens for the API; visitors are sent to sign in. */
export default async function ApiTokensPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const actor = await getActor();
  const tokens = await forPage(() => listApiTokens(actor), '/settings/tokens');
  const origin = publicOrigin(await headers());

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title="API tokens"
        description="Tokens let your scripts and tools use the Deskline API as you, with your current role, limited to what each token may do."
      />
      {done === 'revoked' ? <StatusNotice testId="tokens-notice">The token is revoked: calls made with it are refused from now on.</StatusNotice> : null}

      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">Create a token</h2>
        {/* Outside the list, so a new row does not remount the form and lose the token it shows. */}
        <CreateTokenForm action={createTokenAction} />
      </Card>

      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">Your tokens</h2>
          <p className="mt-1 text-sm text-slate-600">You may hold up to {TOKENS_PER_USER} active tokens at once.</p>
        </div>
        <TokenList tokens={tokens} revokeAction={revokeTokenAction} />
      </Card>

      <Card className="space-y-3 text-sm text-slate-700">
        <h2 className="text-lg font-semibold text-slate-900">Using the API</h2>
        <p>Send the token in the Authorization header of each request:</p>
        <pre className="rounded-lg bg-slate-900 p-3 font-mono text-xs break-all whitespace-pre-wrap text-slate-100" data-testid="curl-example">
          <code>{`curl -H "Authorization: Bearer dl_pat_…" \\\n  ${origin}/api/v1/tickets`}</code>
        </pre>
        <p>
          Every endpoint, parameter and answer is described in the{' '}
          <a href="/api/docs" className={linkClass}>
            API reference
          </a>{' '}
          and, for tools, in the OpenAPI document{' '}
          <a href="/api/v1/openapi.json" className={`${linkClass} font-mono`}>
            /api/v1/openapi.json
          </a>
          .
        </p>
        <p>Reading needs a read-only token at least; anything that changes something needs read and write. Tokens are managed here only, never with another token.</p>
      </Card>
    </div>
  );
}
