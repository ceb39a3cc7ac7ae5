'use server';

import { formAction } from '@/lib/forms/action';
import { setAutoAssign } from '@/lib/settings/auto-assign';
import { setAutoCloseDays } from '@/lib/settings/auto-close';

export const autoAssignAction = formAction(
  async ({ actor, formData }) => {
    await setAutoAssign(actor, { enabled: formData.get('enabled') });
  },
  { revalidate: '/desk/settings', redirect: '/desk/settings?saved=1' },
);

export const autoCloseAction = formAction(
  async ({ actor, input }) => {
    await setAutoCloseDays(actor, { days: input.days });
  },
  { revalidate: '/desk/settings', redirect: '/desk/settings?saved=close' },
);
