import { describe, expect, it } from 'vitest';
import { stateOf } from './read';

describe('what a file shows as, from its scan', () => {
  it('is ready unscanned or clean, checking while pending, blocked when infected, unchecked when the scan never answered', () => {
    expect(stateOf('unscanned')).toBe('ready');
    expect(stateOf('clean')).toBe('ready');
    expect(stateOf('pending')).toBe('checking');
    expect(stateOf('infected')).toBe('blocked');
    expect(stateOf('failed')).toBe('unchecked');
  });
});
