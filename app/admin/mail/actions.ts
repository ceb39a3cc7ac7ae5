'use server';

import { formAction } from '@/lib/forms/action';
import { retryMail } from '@/lib/mail/mail-log';

/** "Retry now" for a failed or waiting mail, "Send" for a held one: the domain decides which is allowed. */
export const retryMailAction = formAction(
  async ({ actor, input }) => {
    const id = input.id ?? '';
    await retryMail(actor, { id });
    return { id };
  },
  { revalidate: '/admin/mail', redirect: ({ id }) => `/admin/mail/${encodeURIComponent(id)}?done=retry` },
);
