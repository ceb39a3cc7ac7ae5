import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';
import { exportFileName, parseExportQuery } from './export-query';

describe('csv cells', () => {
  it('leaves plain text alone and writes nothing for a missing value', () => {
    expect(csvLine(['HD-20250101-0001', 'Ada Lovelace', null, undefined, 42])).toBe('HD-20250101-0001,Ada Lovelace,,,42\r\n');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('Lamp, blue')).toBe('"Lamp, blue"');
    expect(csvCell('The "big" lamp')).toBe('"The ""big"" lamp"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.test")')).toBe(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, even negative ones', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('export parameters', () => {
  it('reads the queue filters, every selected number, and drops what it does not know', () => {
    const params = new URLSearchParams('view=all&priority=urgent&numbers=hd-20250101-0001&numbers=HD-20250101-0002&status=bogus&cursor=x');
    expect(parseExportQuery(params)).toMatchObject({
      view: 'all',
      priority: 'urgent',
      status: undefined,
      sort: 'activity',
      numbers: ['HD-20250101-0001', 'HD-20250101-0002'],
    });
    expect(parseExportQuery({ view: 'nonsense' })).toMatchObject({ view: 'open', numbers: [] });
  });

  it('names the file with the day', () => {
    expect(exportFileName(new Date('2025-06-30T23:00:00Z'))).toBe('deskline-tickets-2025-06-30.csv');
  });
});
