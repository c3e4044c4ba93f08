import { describe, expect, it } from 'vitest';
import { normaliseColumnName, readCsvRecords } from './csv.js';

describe('readCsvRecords', () => {
  it('trims header names, stray full-width spaces included, and numbers records by the line they start on', () => {
    const text = [
      ' NO ,イベント名\u3000,説明',
      '1,菊池まつり,"夜店あり, 花火あり"',
      '2,"新潟市の\r\n防災講座","一行目',
      '二行目""引用""',
      '三行目"',
      '3,岐阜市の朗読会,',
      '',
      '',
    ].join('\r\n');
    const table = readCsvRecords(text);
    expect(table.header).toEqual(['NO', 'イベント名', '説明']);
    expect(table.records).toEqual([
      { line: 2, values: { NO: '1', イベント名: '菊池まつり', 説明: '夜店あり, 花火あり' } },
      { line: 3, values: { NO: '2', イベント名: '新潟市の\n防災講座', 説明: '一行目\n二行目"引用"\n三行目' } },
      { line: 7, values: { NO: '3', イベント名: '岐阜市の朗読会', 説明: '' } },
    ]);
  });

  it('leaves out empty lines and lines of empty fields, but counts them', () => {
    const table = readCsvRecords('NO,イベント名\n\n1,a\n,\n\u3000, \n\n2,b\n,,,\n');
    expect(table.records.map((r) => [r.line, r.values.NO])).toEqual([
      [3, '1'],
      [7, '2'],
    ]);
  });

  it('reads LF, CRLF and CR line ends alike, and strips a BOM left in the text', () => {
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      const table = readCsvRecords(`\ufeffNO,URL${lineEnd}1,https://a.example/${lineEnd}`);
      expect(table).toEqual({ header: ['NO', 'URL'], records: [{ line: 2, values: { NO: '1', URL: 'https://a.example/' } }] });
    }
  });

  it('marks a record with too few or too many fields, reading the missing ones as empty', () => {
    const table = readCsvRecords('NO,イベント名,説明\n1,a\n2,b,c,d\n3,c,d\n');
    expect(table.records).toEqual([
      { line: 2, values: { NO: '1', イベント名: 'a', 説明: '' }, problem: 'TOO_FEW_COLUMNS' },
      { line: 3, values: { NO: '2', イベント名: 'b', 説明: 'c' }, problem: 'TOO_MANY_COLUMNS' },
      { line: 4, values: { NO: '3', イベント名: 'c', 説明: 'd' } },
    ]);
  });

  it('accepts empty padding: empty extra fields, and no field for an unnamed column at the end of the header', () => {
    expect(readCsvRecords('NO,イベント名\n1,a,,\n').records).toEqual([{ line: 2, values: { NO: '1', イベント名: 'a' } }]);
    expect(readCsvRecords('NO,イベント名,\n1,a\n').records).toEqual([{ line: 2, values: { NO: '1', イベント名: 'a' } }]);
  });

  it('marks a record with an unclosed quote and reads on from the line after it', () => {
    const table = readCsvRecords('NO,イベント名\n1,a\n2,"b\n3,c\n\n4,d\n');
    expect(table.records).toEqual([
      { line: 2, values: { NO: '1', イベント名: 'a' } },
      { line: 3, values: { NO: '', イベント名: '' }, problem: 'MALFORMED' },
      { line: 4, values: { NO: '3', イベント名: 'c' } },
      { line: 6, values: { NO: '4', イベント名: 'd' } },
    ]);
    expect(readCsvRecords('NO,説明\r\n1,"x\r\ny"\r\n2,"open\r\n3,z\r\n').records).toEqual([
      { line: 2, values: { NO: '1', 説明: 'x\ny' } },
      { line: 4, values: { NO: '', 説明: '' }, problem: 'MALFORMED' },
      { line: 5, values: { NO: '3', 説明: 'z' } },
    ]);
  });

  it('keeps a stray quote inside an unquoted field as written', () => {
    expect(readCsvRecords('NO,イベント名\n1,第5回"まちあるき"\n').records).toEqual([
      { line: 2, values: { NO: '1', イベント名: '第5回"まちあるき"' } },
    ]);
  });

  it('takes the first of two columns with one name', () => {
    expect(readCsvRecords('NO,備考,備考\n1,a,b\n').records).toEqual([{ line: 2, values: { NO: '1', 備考: 'a' } }]);
  });

  it('returns no header and no records for an empty text', () => {
    expect(readCsvRecords('')).toEqual({ header: [], records: [] });
    expect(readCsvRecords('\r\n\r\n')).toEqual({ header: [], records: [] });
  });
});

describe('normaliseColumnName', () => {
  it('brings full-width and half-width spellings together', () => {
    expect(normaliseColumnName('料金（基本）')).toBe(normaliseColumnName('料金(基本)'));
    expect(normaliseColumnName('ＵＲＬ\u3000')).toBe('URL');
    expect(normaliseColumnName('No')).toBe('NO');
  });
});
