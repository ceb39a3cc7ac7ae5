import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cursorKeys, instantCursor, keysetCursor } from './cursor';

const forge = (text: string) => Buffer.from(text).toString('base64url');
const id = randomUUID();
const at = '2030-03-01T12:00:00.123456Z';

describe('keyset cursors', () => {
  it('gives back the keys it encoded, to the microsecond', () => {
    expect(instantCursor.decode(instantCursor.encode([at, id]))).toEqual([at, id]);
    const ranked = keysetCursor([cursorKeys.rank, cursorKeys.instant, cursorKeys.id], 'relevance');
    expect(ranked.decode(ranked.encode(['0.0607927', at, id]))).toEqual(['0.0607927', at, id]);
    expect(instantCursor.decode(forge('2028-02-29T23:59:59.999999Z|' + id))).toEqual(['2028-02-29T23:59:59.999999Z', id]);
  });

  it.each([
    ['no cursor', undefined],
    ['an empty one', ''],
    ['text that is not base64url', 'not a cursor!'],
    ['a 30 February', forge(`2030-02-30T12:00:00.000000Z|${id}`)],
    ['a 29 February outside a leap year', forge(`2030-02-29T12:00:00.000000Z|${id}`)],
    ['a thirteenth month', forge(`2030-13-01T12:00:00.000000Z|${id}`)],
    ['25 o’clock', forge(`2030-03-01T25:00:00.000000Z|${id}`)],
    ['a sixty-first second', forge(`2030-03-01T12:00:60.000000Z|${id}`)],
    ['year 0', forge(`0000-01-01T00:00:00.000000Z|${id}`)],
    ['a word for a time', forge(`yesterday|${id}`)],
    ['milliseconds only', forge(`2030-03-01T12:00:00.123Z|${id}`)],
    ['an id of dashes', forge(`${at}|------------------------------------`)],
    ['an id that is not hexadecimal', forge(`${at}|zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz`)],
    ['an id with SQL in it', forge(`${at}|' or 1=1 --`)],
    ['a key too many', forge(`${at}|${id}|${id}`)],
    ['a key too few', forge(at)],
    ['a cursor far too long', forge(`${at}|${id}|${'x'.repeat(500)}`)],
  ])('reads %s as no cursor', (_label, value) => {
    expect(instantCursor.decode(value)).toBeNull();
  });

  it('tells the orderings apart by their tag, and checks each key’s kind', () => {
    const byActivity = keysetCursor([cursorKeys.instant, cursorKeys.id], 'activity');
    const byCreated = keysetCursor([cursorKeys.instant, cursorKeys.id], 'created');
    const byPriority = keysetCursor([cursorKeys.priority, cursorKeys.instant, cursorKeys.id], 'priority');
    const ranked = keysetCursor([cursorKeys.rank, cursorKeys.instant, cursorKeys.id], 'relevance');
    expect(byCreated.decode(byActivity.encode([at, id]))).toBeNull();
    expect(byActivity.decode(forge(`${at}|${id}`))).toBeNull();
    expect(byPriority.decode(byPriority.encode(['urgent', at, id]))).toEqual(['urgent', at, id]);
    expect(byPriority.decode(forge(`priority|critical|${at}|${id}`))).toBeNull();
    for (const rank of ['1e999', 'NaN', '-', '1'.repeat(31)]) expect(ranked.decode(forge(`relevance|${rank}|${at}|${id}`))).toBeNull();
  });
});
