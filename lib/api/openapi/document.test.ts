import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';

type Parameter = { in?: string; name?: string; required?: boolean };
type Media = { content?: Record<string, { schema?: unknown; examples?: Record<string, { value?: unknown }> }> };
type Operation = { operationId?: string; tags?: string[]; summary?: string; security?: Array<Record<string, unknown>>; parameters?: Parameter[]; requestBody?: Media; responses?: Record<string, Media> };

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

function operations() {
  const paths = openApiDocument().paths ?? {};
  return Object.entries(paths).flatMap(([template, item]) =>
    methods.flatMap((method) => {
      const operation = (item as Record<string, Operation | undefined>)[method];
      return operation ? [{ template, method, operation }] : [];
    }),
  );
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with at least the ticket and token operations', () => {
    const document = openApiDocument();
    expect(document.openapi).toBe('3.1.0');
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids).toEqual(expect.arrayContaining(['getTicket', 'createToken', 'listTokens', 'revokeToken']));
  });

  it('gives every operation a unique operationId, a tag, a summary and a 500 answer', () => {
    const seen = new Set<string>();
    for (const { template, method, operation } of operations()) {
      const where = `${method.toUpperCase()} ${template}`;
      expect(operation.operationId, where).toBeTruthy();
      expect(seen.has(operation.operationId ?? ''), `${where}: operationId ${operation.operationId} is used twice`).toBe(false);
      seen.add(operation.operationId ?? '');
      expect(operation.tags?.length, where).toBeGreaterThan(0);
      expect(operation.summary, where).toBeTruthy();
      expect(operation.responses?.['500'], `${where} lists no 500`).toBeDefined();
    }
  });

  it('declares every path parameter of a template, required, and no others', () => {
    for (const { template, method, operation } of operations()) {
      const inTemplate = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (operation.parameters ?? []).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort(), `${method.toUpperCase()} ${template}`).toEqual(inTemplate);
      for (const parameter of declared) expect(parameter.required, `${template} ${parameter.name}`).toBe(true);
    }
  });

  it('lists 401 on every operation that may use credentials', () => {
    for (const { template, method, operation } of operations()) {
      const usesCredentials = (operation.security ?? []).some((requirement) => Object.keys(requirement).length > 0);
      if (usesCredentials) expect(operation.responses?.['401'], `${method.toUpperCase()} ${template} lists no 401`).toBeDefined();
    }
  });

  it('gives only examples that match their own schema, in request bodies and answers', () => {
    const document = JSON.parse(JSON.stringify(openApiDocument()));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(document, 'openapi.json');
    const pointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');
    let checked = 0;
    for (const { template, method, operation } of operations()) {
      const media: Array<[string, Media]> = [['requestBody', operation.requestBody ?? {}], ...Object.entries(operation.responses ?? {}).map(([status, answer]): [string, Media] => [`responses/${status}`, answer])];
      for (const [where, { content }] of media) {
        for (const [type, { examples }] of Object.entries(content ?? {})) {
          for (const [name, { value }] of Object.entries(examples ?? {})) {
            const validate = ajv.compile({ $ref: `openapi.json#/paths/${pointer(template)}/${method}/${where}/content/${pointer(type)}/schema` });
            expect(validate(value), `${method.toUpperCase()} ${template} ${where} example ${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
