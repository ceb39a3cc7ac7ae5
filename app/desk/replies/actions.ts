'use server';

import { formAction } from '@/lib/forms/action';
import { createSavedReply, deleteSavedReply, updateSavedReply } from '@/lib/saved-replies/manage';
import { recordSavedReplyUse } from '@/lib/saved-replies/use';

export const saveSavedReplyAction = formAction(
  async ({ actor, input }) => {
    const { id, title } = input.id ? await updateSavedReply(actor, input) : await createSavedReply(actor, input);
    return { id, title, done: input.id ? 'saved' : 'added' };
  },
  { revalidate: '/desk/replies', redirect: ({ done }) => `/desk/replies?done=${done}` },
);

export const deleteSavedReplyAction = formAction(async ({ actor, input }) => deleteSavedReply(actor, { id: input.id }), {
  revalidate: '/desk/replies',
  redirect: '/desk/replies?done=deleted',
});

/** Counts a reply the composer's picker inserted; called from the picker, so nothing to redirect to. */
export const recordSavedReplyUseAction = formAction(async ({ actor, input }) => recordSavedReplyUse(actor, { id: input.id }));
