import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';

const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
const root = path.resolve(import.meta.dirname, '../../..');
const apiDir = path.join(root, 'app/api/v1');

/** Every route.ts under app/api/v1, as a path template the document would write: `[number]` → `{number}`. */
function routeFiles(): Array<{ file: string; template: string }> {
  return readdirSync(apiDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => path.basename(entry) === 'route.ts')
    .map((entry) => {
      const folder = path.dirname(entry).split(path.sep).filter((part) => part !== '.');
      const segments = folder.map((part) => part.replace(/^\[(\w+)\]$/, '{$1}'));
      return { file: path.join(apiDir, entry), template: ['/api/v1', ...segments].join('/') };
    });
}

/** `METHOD /template` for every method a route file exports, read from the module itself. */
async function served(): Promise<string[]> {
  const operations: string[] = [];
  for (const { file, template } of routeFiles()) {
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of httpMethods) if (typeof exported[method] === 'function') operations.push(`${method} ${template}`);
  }
  return operations.sort();
}

function documented(): string[] {
  return Object.entries(openApiDocument().paths ?? {})
    .flatMap(([template, item]) => httpMethods.filter((method) => (item as Record<string, unknown>)[method.toLowerCase()] !== undefined).map((method) => `${method} ${template}`))
    .sort();
}

describe('the OpenAPI document against the route files', () => {
  it('finds the route files it walks', () => {
    expect(routeFiles().map(({ template }) => template)).toEqual(expect.arrayContaining(['/api/v1/tickets', '/api/v1/tickets/{number}/messages', '/api/v1/openapi.json']));
  });

  it('documents every method every route file under app/api/v1 exports, and nothing that is not served', async () => {
    const serve = await served();
    const documents = documented();
    expect(serve.length).toBeGreaterThan(20);
    expect(
      serve.filter((operation) => !documents.includes(operation)),
      'served but missing from openapi.json',
    ).toEqual([]);
    expect(
      documents.filter((operation) => !serve.includes(operation)),
      'in openapi.json but not served',
    ).toEqual([]);
  });
});

type Schema = { $ref?: string; example?: unknown; examples?: unknown; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; enum?: unknown[]; const?: unknown; type?: string | string[] };
type Media = { schema?: Schema; example?: unknown; examples?: unknown };
type Operation = { parameters?: Array<{ in: string; name: string; example?: unknown; schema?: Schema }>; requestBody?: { content?: Record<string, Media> }; responses?: Record<string, { content?: Record<string, Media> }> };

function resolve(schema: Schema | undefined): Schema | undefined {
  const components = (openApiDocument().components?.schemas ?? {}) as Record<string, Schema>;
  return schema?.$ref ? resolve(components[schema.$ref.split('/').pop() ?? '']) : schema;
}

/** The leaves of a schema a reader would see as "string" or 0 in the reference, for want of an example. */
function leavesWithoutExample(given: Schema | undefined, at: string): string[] {
  const schema = resolve(given);
  if (!schema || schema.example !== undefined || schema.examples !== undefined) return [];
  if (schema.properties) return Object.entries(schema.properties).flatMap(([name, property]) => leavesWithoutExample(property, `${at}.${name}`));
  if (schema.items) return leavesWithoutExample(schema.items, `${at}[]`);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.filter((option) => option.type !== 'null').flatMap((option) => leavesWithoutExample(option, at));
  // Enums, constants and booleans show their values already.
  if (schema.enum || schema.const !== undefined || schema.type === 'boolean') return [];
  return [at];
}

describe('the examples of the OpenAPI document', () => {
  const operations = () =>
    Object.entries(openApiDocument().paths ?? {}).flatMap(([template, item]) =>
      httpMethods.flatMap((method) => {
        const operation = (item as Record<string, Operation | undefined>)[method.toLowerCase()];
        return operation ? [{ where: `${method} ${template}`, operation }] : [];
      }),
    );

  it('gives every JSON body, every successful JSON answer and every path and query parameter an example', () => {
    const missing: string[] = [];
    for (const { where, operation } of operations()) {
      const body = operation.requestBody?.content?.['application/json'];
      if (body && body.example === undefined && body.examples === undefined) missing.push(...leavesWithoutExample(body.schema, `${where} body`));
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const media = response.content?.['application/json'];
        if (Number(status) < 400 && media && media.example === undefined && media.examples === undefined) missing.push(...leavesWithoutExample(media.schema, `${where} ${status}`));
      }
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'header' && parameter.example === undefined) missing.push(...leavesWithoutExample(parameter.schema, `${where} ${parameter.in} ${parameter.name}`));
      }
    }
    expect(missing).toEqual([]);
  });

  it('has whole-body examples the schemas accept', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020');
    const { default: addFormats } = await import('ajv-formats');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const document = JSON.parse(JSON.stringify(openApiDocument()));
    ajv.addSchema(document, 'openapi.json');
    const pointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');
    let checked = 0;
    for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const places: Array<[string, Media | undefined]> = [
          [`requestBody/content/${pointer('application/json')}`, operation.requestBody?.content?.['application/json']],
          ...Object.entries(operation.responses ?? {}).map(([status, response]): [string, Media | undefined] => [`responses/${status}/content/${pointer('application/json')}`, response.content?.['application/json']]),
        ];
        for (const [place, media] of places) {
          const example = media?.example ?? resolve(media?.schema)?.example;
          if (example === undefined) continue;
          const validate = ajv.compile({ $ref: `openapi.json#/paths/${pointer(template)}/${method}/${place}/schema` });
          expect(validate(example), `${method.toUpperCase()} ${template} ${place}: ${ajv.errorsText(validate.errors)}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
