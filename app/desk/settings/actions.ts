'use server';

import { formAction } from '@/lib/forms/action';
import { setAutoAssign } from '@/lib/settings/auto-assign';

export const autoAssignAction = formAction(
  async ({ actor, formData }) => {
    await setAutoAssign(actor, { enabled: formData.get('enabled') });
  },
  { revalidate: '/desk/settings', redirect: '/desk/settings?saved=1' },
);
