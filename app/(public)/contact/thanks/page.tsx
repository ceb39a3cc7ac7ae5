import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { CopyLink } from '@/components/portal/copy-link';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getActor } from '@/lib/auth/session';
import { publicOrigin } from '@/lib/http/public-origin';
import { decodeSubmitted, SUBMITTED_COOKIE } from '../submitted-cookie';

// The page may show a private link: keep it out of search engines, and links from it send only the origin.
export const metadata: Metadata = { title: 'Request received', robots: { index: false }, referrer: 'strict-origin' };

export default async function ThanksPage() {
  const [cookieStore, requestHeaders, actor] = await Promise.all([cookies(), headers(), getActor()]);
  const submitted = decodeSubmitted(cookieStore.get(SUBMITTED_COOKIE)?.value);
  const number = submitted?.number;
  const customer = actor.kind === 'user' && actor.role === 'customer';

  if (!submitted || !number) {
    return (
      <Card className="mx-auto max-w-2xl text-center">
        <h1 className="text-2xl font-bold text-slate-900">Nothing to show here</h1>
        <p className="mt-3 text-slate-600">
          This page confirms a request just after it is sent. If you sent one, use the tracking link it showed you to follow it.
        </p>
        <div className="mt-6">
          <ButtonLink href="/contact">Contact support</ButtonLink>
        </div>
      </Card>
    );
  }

  return (
    <Card className="mx-auto max-w-2xl">
      <div className="flex items-center gap-3 text-emerald-700">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 fill-none stroke-current stroke-2">
          <circle cx="12" cy="12" r="10" />
          <path d="m8 12 3 3 5-6" />
        </svg>
        <h1 className="text-2xl font-bold text-slate-900">We have your request</h1>
      </div>
      <p className="mt-4 text-slate-700">Your ticket number is</p>
      <p className="mt-1 font-mono text-3xl font-bold tracking-wide text-brand-700" data-testid="ticket-number">
        {number}
      </p>
      <p className="mt-2 text-sm text-slate-500">Keep it handy: quote it if you contact us about this request again.</p>

      {submitted.token ? (
        <section aria-labelledby="link-title" className="mt-8 space-y-3 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 sm:p-5">
          <h2 id="link-title" className="text-lg font-semibold text-slate-900">
            Follow your request online
          </h2>
          <p className="text-slate-700">Open this private link to read the replies, answer them, and tell us when the problem is solved.</p>
          <CopyLink url={`${publicOrigin(requestHeaders)}/t/${submitted.token}`} label="Your private link" />
          <p className="text-sm text-amber-900">
            <strong>Keep it private:</strong> anyone with this link can read the ticket and reply as you. Bookmark it or keep it
            somewhere safe.
          </p>
          <ButtonLink href={`/t/${submitted.token}`} variant="secondary">
            Open my ticket
          </ButtonLink>
        </section>
      ) : customer ? (
        <p className="mt-6">
          <ButtonLink href={`/portal/tickets/${number}`} variant="secondary">
            Follow it in My tickets
          </ButtonLink>
        </p>
      ) : null}

      <h2 className="mt-8 text-lg font-semibold text-slate-900">What happens next</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-slate-700">
        <li>Your request joins the support queue and an agent picks it up, usually within one working day.</li>
        <li>The agent’s replies appear on your ticket{customer ? ' in My tickets' : ' behind your private tracking link'}, where you can answer them.</li>
        <li>When your problem is solved, you can rate the help you got.</li>
      </ol>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/" variant="secondary">
          Back to the home page
        </ButtonLink>
        <ButtonLink href="/contact" variant="ghost">
          Send another request
        </ButtonLink>
      </div>
    </Card>
  );
}
