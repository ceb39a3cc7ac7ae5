import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { contactSchema } from '@/lib/tickets/schemas';
import { ticketNumberParam, ticketResource } from '../../resources/ticket';
import { anyone, errorResponses, isoDateTime, jsonResponse } from '../common';

const createdTicket = z
  .object({
    ticket: z.object({ number: z.string(), status: ticketResource.shape.status, createdAt: isoDateTime }),
    trackingToken: z.string().meta({ description: 'The private tracking link’s token; shown once.' }),
  })
  .meta({ id: 'CreatedTicket' });

export const ticketPaths: ZodOpenApiPathsObject = {
  '/api/v1/tickets': {
    post: {
      operationId: 'createTicket',
      tags: ['Tickets'],
      summary: 'Open a ticket',
      description: 'The contact form’s fields and rules. Visitors may call it (rate-limited); a signed-in customer’s ticket is linked to their account.',
      security: anyone,
      requestBody: { required: true, content: { 'application/json': { schema: contactSchema } } },
      responses: { '201': jsonResponse('The ticket was opened.', createdTicket), ...errorResponses(400, 401, 413, 415, 422, 429) },
    },
  },
  '/api/v1/tickets/{number}': {
    get: {
      operationId: 'getTicket',
      tags: ['Tickets'],
      summary: 'Read a ticket',
      description: 'A ticket as the caller may see it: customers get public messages only.',
      security: anyone,
      requestParams: { path: z.object({ number: ticketNumberParam }) },
      responses: { '200': jsonResponse('The ticket.', z.object({ ticket: ticketResource })), ...errorResponses(401, 403, 404) },
    },
  },
};
