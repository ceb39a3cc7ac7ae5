'use server';

import { formAction } from '@/lib/forms/action';
import { appPath, markAllNotificationsRead, markNotificationRead, NOTIFICATIONS_PATH } from '@/lib/notifications';

/** Back to the page of the list the form was on, and never anywhere else. */
function listPage(returnTo: string | undefined): string {
  const path = returnTo ? appPath(returnTo) : null;
  return path && /^\/notifications(\?|$)/.test(path) ? path : NOTIFICATIONS_PATH;
}

// The header's count changes too: the whole layout is revalidated.
export const markReadAction = formAction(
  async ({ actor, input }) => {
    await markNotificationRead(actor, { id: input.id });
    return listPage(input.returnTo);
  },
  { revalidate: { layout: '/' }, redirect: (path) => path },
);

export const markAllReadAction = formAction(
  async ({ actor }) => {
    await markAllNotificationsRead(actor);
    return `${NOTIFICATIONS_PATH}?done=all-read`;
  },
  { revalidate: { layout: '/' }, redirect: (path) => path },
);
