import { describe, expect, it } from 'vitest';
import { checkHealth } from './health';

describe('the health check', () => {
  it('is ok when the database answers', async () => {
    expect(await checkHealth()).toEqual({ status: 'ok' });
  });
});
