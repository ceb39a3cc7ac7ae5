import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { attachmentRefsSchema } from '@/lib/files/attach';
import { contactSchema } from '@/lib/tickets/schemas';
import { queueSorts, queueViews } from '@/lib/tickets/queue/schema';
import { updateTicketSchema } from '@/lib/tickets/workspace/update-ticket';
import { ticketSummaryResource } from '../../resources/ticket-summary';
import { ticketNumberParam, ticketResource } from '../../resources/ticket';
import { anyone, errorResponses, isoDateTime, jsonResponse, pageOf, signedIn } from '../common';

const createdTicket = z
  .object({
    ticket: z.object({ number: z.string(), status: ticketResource.shape.status, createdAt: isoDateTime }),
    trackingToken: z.string().meta({ description: 'The private tracking link’s token; shown once.' }),
  })
  .meta({ id: 'CreatedTicket' });

const newTicket = contactSchema
  .extend({ attachments: attachmentRefsSchema.meta({ description: 'Refs from `POST /api/v1/files` for files sent with the description.' }) })
  .meta({ id: 'NewTicket' });

const etagHeader = z.object({ ETag: z.string().meta({ description: 'The ticket’s version: send it back in If-Match to change it only if nobody else has.' }) });
const numberPath = { path: z.object({ number: ticketNumberParam }) };

const listQuery = z.object({
  view: z.enum(queueViews).optional().meta({ description: 'Staff: a desk view; default `open`.' }),
  status: z.string().optional().meta({ description: 'Staff: a status. Customers: `open`, `resolved`, `closed` or `all`.' }),
  priority: z.string().optional().meta({ description: 'Staff only.' }),
  category: z.string().optional().meta({ description: 'Staff only: a category slug.' }),
  assignee: z.string().optional().meta({ description: 'Staff only: `me`, `none` or an agent id.' }),
  requester: z.string().optional().meta({ description: 'Staff only: the requester’s email.' }),
  q: z.string().optional().meta({ description: 'Search words or a ticket number.' }),
  sort: z.enum(queueSorts).optional().meta({ description: 'Staff only; default `activity`.' }),
  cursor: z.string().optional().meta({ description: 'nextCursor of the previous page.' }),
});

const claimed = z
  .object({ number: z.string(), assignee: z.object({ id: z.uuid(), name: z.string() }).nullable() })
  .meta({ id: 'Claim' });

export const ticketPaths: ZodOpenApiPathsObject = {
  '/api/v1/tickets': {
    get: {
      operationId: 'listTickets',
      tags: ['Tickets'],
      summary: 'List tickets',
      description: 'Staff get the desk’s queue (views, filters, search, 50 a page); customers get their own tickets (20 a page). Unknown filter values are ignored, as in the UI; a cursor this list did not give out is a 400.',
      security: signedIn,
      requestParams: { query: listQuery },
      responses: { '200': jsonResponse('One page of tickets.', pageOf(ticketSummaryResource, 'TicketPage')), ...errorResponses(400, 401, 403) },
    },
    post: {
      operationId: 'createTicket',
      tags: ['Tickets'],
      summary: 'Open a ticket',
      description: 'The contact form’s fields and rules. Visitors may call it (rate-limited); a signed-in customer’s ticket is linked to their account. Upload files first with `POST /api/v1/files` and pass their refs in `attachments`.',
      security: anyone,
      requestBody: { required: true, content: { 'application/json': { schema: newTicket } } },
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
      requestParams: { ...numberPath, header: z.object({ 'if-none-match': z.string().optional().meta({ description: 'An ETag from an earlier read: 304 when unchanged.' }) }) },
      responses: {
        '200': jsonResponse('The ticket.', z.object({ ticket: ticketResource }), etagHeader),
        '304': { description: 'Unchanged since the ETag given in If-None-Match.' },
        ...errorResponses(401, 403, 404),
      },
    },
    patch: {
      operationId: 'updateTicket',
      tags: ['Tickets'],
      summary: 'Change a ticket’s status, priority or category',
      description: 'Staff only. The changes are made together or not at all, by the desk’s rules (a status move must be allowed, the category active). With If-Match, only when the ticket is still at that version (412 otherwise).',
      security: signedIn,
      requestParams: { ...numberPath, header: z.object({ 'if-match': z.string().optional().meta({ description: 'The ETag of the ticket as last read.' }) }) },
      requestBody: { required: true, content: { 'application/json': { schema: updateTicketSchema } } },
      responses: {
        '200': jsonResponse('The ticket as changed.', z.object({ ticket: ticketResource }), etagHeader),
        ...errorResponses(400, 401, 403, 404, 409, 412, 413, 415, 422),
      },
    },
    delete: {
      operationId: 'deleteTicket',
      tags: ['Tickets'],
      summary: 'Delete a ticket for good',
      description: 'Admins only. Its messages go with it; its trail keeps the number.',
      security: signedIn,
      requestParams: numberPath,
      responses: { '204': { description: 'Deleted.' }, ...errorResponses(401, 403, 404) },
    },
  },
  '/api/v1/tickets/{number}/claim': {
    post: {
      operationId: 'claimTicket',
      tags: ['Tickets'],
      summary: 'Assign a ticket to yourself',
      description: 'Approved staff. When two claim at once exactly one gets it; the other is answered 409 naming who has it.',
      security: signedIn,
      requestParams: numberPath,
      responses: { '200': jsonResponse('The ticket is yours.', claimed), ...errorResponses(401, 403, 404, 409) },
    },
  },
};
