import type { DeskTicket } from '@/lib/tickets/workspace';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Warns that replies on this ticket reach the requester only in the portal or their private page. */
export function MailUndeliverableNotice({ notice }: { notice: NonNullable<DeskTicket['mailUndeliverable']> }) {
  const what = notice.reason === 'bounced' ? 'bounced' : 'was reported as spam';
  return (
    <div className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950" data-testid="mail-undeliverable">
      <p>
        Mail to <span className="font-medium break-all">{notice.email}</span> {what} on {dayFormat.format(notice.since)}; replies are not emailed.
      </p>
    </div>
  );
}
