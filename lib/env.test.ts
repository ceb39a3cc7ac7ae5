import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema, readEnv, validateEnv } from './env';

const root = path.resolve(import.meta.dirname, '..');
const names = Object.keys(envSchema);

describe('settings', () => {
  it('fall back to the documented defaults', () => {
    expect(readEnv('RATE_LIMIT_CONTACT_PER_IP', {})).toBe(5);
    expect(readEnv('DATABASE_POOL_SIZE', {})).toBe(10);
    expect(readEnv('DESKLINE_DATA_DIR', {})).toBe('.data/pglite');
    expect(readEnv('DESKLINE_MIGRATE_ON_START', {})).toBe(true);
    expect(readEnv('DEMO_DATA', {})).toBeUndefined();
    expect(readEnv('DATABASE_URL', { DATABASE_URL: '' })).toBeUndefined();
  });

  it('parse what is set', () => {
    expect(readEnv('RATE_LIMIT_SIGNIN_PER_IP', { RATE_LIMIT_SIGNIN_PER_IP: ' 42 ' })).toBe(42);
    expect(readEnv('DEMO_DATA', { DEMO_DATA: 'FALSE' })).toBe(false);
    expect(readEnv('DEMO_DATA', { DEMO_DATA: '1' })).toBe(true);
  });

  it('name the variable and the problem', () => {
    expect(() => readEnv('RATE_LIMIT_CONTACT_PER_IP', { RATE_LIMIT_CONTACT_PER_IP: 'abc' })).toThrow(
      "RATE_LIMIT_CONTACT_PER_IP must be a positive whole number, got 'abc'",
    );
    expect(() => readEnv('RATE_LIMIT_CONTACT_PER_IP', { RATE_LIMIT_CONTACT_PER_IP: '0' })).toThrow('positive whole');
    expect(() => readEnv('AUTH_URL', { AUTH_URL: 'help.example.com' })).toThrow("AUTH_URL must be a URL, got 'help.example.com'");
    expect(() => readEnv('PORT', { PORT: '70000' })).toThrow('PORT must be a port number');
    expect(() => validateEnv({ DEMO_DATA: 'yes', DATABASE_POOL_SIZE: '-1' })).toThrow(
      /DATABASE_POOL_SIZE must be a positive whole number.*DEMO_DATA must be true or false/,
    );
  });

  it('are each listed in .env.example', () => {
    const example = readFileSync(path.join(root, '.env.example'), 'utf8');
    const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(names.filter((name) => !listed.has(name))).toEqual([]);
  });

  it("are each in the README's Configuration table", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    const documented = new Set<string>();
    for (const row of rows) {
      const cell = row.split('|')[1] ?? '';
      // A row may abbreviate its siblings: `RATE_LIMIT_SIGNIN_PER_IP`, `…_PER_EMAIL`.
      let prefix = '';
      for (const [, name = ''] of cell.matchAll(/`([^`]+)`/g)) {
        if (name.startsWith('…')) documented.add(prefix + name.slice(1));
        else {
          documented.add(name);
          prefix = name.replace(/_(PER_[A-Z]+|WINDOW_SECONDS|FAILURES_PER_IP)$/, '');
        }
      }
    }
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
  });
});
