import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { openApiDocument } from '../openapi/document';

type Document = ReturnType<typeof openApiDocument>;
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

let compiled: { ajv: Ajv2020; document: Document } | undefined;

function validator() {
  if (!compiled) {
    const document = openApiDocument();
    // OpenAPI 3.1 schemas are JSON Schema 2020-12; `example` and friends are annotations.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(JSON.parse(JSON.stringify(document)), 'openapi.json');
    compiled = { ajv, document };
  }
  return compiled;
}

const pointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Fails the test unless the answer is one the document promises for this operation: the
 * status is listed, and a JSON body matches that status's schema.
 *
 * @param template the path as written in the document, e.g. `/api/v1/tickets/{number}`
 */
export function expectContract(method: string, template: string, status: number, body: unknown, contentType: string | null): void {
  const { ajv, document } = validator();
  const lower = method.toLowerCase();
  const operation = (document.paths?.[template] as Record<string, Operation> | undefined)?.[lower];
  expect(operation, `${method} ${template} is not in openapi.json`).toBeDefined();
  const response = operation?.responses?.[String(status)];
  expect(response, `${method} ${template} answered ${status}, which openapi.json does not list`).toBeDefined();
  const media = response?.content ? Object.keys(response.content) : [];
  if (media.length === 0) return;
  if (!contentType?.includes('application/json')) {
    expect(media, `${method} ${template} ${status} answered ${contentType ?? 'no body'}`).not.toContain('application/json');
    return;
  }
  const ref = `openapi.json#/paths/${pointer(template)}/${lower}/responses/${status}/content/${pointer('application/json')}/schema`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  const valid = validate(body);
  expect(valid, `${method} ${template} ${status} does not match openapi.json: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`).toBe(true);
}
