import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LiveRequester } from '@/components/live/live-requester';
import { noticeFor } from '@/components/portal/notices';
import { FollowUpLink, RequesterTicket } from '@/components/portal/requester-ticket';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { fileLimits } from '@/lib/files/limits';
import { getRequesterTicket, ratingFromLink } from '@/lib/tickets/requester';
import { rateAsCustomer, replyAsCustomer, resolveAsCustomer } from './actions';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string | string[]; rate?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).number };
}

export default async function PortalTicketPage({ params, searchParams }: Props) {
  const [{ number }, search] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const view = await forPage(() => getRequesterTicket({ actor, number }), `/portal/tickets/${number}`);
  // A merged ticket's conversation continues on the survivor.
  if (view.mergedInto?.yours) redirect(`/portal/tickets/${view.mergedInto.number}?merged=${encodeURIComponent(view.number)}`);

  return (
    <div className="space-y-4">
      <Link href="/portal/tickets" className="text-sm font-medium text-brand-700 hover:underline">
        ← My tickets
      </Link>
      <LiveRequester url="/api/live" number={view.number} />
      <RequesterTicket
        view={view}
        notice={noticeFor(search.done)}
        rating={ratingFromLink(search.rate)}
        fileLimits={fileLimits()}
        actions={{
          reply: replyAsCustomer.bind(null, view.number),
          resolve: resolveAsCustomer.bind(null, view.number),
          rate: rateAsCustomer.bind(null, view.number),
        }}
        hrefFor={(related) => `/portal/tickets/${related}`}
        followUp={view.can.followUp ? <FollowUpLink number={view.number} /> : null}
      />
    </div>
  );
}
