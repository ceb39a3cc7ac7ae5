import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { securitySchemes } from './common';
import { adminPaths } from './paths/admin';
import { faqPaths } from './paths/faq';
import { faqAdminPaths } from './paths/faq-admin';
import { filePaths } from './paths/files';
import { referencePaths } from './paths/reference';
import { ticketConversationPaths } from './paths/ticket-conversation';
import { ticketTagPaths } from './paths/ticket-tags';
import { ticketPaths } from './paths/tickets';
import { tokenPaths } from './paths/tokens';

const allPaths: ZodOpenApiPathsObject[] = [ticketPaths, ticketTagPaths, ticketConversationPaths, tokenPaths, adminPaths, faqPaths, faqAdminPaths, referencePaths, filePaths];

let built: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document of `/api/v1`, built once from the same zod schemas the routes use. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  built ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Deskline API',
      version: '1.0.0',
      description:
        'The Deskline helpdesk over JSON. Authenticate with a personal access token (`Authorization: Bearer dl_pat_…`), made at /settings/tokens or with `POST /api/v1/tokens` from a signed-in session. Times are ISO-8601 UTC; lists are keyset-paginated (`{ data, nextCursor }`); every error is `{ error: { code, message, fields } }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This Deskline' }],
    components: { securitySchemes },
    paths: Object.assign({}, ...allPaths),
  });
  return built;
}
