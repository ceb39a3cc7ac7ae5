import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt';
import { allWordsPrefixQuery, anyWordPrefixQuery, searchWords, webSearchText } from './search-terms';

describe('search terms', () => {
  it('keeps only letters and digits, so tsquery operators never reach the database', () => {
    expect(searchWords(`'"&|!():*<> passw`)).toEqual(['passw']);
    expect(searchWords(`Can't log in — 配送 café v2`)).toEqual(['can', 'log', 'in', '配送', 'café', 'v2']);
    expect(allWordsPrefixQuery(`'"&|!():*<>`)).toBeNull();
  });

  it('makes the last word a prefix, joined with and or or', () => {
    expect(allWordsPrefixQuery('Reset my PASSW')).toBe('reset & my & passw:*');
    expect(anyWordPrefixQuery('Reset my passw')).toBe('reset | my | passw:*');
  });

  it('keeps the last sixteen words of a long text', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    expect(searchWords(words.join(' '))).toEqual(words.slice(-16));
  });
});

describe('excerptOf', () => {
  it('flattens line breaks and cuts long text at a word with an ellipsis', () => {
    expect(excerptOf('One line.\n\nTwo lines.')).toBe('One line. Two lines.');
    expect(excerptOf('alpha beta gamma delta', 14)).toBe('alpha beta…');
  });
});

describe('webSearchText', () => {
  it('reads a run of minus signs as one, so that a long run cannot overflow the tsquery stack', () => {
    expect(webSearchText(`printer ${'-'.repeat(40)}jams`)).toBe('printer -jams');
    expect(webSearchText('wi-fi -router')).toBe('wi-fi -router');
  });
});
