import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form';
import { Notice } from '@/components/admin/notice';
import { WebhookForm } from '@/components/admin/webhook-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listWebhookEndpoints } from '@/lib/webhooks/manage';
import { getWebhookSettings } from '@/lib/webhooks/settings';
import { createWebhookAction, privateAddressesAction } from './actions';

export const metadata: Metadata = { title: 'Webhooks' };

const doneText: Record<string, string> = {
  deleted: 'The webhook and its delivery log were deleted.',
  setting: 'The private-address setting was saved.',
};

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const actor = await getActor();
  const { endpoints, settings } = await forPage(
    async () => ({ endpoints: await listWebhookEndpoints(actor), settings: await getWebhookSettings(actor) }),
    '/admin/webhooks',
  );
  const notice = done ? doneText[done] : undefined;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Webhooks"
        description="Deskline POSTs ticket events to these addresses as they happen, signed per the Standard Webhooks specification, retrying for a day when a receiver is down."
      />
      {notice ? <Notice>{notice}</Notice> : null}
      {endpoints.length ? (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="flex flex-col gap-2 p-4 sm:p-5" data-testid="webhook-row">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/webhooks/${endpoint.id}`} className="font-medium break-all text-brand-700 hover:underline">
                  {endpoint.url}
                </Link>
                {endpoint.active ? null : <Badge tone="gray">Turned off</Badge>}
                {endpoint.includeInternal ? <Badge tone="violet">Internal notes</Badge> : null}
              </p>
              {endpoint.description ? <p className="text-sm text-slate-700">{endpoint.description}</p> : null}
              <p className="flex flex-wrap gap-1.5">
                {endpoint.events.map((type) => (
                  <Badge key={type} tone="slate" className="font-mono">
                    {type}
                  </Badge>
                ))}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">No webhooks yet.</p>
      )}
      <Card>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Add a webhook</h2>
        {/* No key from the list: a new row must not remount the form and lose the secret it shows. */}
        <WebhookForm action={createWebhookAction} defaults={{}} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">Private addresses</h2>
        <p className="mt-2 text-sm text-slate-700">
          {settings.allowPrivateAddresses
            ? 'Allowed: webhooks may go to this server and to addresses on its private network (10.x, 192.168.x, localhost…).'
            : 'Refused: an address that resolves to this server or its private network is not accepted, so that a webhook cannot be used to reach internal services.'}
        </p>
        <ActionForm action={privateAddressesAction} fields={{ allowPrivateAddresses: settings.allowPrivateAddresses ? '' : 'on' }} className="mt-4">
          <Button type="submit" variant="secondary">
            {settings.allowPrivateAddresses ? 'Refuse private addresses' : 'Allow private addresses'}
          </Button>
        </ActionForm>
      </Card>
    </div>
  );
}
