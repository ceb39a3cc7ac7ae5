import { describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { PNG_BYTES, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { POST } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor ?? anonymous) }));

withTempFilesDir();
const template = '/api/v1/files';

function upload(body: Buffer | string, query: Record<string, string | undefined>, extra: { token?: string; headers?: Record<string, string> } = {}) {
  return callApi({ handler: POST, method: 'POST', template, query, body: Buffer.from(body), ip: freshIp(), token: extra.token, headers: { 'content-type': 'application/octet-stream', ...extra.headers } });
}

describe('POST /api/v1/files', () => {
  it('stores a visitor’s upload and answers 201 with its ref, name, detected type and size', async () => {
    session.actor = anonymous;
    const answer = await upload(PNG_BYTES, { name: 'photo.jpg' });
    expect(answer.status).toBe(201);
    expect(answer.body.file).toMatchObject({ name: 'photo.jpg', contentType: 'image/png', size: PNG_BYTES.length });
    expect(answer.body.file.ref).toMatch(new RegExp(`^${answer.body.file.id}\\.`));
  });

  it('takes uploads from a token holder', async () => {
    const agent = await makeUser('agent', 'approved');
    const { token } = await createApiToken(agent, { name: 'uploader', scopes: ['read', 'write'] });
    const answer = await upload('hello', { name: 'notes.txt' }, { token });
    expect(answer.status).toBe(201);
    expect(answer.body.file.contentType).toBe('text/plain');
  });

  it('answers 422 without a name or with one too long, 413 when Content-Length is over the limit, 415 for a program', async () => {
    session.actor = anonymous;
    const missing = await upload('x', {});
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields.name).toBeDefined();
    expect((await upload('x', { name: `${'a'.repeat(300)}.txt` })).status).toBe(422);
    expect((await upload('x', { name: 'big.bin' }, { headers: { 'content-length': String(26 * 1024 * 1024) } })).status).toBe(413);
    const program = await upload(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), { name: 'setup.exe' });
    expect(program.status).toBe(415);
    expect(program.body.error.code).toBe('unsupported_media_type');
  });

  it('refuses a pending agent', async () => {
    session.actor = await makeUser('agent', 'pending');
    expect((await upload('x', { name: 'a.txt' })).status).toBe(403);
  });
});
