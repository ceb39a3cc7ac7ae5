import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PortalTicketForm } from '@/components/portal/portal-ticket-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { assertCan } from '@/lib/access/permissions';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listActiveCategories } from '@/lib/categories/list';
import { isAppError } from '@/lib/errors';
import { fileLimits } from '@/lib/files/limits';
import { getFollowUpDraft } from '@/lib/tickets/follow-up';
import { submitPortalTicket } from './actions';

export const metadata: Metadata = { title: 'New request' };

type Props = { searchParams: Promise<{ followUp?: string | string[] }> };

export default async function NewPortalTicketPage({ searchParams }: Props) {
  const raw = (await searchParams).followUp;
  const followUp = Array.isArray(raw) ? raw[0] : raw;
  const actor = await getActor();
  const returnTo = followUp ? `/portal/tickets/new?followUp=${encodeURIComponent(followUp)}` : '/portal/tickets/new';
  const draft = await forPage(async () => {
    assertCan(actor, 'portal:use');
    if (!followUp) return null;
    try {
      return await getFollowUpDraft(actor, { number: followUp });
    } catch (error) {
      // A ticket that is not closed yet takes a reply instead of a follow-up.
      if (isAppError(error) && error.code === 'conflict') redirect(`/portal/tickets/${encodeURIComponent(followUp)}`);
      throw error;
    }
  }, returnTo);
  const categories = await listActiveCategories();

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/portal/tickets" className="text-sm font-medium text-brand-700 hover:underline">
        ← My tickets
      </Link>
      <PageHeader
        title={draft ? 'Open a follow-up' : 'New request'}
        description={
          draft ? (
            <>
              This request will be linked to your closed ticket{' '}
              <Link href={`/portal/tickets/${draft.number}`} className="font-mono font-medium text-brand-700 hover:underline">
                {draft.number}
              </Link>
              , so the team sees the whole story.
            </>
          ) : (
            'Tell us what you need; a member of the support team will reply, usually within one working day.'
          )
        }
      />
      <Card>
        <PortalTicketForm
          action={submitPortalTicket}
          categories={categories}
          fileLimits={fileLimits()}
          defaults={
            draft
              ? { subject: draft.subject, category: draft.category, priority: draft.priority, reference: draft.reference ?? '', followUp: draft.number }
              : { priority: 'medium' }
          }
        />
      </Card>
    </div>
  );
}
