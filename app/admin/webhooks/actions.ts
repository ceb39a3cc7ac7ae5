'use server';

import { formAction } from '@/lib/forms/action';
import { AppError } from '@/lib/errors';
import { resendWebhookDelivery } from '@/lib/webhooks/delivery-log';
import { createWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret, updateWebhookEndpoint } from '@/lib/webhooks/manage';
import { setAllowPrivateAddresses } from '@/lib/webhooks/settings';

// Several checkboxes share the name "events": the form's text fields keep only the last.
const endpointInput = (input: Record<string, string>, formData: FormData) => ({ ...input, events: formData.getAll('events') });

/** Adds an endpoint and answers its secret to the form, the one time it is shown; no redirect, so it stays out of any address. */
export const createWebhookAction = formAction(
  async ({ actor, input, formData }) => {
    const { endpoint, secret } = await createWebhookEndpoint(actor, endpointInput(input, formData));
    return { id: endpoint.id, secret };
  },
  { revalidate: '/admin/webhooks' },
);

export const updateWebhookAction = formAction(
  async ({ actor, input, formData }) => {
    const endpoint = await updateWebhookEndpoint(actor, endpointInput(input, formData));
    return { id: endpoint.id };
  },
  { revalidate: '/admin/webhooks', redirect: ({ id }) => `/admin/webhooks/${id}?done=saved` },
);

export const rotateWebhookSecretAction = formAction(
  async ({ actor, input }) => {
    const { endpoint, secret } = await rotateWebhookSecret(actor, { id: input.id ?? '' });
    return { id: endpoint.id, secret };
  },
);

export const deleteWebhookAction = formAction(
  async ({ actor, input }) => {
    if (input.confirm !== 'delete') throw new AppError('validation', 'Tick the box to confirm that the webhook and its delivery log go for good.');
    return deleteWebhookEndpoint(actor, { id: input.id ?? '' });
  },
  { revalidate: '/admin/webhooks', redirect: '/admin/webhooks?done=deleted' },
);

export const resendWebhookAction = formAction(
  async ({ actor, input }) => resendWebhookDelivery(actor, { id: input.id ?? '' }),
  { redirect: ({ endpointId }) => `/admin/webhooks/${endpointId}?done=resent` },
);

export const privateAddressesAction = formAction(
  async ({ actor, input }) => setAllowPrivateAddresses(actor, { allowPrivateAddresses: input.allowPrivateAddresses ?? '' }),
  { revalidate: '/admin/webhooks', redirect: '/admin/webhooks?done=setting' },
);
