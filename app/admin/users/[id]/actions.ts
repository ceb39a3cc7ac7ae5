'use server';

import { anonymiseCustomer } from '@/lib/account/delete-account';
import { formAction } from '@/lib/forms/action';

export const anonymiseCustomerAction = formAction(
  async ({ actor, input }) => anonymiseCustomer(actor, { userId: input.userId, confirmEmail: input.confirmEmail }),
  {
    revalidate: { layout: '/admin' },
    redirect: ({ tickets }) => `/admin/users?done=anonymised&tickets=${tickets}`,
  },
);
