'use server';

import { headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { clientIp } from '@/lib/http/client-ip';
import { createPortalTicket } from '@/lib/tickets/portal-ticket';

export const submitPortalTicket = formAction(
  async ({ actor, input }) => createPortalTicket(actor, input, { ip: clientIp(await headers()) }),
  { revalidate: '/portal/tickets', redirect: ({ number }) => `/portal/tickets/${number}?done=created` },
);
