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
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of httpMethods) if (typeof module[method] === 'function') operations.push(`${method} ${template}`);
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
