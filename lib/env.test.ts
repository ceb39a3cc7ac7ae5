import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env, envNames, readEnv, validateEnv } from './env';

const root = path.resolve(import.meta.dirname, '..');

/** The variables .env.example lists, commented out or not. */
function exampleNames(): Set<string> {
  const example = readFileSync(path.join(root, '.env.example'), 'utf8');
  return new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1] ?? ''));
}

/** The variables of the README's Configuration table, with abbreviated siblings spelled out. */
function readmeNames(): Set<string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split('\n## Configuration')[1]?.split('\n## ')[0] ?? '';
  const documented = new Set<string>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
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
  return documented;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('settings', () => {
  it('fall back to the documented defaults when unset or blank', () => {
    expect(readEnv('RATE_LIMIT_CONTACT_PER_IP', {})).toBe(5);
    expect(readEnv('RATE_LIMIT_CONTACT_PER_IP', { RATE_LIMIT_CONTACT_PER_IP: '  ' })).toBe(5);
    expect(readEnv('DATABASE_POOL_SIZE', {})).toBe(10);
    expect(readEnv('DESKLINE_DATA_DIR', {})).toBe('.data/pglite');
    expect(readEnv('DESKLINE_MIGRATE_ON_START', {})).toBe(true);
    expect(readEnv('PORT', {})).toBe(3000);
    expect(readEnv('DEMO_DATA', { DEMO_DATA: '' })).toBeUndefined();
    expect(readEnv('DATABASE_URL', { DATABASE_URL: '' })).toBeUndefined();
  });

  it('parse what is set', () => {
    expect(readEnv('RATE_LIMIT_SIGNIN_PER_IP', { RATE_LIMIT_SIGNIN_PER_IP: ' 42 ' })).toBe(42);
    expect(readEnv('DEMO_DATA', { DEMO_DATA: 'FALSE' })).toBe(false);
    expect(readEnv('DEMO_DATA', { DEMO_DATA: '1' })).toBe(true);
    expect(readEnv('DESKLINE_MIGRATE_ON_START', { DESKLINE_MIGRATE_ON_START: '0' })).toBe(false);
    expect(readEnv('AUTH_URL', { AUTH_URL: 'https://help.example.com' })).toBe('https://help.example.com');
    expect(readEnv('DATABASE_URL', { DATABASE_URL: 'postgresql://u:p@db:5432/deskline' })).toBe('postgresql://u:p@db:5432/deskline');
  });

  it('are read from process.env each time, so a value set later counts', () => {
    vi.stubEnv('RATE_LIMIT_SIGNUP_PER_IP', '3');
    expect(env.RATE_LIMIT_SIGNUP_PER_IP).toBe(3);
    vi.stubEnv('RATE_LIMIT_SIGNUP_PER_IP', '7');
    expect(env.RATE_LIMIT_SIGNUP_PER_IP).toBe(7);
  });

  it('name the variable and the problem', () => {
    expect(() => readEnv('RATE_LIMIT_CONTACT_PER_IP', { RATE_LIMIT_CONTACT_PER_IP: 'abc' })).toThrow(
      "RATE_LIMIT_CONTACT_PER_IP must be a positive whole number, got 'abc'",
    );
    expect(() => readEnv('RATE_LIMIT_CONTACT_PER_IP', { RATE_LIMIT_CONTACT_PER_IP: '0' })).toThrow('positive whole');
    expect(() => readEnv('RATE_LIMIT_CONTACT_PER_IP', { RATE_LIMIT_CONTACT_PER_IP: '12abc' })).toThrow('positive whole');
    expect(() => readEnv('AUTH_URL', { AUTH_URL: 'help.example.com' })).toThrow(
      "AUTH_URL must be an http:// or https:// URL, got 'help.example.com'",
    );
    expect(() => readEnv('PORT', { PORT: '70000' })).toThrow('PORT must be a port number');
    expect(() => readEnv('DEMO_DATA', { DEMO_DATA: 'yes' })).toThrow("DEMO_DATA must be true or false, got 'yes'");
    expect(() => env.DATABASE_POOL_SIZE).not.toThrow();
  });

  it('never repeat a secret in an error', () => {
    const attempt = () => readEnv('DATABASE_URL', { DATABASE_URL: 'mysql://app:hunter2@db/deskline' });
    expect(attempt).toThrow(/^DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL$/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('are checked all at once, every problem named', () => {
    expect(() => validateEnv({})).not.toThrow();
    expect(() => validateEnv({ DEMO_DATA: 'yes', DATABASE_POOL_SIZE: '-1' })).toThrow(
      /DATABASE_POOL_SIZE must be a positive whole number.*DEMO_DATA must be true or false/,
    );
  });

  it('are each listed in .env.example, which lists nothing else', () => {
    const listed = exampleNames();
    expect(envNames.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !(envNames as string[]).includes(name))).toEqual([]);
  });

  it("are each in the README's Configuration table, which holds nothing else", () => {
    const documented = readmeNames();
    expect(envNames.filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !(envNames as string[]).includes(name))).toEqual([]);
  });
});
