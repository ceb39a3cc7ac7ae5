import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { apiMessageSchema, apiRatingSchema, conversationPageSchema } from '@/lib/tickets/conversation/schemas';
import { messageResource } from '../../resources/message';
import { ratingResource } from '../../resources/rating';
import { ticketNumberParam } from '../../resources/ticket';
import { ticketEventResource } from '../../resources/ticket-event';
import { cursorExample, errorBody, errorResponses, jsonResponse, pageOf, signedIn, withExamples } from '../common';

const pageQuery = withExamples(conversationPageSchema, { cursor: cursorExample, limit: 50 });

const numberPath = { path: z.object({ number: ticketNumberParam }) };
const whoSees = 'Approved staff read any ticket; a customer reads their own; anyone else (a pending agent, another customer) gets 404.';

const staleReply = {
  error: {
    code: 'stale_reply',
    message: 'Ada Lovelace replied after you started writing. Read the new message, then send again.',
    fields: { seenMessageId: ['Ada Lovelace replied after you started writing. Read the new message, then send again.'] },
  },
};

export const ticketConversationPaths: ZodOpenApiPathsObject = {
  '/api/v1/tickets/{number}/messages': {
    get: {
      operationId: 'listTicketMessages',
      tags: ['Conversation'],
      summary: 'List a ticket’s messages',
      description: `Oldest first, keyset-paged. Staff get replies and internal notes (see \`visibility\`); the customer gets the public replies only: an internal note is never in any answer to a customer. ${whoSees} A cursor this list did not give out is 400.`,
      security: signedIn,
      requestParams: { ...numberPath, query: pageQuery },
      responses: { '200': jsonResponse('One page of messages.', pageOf(messageResource, 'MessagePage')), ...errorResponses(400, 401, 403, 404, 422) },
    },
    post: {
      operationId: 'addTicketMessage',
      tags: ['Conversation'],
      summary: 'Reply, or add an internal note',
      description:
        'Staff reply to the requester, or with `internal: true` add a note only the team sees (the desk’s rules: a closed ticket takes notes only, an archived one nothing). Send `seenMessageId`, the newest message you had read (`""` for none), and a public reply is refused with 409 `stale_reply` when someone else has replied publicly since: read the new message, then send again. The customer who asked replies to their own ticket as in the portal (a resolved ticket reopens, a closed one is 409); `internal: true` from a customer is 403 and `seenMessageId` is not checked. A pending agent is 403, another customer 404. Files: upload each with `POST /api/v1/files`, then pass their refs in `attachments`; they are saved with the message or not at all.',
      security: signedIn,
      requestParams: numberPath,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: apiMessageSchema.meta({ example: { body: 'The courier has it; it arrives tomorrow.', internal: false, seenMessageId: '0b9f6c1e-6d0e-4a43-9d51-1f2e9f1c7a10' } }) } },
      },
      responses: {
        '201': jsonResponse('The message, as the writer now reads it.', z.object({ message: messageResource })),
        ...errorResponses(400, 401, 403, 404, 413, 415, 422),
        '409': {
          description: 'A newer public message than `seenMessageId` exists (`stale_reply`), or the ticket takes no replies now (`conflict`: closed, or archived).',
          content: { 'application/json': { schema: errorBody, example: staleReply } },
        },
      },
    },
  },
  '/api/v1/tickets/{number}/rating': {
    post: {
      operationId: 'rateTicket',
      tags: ['Conversation'],
      summary: 'Rate the help',
      description:
        'The customer who asked, once their ticket is resolved or closed; rating a resolved ticket closes it. Not resolved yet, or rated already, is 409. Staff (any status) are 403; another customer gets 404.',
      security: signedIn,
      requestParams: numberPath,
      requestBody: { required: true, content: { 'application/json': { schema: apiRatingSchema.meta({ example: { score: 5, comment: 'Quick and kind.' } }) } } },
      responses: { '201': jsonResponse('The rating was saved.', z.object({ rating: ratingResource })), ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  },
  '/api/v1/tickets/{number}/events': {
    get: {
      operationId: 'listTicketEvents',
      tags: ['Conversation'],
      summary: 'Read a ticket’s timeline',
      description: `Oldest first, keyset-paged. Staff get every event as the desk shows it: status changes, claims and assignment, priority and category, replies and notes (as events; read the messages for their text), archiving. The customer gets the activity the portal shows them: created, status changes, their rating, a link to a follow-up; nothing about who works it or about notes. ${whoSees} A cursor this list did not give out is 400.`,
      security: signedIn,
      requestParams: { ...numberPath, query: pageQuery },
      responses: { '200': jsonResponse('One page of events.', pageOf(ticketEventResource, 'TicketEventPage')), ...errorResponses(400, 401, 403, 404, 422) },
    },
  },
};
