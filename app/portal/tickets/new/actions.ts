'use server';

import { headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { attachmentRefsFromForm } from '@/lib/forms/attachment-refs';
import { clientIp } from '@/lib/http/client-ip';
import { createTicket } from '@/lib/tickets/create-ticket';

export const submitPortalTicket = formAction(
  async ({ actor, input, formData }) => {
    const ip = clientIp(await headers());
    const attachments = await attachmentRefsFromForm(actor, formData, { ip });
    return createTicket(actor, { ...input, attachments }, { channel: 'portal', ip });
  },
  { revalidate: '/portal/tickets', redirect: ({ number }) => `/portal/tickets/${number}?done=created` },
);
