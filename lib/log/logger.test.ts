import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteActor, runWithRequestContext } from './context';
import { createLogger } from './logger';
import { chooseRequestId, loggedPath } from './request-id';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the logger', () => {
  it('never writes a password, token, cookie or message body, however deep', () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const { lines, stream } = capture();
    createLogger(stream).info(
      {
        password: 'hunter2-secret',
        input: { email: 'ada@example.test', password: 'correct horse', token: 'tok_live_123' },
        request: { headers: { cookie: 'authjs.session-token=abc.def' }, body: 'My order never arrived' },
      },
      'sign-in failed',
    );
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    for (const secret of ['hunter2-secret', 'correct horse', 'tok_live_123', 'abc.def', 'My order never arrived']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('ada@example.test');
    expect(line).toContain('[redacted]');
  });

  it('puts the request id and the acting user on every line written during a request', () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const { parsed, stream } = capture();
    const log = createLogger(stream);
    runWithRequestContext({ requestId: 'req-1' }, () => {
      log.info('before sign-in is known');
      noteActor('user-42');
      log.warn('after');
    });
    log.info('outside any request');
    expect(parsed()).toMatchObject([
      { requestId: 'req-1', msg: 'before sign-in is known' },
      { requestId: 'req-1', actorId: 'user-42', msg: 'after' },
      { msg: 'outside any request' },
    ]);
    expect(parsed()[2]).not.toHaveProperty('requestId');
  });

  it('logs an error once with its cause', () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const { parsed, stream } = capture();
    createLogger(stream).error({ err: new Error('query failed', { cause: new Error('connection reset') }) }, 'unexpected error');
    const [line] = parsed();
    expect(JSON.stringify(line)).toContain('connection reset');
  });

  it('writes nothing below its level', () => {
    vi.stubEnv('LOG_LEVEL', 'silent');
    const { lines, stream } = capture();
    createLogger(stream).error('not written');
    expect(lines).toEqual([]);
  });
});

describe('request ids', () => {
  it('are kept from a trusted proxy when well formed, and made up otherwise', () => {
    expect(chooseRequestId('lb-abc-123', true)).toBe('lb-abc-123');
    expect(chooseRequestId('lb-abc-123', false)).not.toBe('lb-abc-123');
    expect(chooseRequestId('bad id\nwith newline', true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(chooseRequestId(undefined, true)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leave the private link token out of the logged path, and the query too', () => {
    expect(loggedPath(`/t/${'A'.repeat(43)}?done=replied`)).toBe('/t/[redacted]');
    expect(loggedPath('/desk?q=printer')).toBe('/desk');
  });
});
