'use server';

import { headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { clientIp } from '@/lib/http/client-ip';
import { createTicket } from '@/lib/tickets/create-ticket';

export const submitPortalTicket = formAction(
  async ({ actor, input }) => createTicket(actor, input, { channel: 'portal', ip: clientIp(await headers()) }),
  { revalidate: '/portal/tickets', redirect: ({ number }) => `/portal/tickets/${number}?done=created` },
);
