import { describe, expect, it } from 'vitest';
import { appPath } from './app-path';

describe('appPath', () => {
  it.each(['/desk/tickets/HD-20261203-0001', '/portal/tickets/HD-20261203-0001?rate=4', '/t/abc_DEF-123#reply', '/'])('keeps %s', (href) => {
    expect(appPath(href)).toBe(href);
  });

  it.each([
    'https://evil.test/',
    '//evil.test',
    '/\\evil.test',
    '\\\\evil.test',
    '/.//evil.test',
    '/a/..//evil.test',
    'javascript:alert(1)',
    'desk/tickets',
    '',
    '/a\nb',
    '/a\tb',
    ' /desk',
    `/${'a'.repeat(300)}`,
  ])('refuses %j', (href) => {
    expect(appPath(href)).toBeNull();
  });
});
