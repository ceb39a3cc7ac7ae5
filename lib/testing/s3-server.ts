import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, vi } from 'vitest';

export const TEST_BUCKET = 'deskline-test';

/** Runs a local S3-compatible server (s3rver) for this test file and points the S3_* settings at it. */
export function withLocalS3(): { endpoint: () => string } {
  let dir = '';
  let server: S3rver | undefined;
  let endpoint = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'deskline-s3-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: TEST_BUCKET, configs: [] }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    vi.stubEnv('S3_BUCKET', TEST_BUCKET);
    vi.stubEnv('S3_ENDPOINT', endpoint);
    vi.stubEnv('S3_REGION', 'us-east-1');
    vi.stubEnv('S3_ACCESS_KEY_ID', 'S3RVER');
    vi.stubEnv('S3_SECRET_ACCESS_KEY', 'S3RVER');
    vi.stubEnv('S3_FORCE_PATH_STYLE', 'true');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { endpoint: () => endpoint };
}
