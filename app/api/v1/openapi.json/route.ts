import { openApiDocument } from '@/lib/api/openapi/document';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** The API's OpenAPI 3.1 document, generated from the schemas the routes validate with. */
export const GET = route({ name: 'api-openapi', auth: 'none' }, async () => {
  const response = Response.json(openApiDocument());
  response.headers.set('Cache-Control', 'public, max-age=300');
  return response;
});
