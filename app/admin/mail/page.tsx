import type { Metadata } from 'next';
import { MailList } from '@/components/admin/mail-list';
import { MailSetupNotice } from '@/components/admin/mail-setup-notice';
import { MailStatusFilter } from '@/components/admin/mail-status-filter';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { countMailByStatus, getMailSetup, listMailLog } from '@/lib/mail/mail-log';
import { mailLogFilterSchema } from '@/lib/mail/schemas';

export const metadata: Metadata = { title: 'Mail' };

type Search = Partial<Record<'status' | 'cursor', string | string[]>>;

export default async function MailLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filters = mailLogFilterSchema.parse({ status: first(raw.status), cursor: first(raw.cursor) });
  const actor = await getActor();
  const { page, counts, setup } = await forPage(
    async () => ({ page: await listMailLog(actor, filters), counts: await countMailByStatus(actor), setup: getMailSetup(actor) }),
    '/admin/mail',
  );
  const base = filters.status ? `/admin/mail?status=${filters.status}` : '/admin/mail';
  const next = page.nextCursor ? `${base}${filters.status ? '&' : '?'}cursor=${page.nextCursor}` : null;

  return (
    <div className="space-y-6">
      <PageHeader title="Mail" description="Every message Deskline sends, newest first: who it went to, how it went, and why it failed if it did." />
      <MailSetupNotice setup={setup} />
      <MailStatusFilter current={filters.status} counts={counts} />
      <MailList entries={page.entries} />
      <nav aria-label="Pagination" className="flex justify-between gap-3">
        {filters.cursor ? (
          <ButtonLink href={base} variant="secondary">
            Back to newest
          </ButtonLink>
        ) : (
          <span />
        )}
        {next ? (
          <ButtonLink href={next} variant="secondary">
            Older mail
          </ButtonLink>
        ) : null}
      </nav>
    </div>
  );
}
