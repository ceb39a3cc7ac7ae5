import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { attachmentRefsSchema } from '@/lib/files/attach';
import { contactSchema } from '@/lib/tickets/schemas';
import { queueSorts, queueViews } from '@/lib/tickets/queue/schema';
import { updateTicketSchema } from '@/lib/tickets/workspace/update-ticket';
import { ticketSummaryResource } from '../../resources/ticket-summary';
import { ticketNumberParam, ticketResource } from '../../resources/ticket';
import { anyone, cursorExample, errorResponses, isoDateTime, jsonResponse, pageOf, signedIn, withErrorExamples } from '../common';

const createdTicket = z
  .object({
    ticket: z.object({ number: z.string().meta({ example: 'HD-20261204-0001' }), status: ticketResource.shape.status, createdAt: isoDateTime }),
    trackingToken: z.string().meta({ description: 'The private tracking link’s token (`/t/<token>`); shown once.', example: 'MbpAcuHlvVRCfsCtiZ_uh5otJg6DPm9y42n7Nh4SwdY' }),
  })
  .meta({ id: 'CreatedTicket' });

const newTicket = contactSchema
  .extend({ attachments: attachmentRefsSchema.meta({ description: 'Refs from `POST /api/v1/files` for files sent with the description.' }) })
  .meta({
    id: 'NewTicket',
    example: { subject: 'Parcel arrived damaged', message: 'The box was crushed and the mug inside is broken.', category: 'order-delivery', name: 'Emma Whitfield', email: 'customer@deskline.test', attachments: [] },
  });

const etagHeader = z.object({ ETag: z.string().meta({ description: 'The ticket’s version: send it back in If-Match to change it only if nobody else has.', example: '"s1-mx8d2fzt"' }) });
const numberPath = { path: z.object({ number: ticketNumberParam }) };

const listQuery = z.object({
  view: z.enum(queueViews).optional().meta({ description: 'Staff: a desk view; default `open`.' }),
  status: z.string().optional().meta({ description: 'Staff: a status. Customers: `open`, `resolved`, `closed` or `all`.', example: 'open' }),
  priority: z.string().optional().meta({ description: 'Staff only.', example: 'high' }),
  category: z.string().optional().meta({ description: 'Staff only: a category slug.', example: 'order-delivery' }),
  assignee: z.string().optional().meta({ description: 'Staff only: `me`, `none` or an agent id.', example: 'me' }),
  requester: z.string().optional().meta({ description: 'Staff only: the requester’s email.', example: 'customer@deskline.test' }),
  tag: z.string().optional().meta({ description: 'Staff only: tickets with this tag (any case).', example: 'vip' }),
  q: z.string().optional().meta({ description: 'Search words or a ticket number.', example: 'damaged parcel' }),
  createdFrom: z.string().optional().meta({ description: 'Staff only: created on or after this UTC day (YYYY-MM-DD).', example: '2026-12-01' }),
  createdTo: z.string().optional().meta({ description: 'Staff only: created on or before this UTC day, which is included; not before `createdFrom`.', example: '2026-12-04' }),
  activityFrom: z.string().optional().meta({ description: 'Staff only: last activity on or after this UTC day.', example: '2026-12-01' }),
  activityTo: z.string().optional().meta({ description: 'Staff only: last activity on or before this UTC day, which is included; not before `activityFrom`.', example: '2026-12-04' }),
  sort: z.enum(queueSorts).optional().meta({ description: 'Staff only; default `activity`.' }),
  cursor: z.string().optional().meta({ description: 'nextCursor of the previous page.', example: cursorExample }),
  limit: z
    .string()
    .optional()
    .meta({ description: 'Tickets per page, 1 to 100: staff 50 unless given, customers 20. Anything else is a 422 naming `limit`.', example: '100' }),
});

const claimed = z
  .object({ number: z.string().meta({ example: 'HD-20261204-0001' }), assignee: z.object({ id: z.uuid(), name: z.string() }).nullable() })
  .meta({ example: { number: 'HD-20261204-0001', assignee: { id: '3aad518d-9359-4684-828e-f4e46f1ff78e', name: 'Daniel Okafor' } } })
  .meta({ id: 'Claim' });

export const ticketPaths: ZodOpenApiPathsObject = {
  '/api/v1/tickets': {
    get: {
      operationId: 'listTickets',
      tags: ['Tickets'],
      summary: 'List tickets',
      description:
        'Staff get the desk’s queue (views, filters, search, 50 a page); customers get their own tickets (20 a page); `limit` asks for another page size up to 100. Unknown filter values are ignored, as in the UI; a cursor this list did not give out is a 400, a `limit` out of range a 422. Keep the other parameters, `limit` included, when passing `nextCursor` on.',
      security: signedIn,
      requestParams: { query: listQuery },
      responses: {
        '200': jsonResponse('One page of tickets.', pageOf(ticketSummaryResource, 'TicketPage')),
        ...withErrorExamples(errorResponses(400, 401, 403, 422), {
          422: {
            limit: { summary: 'A page size out of range', code: 'validation', message: 'Please correct the highlighted fields.', fields: { limit: ['At most 100.'] } },
            dates: { summary: 'A date range that ends before it starts', code: 'validation', message: 'Please correct the highlighted fields.', fields: { createdTo: ['Choose a day on or after the “created from” day.'] } },
          },
        }),
      },
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
      summary: 'Change a ticket’s status, priority, category or assignee',
      description:
        'Staff change any of the four, together or not at all, by the desk’s rules: a status move must be one the status machine allows, the category active. `assignee`: your own id claims a ticket nobody holds (an open ticket moves to in progress; 409 naming the holder when someone has it), `null` gives back one you hold; handing it to another agent, taking it from its holder or unassigning anyone is for admins, and the new assignee must be an approved agent or admin (422 on `assignee` otherwise). The assignee changes first, so `{ "assignee": "<you>", "status": "on_hold" }` works on an open ticket. A customer may only mark their own ticket solved, `{ "status": "resolved" }` (403 for anything else; another customer’s ticket is 404). With If-Match, only when the ticket is still at that version (412 otherwise), checked under the same lock as the change.',
      security: signedIn,
      requestParams: { ...numberPath, header: z.object({ 'if-match': z.string().optional().meta({ description: 'The ETag of the ticket as last read.', example: '"s7-mip3k2x1"' }) }) },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: updateTicketSchema,
            examples: {
              claim: { summary: 'Claim it and start work', value: { assignee: '0b7e8a52-4f0c-4d8e-9d38-2f1c6a4b9e10', status: 'in_progress' } },
              release: { summary: 'Give it back to the queue', value: { assignee: null } },
              triage: { summary: 'Raise the priority and move the category', value: { priority: 'urgent', category: 'billing' } },
              solved: { summary: 'A customer: this is solved', value: { status: 'resolved' } },
            },
          },
        },
      },
      responses: {
        '200': jsonResponse('The ticket as changed.', z.object({ ticket: ticketResource }), etagHeader),
        ...withErrorExamples(errorResponses(400, 401, 403, 404, 409, 412, 413, 415, 422), {
          403: {
            notYours: { summary: 'An agent unassigning someone else', code: 'forbidden', message: 'Only Grace Hopper or an admin can unassign this ticket.' },
            customer: { summary: 'A customer changing more than the status to resolved', code: 'forbidden', message: 'Customers can only mark their own ticket as solved, with { "status": "resolved" }; staff change the rest.' },
          },
          409: {
            taken: { summary: 'Someone else holds the ticket', code: 'conflict', message: 'Grace Hopper already has this ticket.' },
            transition: {
              summary: 'A status move the machine does not allow',
              code: 'conflict',
              message: 'HD-20261203-0042 cannot move from open to on hold. From open a ticket can move to: in progress, resolved.',
              fields: { status: ['From open a ticket can move to: in progress, resolved.'] },
            },
          },
          412: { stale: { summary: 'If-Match names an older version', code: 'precondition_failed', message: 'This ticket changed since you read it. Read it again and retry.' } },
          422: { assignee: { summary: 'Not an approved agent or admin', code: 'validation', message: 'Choose an approved agent.', fields: { assignee: ['Choose an approved agent.'] } } },
        }),
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
