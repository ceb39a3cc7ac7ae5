import { toStagedFileResource } from '@/lib/api/resources/file';
import { uploadFromRequest } from '@/lib/files/upload-request';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** One file, streamed from the raw body to storage; attached later by its ref. */
export const POST = route({ name: 'api-upload-file', auth: 'optional', status: 201 }, async ({ actor, request }) =>
  toStagedFileResource(await uploadFromRequest(actor, request)),
);
