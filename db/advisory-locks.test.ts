import { describe, expect, it } from 'vitest';
import { advisoryLocks } from './advisory-locks';

describe('advisoryLocks', () => {
  it('gives every use a number of its own', () => {
    const ids = Object.values(advisoryLocks);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Number.isSafeInteger(id)).toBe(true);
  });
});
