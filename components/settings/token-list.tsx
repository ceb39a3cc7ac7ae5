import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import type { ApiTokenView } from '@/lib/api-tokens/manage';
import { tokenStatus, tokenStatusLabel, tokenStatusTone } from '@/lib/api-tokens/status';
import type { FormAction } from '@/lib/forms/form-state';
import { RevokeTokenForm } from './revoke-token-form';

type Props = { tokens: ApiTokenView[]; revokeAction: FormAction; now?: Date };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const exactFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function Day({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={`${exactFormat.format(date)} UTC`}>
      {dateFormat.format(date)}
    </time>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

/** The person's tokens, newest first; revoked and expired ones stay listed for the record. */
export function TokenList({ tokens, revokeAction, now = new Date() }: Props) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">You have no tokens yet.</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label="Your tokens" data-testid="token-list">
      {tokens.map((token) => {
        const status = tokenStatus(token, now);
        return (
          <li key={token.id} className="space-y-3 py-4 first:pt-0 last:pb-0" data-testid="token-row">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium break-all text-slate-900">{token.name}</span>
                  <Badge tone={tokenStatusTone[status]}>{tokenStatusLabel[status]}</Badge>
                </p>
                <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800" title="The token’s first characters">
                    {token.prefix}…
                  </code>
                  <span>{token.scopes.includes('write') ? 'Read and write' : 'Read only'}</span>
                </p>
              </div>
              {status === 'active' ? <RevokeTokenForm action={revokeAction} token={token} /> : null}
            </div>
            <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
              <Detail term="Created">
                <Day date={token.createdAt} />
              </Detail>
              <Detail term={status === 'revoked' ? 'Revoked' : status === 'expired' ? 'Expired' : 'Expires'}>
                {status === 'revoked' && token.revokedAt ? <Day date={token.revokedAt} /> : token.expiresAt ? <Day date={token.expiresAt} /> : 'Never'}
              </Detail>
              <Detail term="Last used">
                {token.lastUsedAt ? (
                  <>
                    <RelativeTime date={token.lastUsedAt} />
                    {token.lastUsedIp ? <span className="block break-all text-slate-600">from {token.lastUsedIp}</span> : null}
                  </>
                ) : (
                  'Never'
                )}
              </Detail>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
