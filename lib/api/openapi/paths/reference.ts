import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { errorResponses, jsonResponse } from '../common';

export const referencePaths: ZodOpenApiPathsObject = {
  '/api/v1/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['Reference'],
      summary: 'This document',
      description: 'The OpenAPI 3.1 document of `/api/v1`, generated from the schemas the routes validate with; `/api/docs` renders it. Needs no credentials and may be cached for five minutes.',
      security: [],
      responses: {
        '200': jsonResponse(
          'The OpenAPI document.',
          z.looseObject({ openapi: z.literal('3.1.0'), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }).meta({
            example: { openapi: '3.1.0', info: { title: 'Deskline API', version: '1.0.0' }, paths: { '/api/v1/tickets': {} } },
          }),
        ),
        ...errorResponses(),
      },
    },
  },
};
