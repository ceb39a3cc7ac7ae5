/*
 * PostgreSQL text cannot hold U+0000, and a lone surrogate has no UTF-8 form: either one in a
 * query parameter fails the statement and the request answers 500. Both are dropped where input
 * is read (form data, JSON bodies); the proxy refuses them in addresses.
 */

/** The text without NUL characters, with lone surrogates replaced by U+FFFD. */
export function cleanText(value: string): string {
  return value.replaceAll('\u0000', '').toWellFormed();
}

/** A copy of the form data whose text fields are cleaned; files are kept as they are. */
export function cleanFormData(formData: FormData): FormData {
  const clean = new FormData();
  for (const [key, value] of formData.entries()) {
    clean.append(cleanText(key), typeof value === 'string' ? cleanText(value) : value);
  }
  return clean;
}

/** JSON.parse's reviver: every string value is cleaned (keys go through as written, unused as text). */
export function cleanJsonValue(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? cleanText(value) : value;
}
