import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { readJson } from './read-json';

function post(body: string, contentType = 'application/json') {
  return new Request('http://localhost/api', { method: 'POST', body, headers: { 'content-type': contentType } });
}

async function refusal(request: Request): Promise<AppError> {
  const error = await readJson(request).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('reading a JSON body', () => {
  it('returns the parsed body', async () => {
    expect(await readJson(post('{"a":1}', 'application/json; charset=utf-8'))).toEqual({ a: 1 });
  });

  it('drops NUL characters from the strings of the body', async () => {
    expect(await readJson(post('{"body":"a\\u0000b"}'))).toEqual({ body: 'ab' });
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    const error = await refusal(post('a=1', 'application/x-www-form-urlencoded'));
    expect([error.code, error.status]).toEqual(['unsupported_media_type', 415]);
  });

  it('answers 413 to a body over 64 KB', async () => {
    const error = await refusal(post(JSON.stringify({ text: 'x'.repeat(64 * 1024) })));
    expect([error.code, error.status]).toEqual(['payload_too_large', 413]);
  });

  it('answers 400 to malformed JSON', async () => {
    const error = await refusal(post('{"a":'));
    expect([error.code, error.status]).toEqual(['bad_request', 400]);
  });
});
