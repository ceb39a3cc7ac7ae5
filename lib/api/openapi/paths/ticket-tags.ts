import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { ticketTagSchema } from '@/lib/tags/schemas';
import { ticketNumberParam } from '../../resources/ticket';
import { errorResponses, jsonResponse, signedIn } from '../common';

const ticketTags = z
  .object({
    number: z.string().meta({ example: 'HD-20261203-0042' }),
    tags: z.array(z.string()).meta({ description: 'The ticket’s tags after the change, A to Z.', example: ['damaged', 'vip'] }),
  })
  .meta({ id: 'TicketTags' });

const who = 'Approved agents and admins; customers never see tags (403), nor do pending agents. An archived ticket is 409.';

export const ticketTagPaths: ZodOpenApiPathsObject = {
  '/api/v1/tickets/{number}/tags': {
    post: {
      operationId: 'addTicketTag',
      tags: ['Tickets'],
      summary: 'Tag a ticket',
      description: `Puts a tag on the ticket: 1 to 40 characters, trimmed; an existing tag of that name in any case is reused, and a tag the ticket has already changes nothing. A ticket takes up to 20 tags (422 on \`name\`). ${who}`,
      security: signedIn,
      requestParams: { path: z.object({ number: ticketNumberParam }) },
      requestBody: { required: true, content: { 'application/json': { schema: ticketTagSchema.meta({ example: { name: 'vip' } }) } } },
      responses: { '200': jsonResponse('The ticket’s tags now.', ticketTags), ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  },
  '/api/v1/tickets/{number}/tags/{name}': {
    delete: {
      operationId: 'removeTicketTag',
      tags: ['Tickets'],
      summary: 'Take a tag off a ticket',
      description: `The tag's name in any case, URL-encoded; one the ticket does not have changes nothing. The tag itself stays for other tickets. ${who}`,
      security: signedIn,
      requestParams: { path: z.object({ number: ticketNumberParam, name: z.string().meta({ description: 'The tag’s name.', example: 'vip' }) }) },
      responses: { '200': jsonResponse('The ticket’s tags now.', ticketTags), ...errorResponses(401, 403, 404, 409, 422) },
    },
  },
};
