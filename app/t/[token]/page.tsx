import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LiveRequester } from '@/components/live/live-requester';
import { ActionForm } from '@/components/portal/action-form';
import { CopyLink } from '@/components/portal/copy-link';
import { noticeFor } from '@/components/portal/notices';
import { RequesterTicket } from '@/components/portal/requester-ticket';
import { TooManyAttempts } from '@/components/portal/too-many-attempts';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { fileLimits } from '@/lib/files/limits';
import { clientIp } from '@/lib/http/client-ip';
import { publicOrigin } from '@/lib/http/public-origin';
import { getRequesterTicket, ratingFromLink, type RequesterTicketView } from '@/lib/tickets/requester';
import { attachByLink, rateByLink, renewLink, replyByLink, resolveByLink } from './actions';

// The address is the key: keep it out of search engines, and send only the origin as Referer
// ("no-referrer" would also blank the Origin of form posts, which server actions refuse).
export const metadata: Metadata = { title: 'Your request', robots: { index: false, follow: false }, referrer: 'strict-origin' };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string | string[]; rate?: string | string[] }> };

export default async function TrackingLinkPage({ params, searchParams }: Props) {
  const [{ token }, search] = await Promise.all([params, searchParams]);
  const [actor, requestHeaders] = await Promise.all([getActor(), headers()]);
  let view: RequesterTicketView;
  try {
    view = await getRequesterTicket({ token, ip: clientIp(requestHeaders) }, { viewer: actor });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    if (isAppError(error) && error.code === 'rate_limited') return <TooManyAttempts message={error.message} />;
    throw error;
  }

  return (
    <>
      <LiveRequester url={`/api/live?token=${encodeURIComponent(token)}`} number={view.number} />
      <RequesterTicket
        view={view}
        notice={noticeFor(search.done)}
        rating={ratingFromLink(search.rate)}
        fileLimits={fileLimits()}
        token={token}
        actions={{ reply: replyByLink.bind(null, token), resolve: resolveByLink.bind(null, token), rate: rateByLink.bind(null, token) }}
        hrefFor={null}
        followUp={<ButtonLink href="/contact">Send a new request</ButtonLink>}
      >
        {view.can.attach ? (
          <Card className="sm:p-6" data-testid="attach">
            <h2 className="text-lg font-semibold text-slate-900">Add this ticket to your account</h2>
            <p className="mt-1 mb-4 text-slate-600">It was sent from your account’s email address. Add it to follow it under My tickets.</p>
            <ActionForm action={attachByLink.bind(null, token)} label="Add to my account" pendingLabel="Adding…" variant="primary" />
          </Card>
        ) : null}
        <Card className="space-y-4 sm:p-6" data-testid="private-link">
          <h2 className="text-lg font-semibold text-slate-900">Your private link</h2>
          <CopyLink url={`${publicOrigin(requestHeaders)}/t/${token}`} label="Bookmark it or keep it somewhere safe" />
          <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
            <strong>Keep this link private.</strong> Anyone who has it can read this ticket and reply as you. If you shared it by
            mistake, get a new link: the old one stops working at once.
          </p>
          <ActionForm action={renewLink.bind(null, token)} label="Get a new link" pendingLabel="Creating…" />
          {actor.kind === 'anonymous' ? (
            <p className="text-sm text-slate-600">
              Have an account with the email you wrote from? <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">Sign in</Link>, then
              open this link again to add the ticket to your account.
            </p>
          ) : null}
        </Card>
      </RequesterTicket>
    </>
  );
}
