/**
 * Query text for `to_tsquery`, built only from letters and digits so that no input — quotes,
 * colons, ampersands, parentheses — can reach its operator syntax. The last word gets `:*`, so a
 * word still being typed ("passw") matches ("password").
 */

const MAX_TERMS = 16;

/** The words of `text`, lower-cased; one-letter fragments (the "t" of "can't") are dropped. */
export function searchWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // The last words are kept: that is where someone typing is.
  return words.filter((word) => word.length >= 2).slice(-MAX_TERMS);
}

function withPrefix(words: string[], joiner: ' & ' | ' | '): string | null {
  if (!words.length) return null;
  return words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(joiner);
}

/** Every word must match, the last one as a prefix: the search box's fallback. */
export function allWordsPrefixQuery(text: string): string | null {
  return withPrefix(searchWords(text), ' & ');
}

/** Any word may match, the last one as a prefix: suggestions for a sentence being typed. */
export function anyWordPrefixQuery(text: string): string | null {
  return withPrefix(searchWords(text), ' | ');
}

/**
 * Text for `websearch_to_tsquery`: a run of minus signs nests one negation per sign, and a long
 * run overflows PostgreSQL's tsquery stack (an error, not no match), so a run counts as one.
 */
export function webSearchText(text: string): string {
  return text.replace(/-{2,}/g, '-');
}
