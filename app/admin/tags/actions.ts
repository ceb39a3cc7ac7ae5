'use server';

import { formAction } from '@/lib/forms/action';
import { mergeTags, renameTag } from '@/lib/tags/manage';

// The queues, the workspace and the export name tags: all read them afresh.
const revalidate = { layout: '/' };

export const renameTagAction = formAction(
  async ({ actor, input }) => {
    const tag = await renameTag(actor, { id: input.id, name: input.name });
    return { id: tag.id };
  },
  { revalidate, redirect: ({ id }) => `/admin/tags?done=renamed&tag=${id}` },
);

export const mergeTagsAction = formAction(
  async ({ actor, input }) => {
    const tag = await mergeTags(actor, { sourceId: input.sourceId, targetId: input.targetId });
    return { id: tag.id };
  },
  { revalidate, redirect: ({ id }) => `/admin/tags?done=merged&tag=${id}` },
);
