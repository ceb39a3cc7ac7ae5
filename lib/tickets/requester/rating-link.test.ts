import { describe, expect, it } from 'vitest';
import { ratingFromLink } from './rating-link';

describe('ratingFromLink', () => {
  it.each([['1', 1], ['3', 3], ['5', 5], [['4', '1'], 4]] as const)('reads %j as %i', (value, expected) => {
    expect(ratingFromLink(value as string | string[])).toBe(expected);
  });

  it.each([undefined, '', '0', '6', '4.5', ' 4', '04', '-1', 'five', '1e0', []])('ignores %j', (value) => {
    expect(ratingFromLink(value as string | string[] | undefined)).toBeNull();
  });
});
