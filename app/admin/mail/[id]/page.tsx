import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ActionForm } from '@/components/admin/action-form';
import { exactTime, mailKindLabel, mailStatusLabel, mailStatusTone } from '@/components/admin/mail-labels';
import { MailPreview } from '@/components/admin/mail-preview';
import { Notice } from '@/components/admin/notice';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { getMailDetail } from '@/lib/mail/mail-log';
import { retryMailAction } from '../actions';

export const metadata: Metadata = { title: 'Mail', referrer: 'no-referrer' };

function Row({ term, children, mono }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="grid gap-1 py-2.5 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className={mono ? 'font-mono text-xs break-all text-slate-900 sm:text-sm' : 'break-words text-slate-900'}>{children}</dd>
    </div>
  );
}

export default async function MailDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const mail = await forPage(() => getMailDetail(actor, { id }), `/admin/mail/${id}`);

  return (
    <div className="space-y-6">
      <Link href="/admin/mail" className="text-sm font-medium text-brand-700 hover:underline">
        ← All mail
      </Link>
      {done === 'retry' ? <Notice>The message is queued again: it goes out within seconds.</Notice> : null}
      <div>
        <h1 className="text-2xl font-bold break-words text-slate-900 sm:text-3xl">{mail.subject}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone={mailStatusTone[mail.status]}>{mailStatusLabel[mail.status]}</Badge>
          <span className="text-sm text-slate-700">{mailKindLabel(mail.kind)}</span>
        </div>
      </div>

      {mail.canRetry || mail.canSend ? (
        <ActionForm action={retryMailAction} fields={{ id: mail.id }} label={mail.canSend ? 'Send this message' : 'Retry this message'}>
          <Button type="submit">{mail.canSend ? 'Send now' : 'Retry now'}</Button>
          <p className="mt-2 text-sm text-slate-600">
            {mail.canSend ? 'It was held because no provider was configured when it was queued.' : 'It goes to the front of the queue, with a fresh day of retries.'}
          </p>
        </ActionForm>
      ) : mail.status === 'held' ? (
        <p className="text-sm text-slate-700">Held: it can be sent from here once a RESEND_API_KEY is configured.</p>
      ) : null}

      <section aria-labelledby="mail-headers-heading" className="rounded-2xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200">
        <h2 id="mail-headers-heading" className="text-lg font-semibold text-slate-900">
          Delivery and headers
        </h2>
        <dl className="mt-3 divide-y divide-slate-100">
          <Row term="To">{mail.recipientEmail}</Row>
          <Row term="From">{mail.from}</Row>
          <Row term="Reply-To" mono>
            {mail.replyTo ?? '—'}
          </Row>
          <Row term="Message-ID" mono>
            {mail.messageId}
          </Row>
          <Row term="In-Reply-To" mono>
            {mail.inReplyTo ?? '—'}
          </Row>
          <Row term="References" mono>
            {mail.references ?? '—'}
          </Row>
          <Row term="Ticket">
            {mail.ticketNumber ? (
              <Link href={`/desk/tickets/${mail.ticketNumber}`} className="font-mono text-brand-700 hover:underline">
                {mail.ticketNumber}
              </Link>
            ) : (
              '—'
            )}
          </Row>
          <Row term="Queued">{exactTime(mail.createdAt)}</Row>
          <Row term="Sent">{mail.sentAt ? exactTime(mail.sentAt) : '—'}</Row>
          <Row term="Attempts">{mail.attempts}</Row>
          {mail.status === 'queued' ? <Row term="Next attempt">{exactTime(mail.nextAttemptAt)}</Row> : null}
          <Row term="Last error">{mail.lastError ?? '—'}</Row>
          <Row term="Provider id" mono>
            {mail.providerMessageId ?? '—'}
          </Row>
        </dl>
        <p className="mt-3 text-slate-600">Private links and reply addresses are hidden here: whoever holds one can act as the requester.</p>
      </section>

      <MailPreview html={mail.html} text={mail.text} />
    </div>
  );
}
