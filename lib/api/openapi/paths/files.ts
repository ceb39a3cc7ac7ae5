import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { stagedFileAnswer } from '../../resources/file';
import { anyone, errorResponses, jsonResponse } from '../common';

export const filePaths: ZodOpenApiPathsObject = {
  '/api/v1/files': {
    post: {
      operationId: 'uploadFile',
      tags: ['Files'],
      summary: 'Upload a file',
      description:
        'Uploads one file as the raw request body (no multipart), to be attached by sending its `ref` in `attachments` when creating a ticket or a message. The type is found from the content; programs and scripts are refused (415). Limits: `FILES_MAX_MESSAGE_MB` per file and per message (413), `FILES_MAX_PER_MESSAGE` files per message. A file not attached within 24 hours is deleted. Open to visitors, customers and staff.',
      security: anyone,
      requestParams: {
        query: z.object({ name: z.string().min(1).max(255).meta({ description: 'The file’s name, shown to readers and used for downloads.', example: 'damaged-box.jpg' }) }),
      },
      requestBody: { required: true, content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } },
      responses: { '201': jsonResponse('The file, stored and waiting to be attached.', stagedFileAnswer), ...errorResponses(400, 401, 403, 413, 415, 422, 429) },
    },
  },
};
