import { describe, expect, it } from 'vitest';
import { cleanFormData, cleanJsonValue, cleanText } from './clean-text';

describe('cleaning text read from a request', () => {
  it('drops NUL characters and replaces lone surrogates', () => {
    expect(cleanText('a\u0000b\ud800c')).toBe('ab\ufffdc');
    expect(cleanText('Grüße 👋')).toBe('Grüße 👋');
  });

  it('cleans every text field of a form and keeps files', () => {
    const data = new FormData();
    data.append('body', 'hi\u0000');
    data.append('numbers', 'HD-1\u0000');
    data.append('numbers', 'HD-2');
    data.append('file', new File(['x'], 'a.txt'));
    const clean = cleanFormData(data);
    expect(clean.get('body')).toBe('hi');
    expect(clean.getAll('numbers')).toEqual(['HD-1', 'HD-2']);
    expect(clean.get('file')).toBeInstanceOf(File);
  });

  it('cleans the strings of a parsed JSON document at any depth', () => {
    expect(JSON.parse('{"a":["x\\u0000",{"b":"\\ud800"}],"n":1}', cleanJsonValue)).toEqual({ a: ['x', { b: '\ufffd' }], n: 1 });
  });
});
