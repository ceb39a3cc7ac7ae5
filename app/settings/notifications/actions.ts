'use server';

import { formAction } from '@/lib/forms/action';
import { saveMailPreferences } from '@/lib/notify';

export const mailPreferencesAction = formAction(
  async ({ actor, formData }) => {
    await saveMailPreferences(actor, { enabled: formData.getAll('enabled') });
  },
  { revalidate: '/settings/notifications', redirect: '/settings/notifications?saved=1' },
);
