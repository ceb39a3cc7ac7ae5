import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form';
import { Notice } from '@/components/admin/notice';
import { RotateSecretForm } from '@/components/admin/rotate-secret-form';
import { WebhookDeliveries } from '@/components/admin/webhook-deliveries';
import { WebhookForm } from '@/components/admin/webhook-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listWebhookDeliveries } from '@/lib/webhooks/delivery-log';
import { getWebhookEndpoint } from '@/lib/webhooks/manage';
import { deleteWebhookAction, resendWebhookAction, rotateWebhookSecretAction, updateWebhookAction } from '../actions';

export const metadata: Metadata = { title: 'Webhook' };

const doneText: Record<string, string> = {
  saved: 'Saved.',
  resent: 'Queued to be sent again, with the same webhook-id.',
};

type Search = { done?: string; cursor?: string | string[] };

export default async function WebhookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const { done, cursor: rawCursor } = await searchParams;
  const cursor = Array.isArray(rawCursor) ? rawCursor[0] : rawCursor;
  const actor = await getActor();
  const { endpoint, page } = await forPage(
    async () => ({ endpoint: await getWebhookEndpoint(actor, { id }), page: await listWebhookDeliveries(actor, { id, cursor }) }),
    `/admin/webhooks/${id}`,
  );
  const notice = done ? doneText[done] : undefined;
  const base = `/admin/webhooks/${endpoint.id}`;

  return (
    <div className="space-y-8">
      <Link href="/admin/webhooks" className="text-sm font-medium text-brand-700 hover:underline">
        ← All webhooks
      </Link>
      <PageHeader title={endpoint.description || 'Webhook'} description={endpoint.url} />
      {notice ? <Notice>{notice}</Notice> : null}
      <section aria-labelledby="deliveries-title" className="space-y-4">
        <h2 id="deliveries-title" className="text-lg font-semibold text-slate-900">
          Deliveries
        </h2>
        <WebhookDeliveries entries={page.entries} resend={resendWebhookAction} />
        <nav aria-label="Pagination" className="flex justify-between gap-3">
          {cursor ? (
            <ButtonLink href={base} variant="secondary">
              Back to newest
            </ButtonLink>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <ButtonLink href={`${base}?cursor=${page.nextCursor}`} variant="secondary">
              Older deliveries
            </ButtonLink>
          ) : null}
        </nav>
      </section>
      <Card>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Settings</h2>
        <WebhookForm
          id={endpoint.id}
          action={updateWebhookAction}
          defaults={{ url: endpoint.url, description: endpoint.description, events: endpoint.events, includeInternal: endpoint.includeInternal, active: endpoint.active }}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Signing secret</h2>
        <RotateSecretForm action={rotateWebhookSecretAction} id={endpoint.id} />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold text-slate-900">Delete</h2>
        <ActionForm action={deleteWebhookAction} fields={{ id: endpoint.id }} label="Delete this webhook" className="space-y-4">
          <label className="flex min-h-11 items-center gap-3 text-sm text-slate-900">
            <input type="checkbox" name="confirm" value="delete" required className="size-5 accent-red-600" />
            Yes, delete this webhook and its delivery log for good
          </label>
          <Button type="submit" variant="danger">
            Delete webhook
          </Button>
        </ActionForm>
      </Card>
    </div>
  );
}
