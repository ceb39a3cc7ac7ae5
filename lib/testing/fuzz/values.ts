import { Buffer } from 'node:buffer';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/**
 * Text that reaches the app from a form, an address or a JSON body and has broken it before:
 * control characters, what invalid UTF-8 escapes decode to, sizes beyond every limit, numbers
 * out of range, and cursors that look right but name no moment or row.
 */
export const malformedTexts: Array<[label: string, value: string]> = [
  ['a NUL byte', 'a\u0000b'],
  ['only NUL', '\u0000'],
  ['a lone surrogate', 'x\ud800y'],
  ['undecoded escapes', '%ff%fe%00'],
  ['the replacement character', '\ufffd\ufffd'],
  ['100 000 characters', 'x'.repeat(100_000)],
  ['empty', ''],
  ['blank', ' \t\n '],
  ['a negative number', '-1'],
  ['a huge number', '-99999999999999999999999999'],
  ['not a number', 'NaN'],
  ['JSON in a field', '{"$ne":null}'],
  ['SQL', "' or '1'='1"],
  ['an id of dashes', '------------------------------------'],
  ['a cursor on 30 February', b64('2026-02-30T10:00:00.000000Z|00000000-0000-0000-0000-000000000000')],
  ['a cursor of dashes', b64('------|------')],
  ['a cursor that is no base64', '!!!***'],
  ['a ticket number of 30 February', 'HD-20260230-0001'],
];

/** Names of fields the forms, queries and API bodies read. */
export const fieldNames = [
  'name', 'email', 'password', 'phone', 'subject', 'message', 'description', 'category', 'reference', 'website',
  'body', 'visibility', 'number', 'numbers', 'to', 'status', 'priority', 'assigneeId', 'assignee', 'confirmation',
  'action', 'enabled', 'rating', 'comment', 'callbackUrl', 'decision', 'id', 'userId', 'slug', 'question', 'answer',
  'title', 'q', 'cursor', 'view', 'sort', 'page', 'kind', 'from', 'until', 'channel', 'active', 'published', 'next',
];

/** JSON bodies of the wrong shape: arrays for objects, wrong types, nesting. */
export const malformedJsonBodies: Array<[label: string, body: string]> = [
  ['an array', '[]'],
  ['null', 'null'],
  ['a string', '"hello"'],
  ['a number', '-1'],
  ['not JSON', '{"a":'],
  ['arrays for every field', JSON.stringify(fieldObject(() => ['x']))],
  ['objects for every field', JSON.stringify(fieldObject(() => ({ a: 1 })))],
  ['numbers for every field', JSON.stringify(fieldObject(() => -1))],
  ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
  ...malformedTexts.map(([label, value]): [string, string] => [`${label} in every field`, JSON.stringify(fieldObject(() => value))]),
];

function fieldObject(value: () => unknown): Record<string, unknown> {
  return Object.fromEntries(fieldNames.map((name) => [name, value()]));
}

/** A form with every known field set to the value, `numbers` twice, and a file where text is expected. */
export function malformedForm(value: string, fixed: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const name of fieldNames) form.append(name, fixed[name] ?? value);
  form.append('numbers', value);
  form.append('file', new File([value], `${value.slice(0, 40)}.txt`));
  form.append('$ACTION_ID_fuzz', value);
  return form;
}

/** Query parameters with every known name set to the value, some of them twice. */
export function malformedQuery(value: string): string {
  const params = new URLSearchParams();
  for (const name of fieldNames) params.append(name, value);
  params.append('q', value);
  params.append('status', value);
  return params.toString();
}
