import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { decisionSchema } from '@/lib/users/decide';
import { agentSignUpSchema, userListSchema } from '@/lib/users/schemas';
import { auditEntryResource } from '../../resources/audit';
import { statsResource } from '../../resources/stats';
import { staffDecisionResource, userIdParam, userOverviewResource, userResource } from '../../resources/user';
import { anyone, cursorExample, errorResponses, jsonResponse, pageOf, signedIn, withExamples } from '../common';

const adminOnly = 'Admins only: anyone else (agents included) gets 403.';

export const adminPaths: ZodOpenApiPathsObject = {
  '/api/v1/agents/applications': {
    post: {
      operationId: 'applyAsAgent',
      tags: ['Users'],
      summary: 'Apply to answer tickets',
      description:
        'The agent sign-up form’s fields and rules (rate-limited per address). The answer is the same whether or not the address has an account: a new address is mailed a confirmation link, which makes the application (pending until an admin decides); an existing account’s owner is told someone tried. The link is never in this answer. Without mail configured, an address that already has an account is 409.',
      security: anyone,
      requestBody: { required: true, content: { 'application/json': { schema: agentSignUpSchema.meta({ example: { name: 'Priya Raman', email: 'priya@example.com', password: 'a long passphrase of mine', phone: '+44 20 7946 0958' } }) } } },
      responses: { '202': jsonResponse('The confirmation link is on its way.', z.object({ message: z.string().meta({ example: 'Check your inbox: the application is made when you open the link we sent.' }) })), ...errorResponses(400, 401, 409, 413, 415, 422, 429) },
    },
  },
  '/api/v1/users': {
    get: {
      operationId: 'listUsers',
      tags: ['Users'],
      summary: 'List accounts',
      description: `Every account, newest first: \`q\` matches part of a name or email (ignoring case), \`role\` and \`status\` (a staff status) narrow it; \`limit\` up to 100 (50 unless given). ${adminOnly}`,
      security: signedIn,
      requestParams: { query: withExamples(userListSchema, { q: 'okafor', cursor: cursorExample, limit: 50 }) },
      responses: { '200': jsonResponse('One page of accounts.', pageOf(userResource, 'UserPage')), ...errorResponses(400, 401, 403, 422) },
    },
  },
  '/api/v1/users/{id}': {
    get: {
      operationId: 'getUser',
      tags: ['Users'],
      summary: 'Read an account',
      description: `One account with the tickets it asked for and, for staff, its open load. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: userIdParam }) },
      responses: { '200': jsonResponse('The account.', z.object({ user: userOverviewResource })), ...errorResponses(401, 403, 404) },
    },
  },
  '/api/v1/users/{id}/decision': {
    post: {
      operationId: 'decideUser',
      tags: ['Users'],
      summary: 'Moderate a staff account',
      description: `Approve (a pending or rejected application), reject (a pending one), suspend (an approved account; its open tickets go back to the queue and its sessions end) or reinstate (a suspended one). The reason is kept for rejections and suspensions and mailed with a decision on an application. A move the account's status does not allow, or suspending the last active admin, is 409; your own account is 403. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: userIdParam }) },
      requestBody: { required: true, content: { 'application/json': { schema: decisionSchema.meta({ example: { decision: 'suspend', reason: 'Left the company.' } }) } } },
      responses: { '200': jsonResponse('The account’s new status.', z.object({ user: staffDecisionResource })), ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  },
  '/api/v1/stats': {
    get: {
      operationId: 'getStats',
      tags: ['Statistics'],
      summary: 'Helpdesk statistics',
      description: `The statistics page's figures: the desk right now, and the chosen range (\`days\` 7, 30 or 90; anything else means 30). ${adminOnly}`,
      security: signedIn,
      requestParams: { query: z.object({ days: z.enum(['7', '30', '90']).optional() }) },
      responses: { '200': jsonResponse('The figures.', statsResource), ...errorResponses(401, 403) },
    },
  },
  '/api/v1/audit': {
    get: {
      operationId: 'listAudit',
      tags: ['Audit'],
      summary: 'The audit log',
      description: `Every recorded change, newest first, 50 a page: ticket events and account, FAQ, category and settings changes. Filters as on the audit page: \`actor\` (a user id), \`ticket\` (a number), \`kind\` (\`ticket.<kind>\` or \`audit.<kind>\`), \`from\`/\`to\` (days, UTC, inclusive). ${adminOnly}`,
      security: signedIn,
      requestParams: {
        query: withExamples(auditFilterSchema, { actor: '0f8fad5b-d9cb-469f-a165-70867728950e', ticket: 'HD-20261204-0001', from: '2026-12-01', to: '2026-12-04', cursor: cursorExample }).meta({
          description: 'The audit page’s filters, and the `cursor` of a previous page.',
        }),
      },
      responses: { '200': jsonResponse('One page of entries.', pageOf(auditEntryResource, 'AuditPage')), ...errorResponses(400, 401, 403, 422) },
    },
  },
};
