import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './encoding.js';

const TEXT = '都道府県コード又は市区町村コード,イベント名\r\n432105,菊池まつり①㈱髙～\r\n';

describe('decodeCsvBytes', () => {
  it('reads Shift_JIS as Excel writes it, with the Windows characters ①, ㈱, 髙 and ～', () => {
    const bytes = iconv.encode(TEXT, 'Shift_JIS');
    expect(decodeCsvBytes(bytes)).toEqual({ text: TEXT, encoding: 'Shift_JIS' });
  });

  it('reads Shift_JIS bytes written out by hand, not only what iconv-lite encodes', () => {
    // イベント in Shift_JIS; 0x81 0x60 is ～ (U+FF5E) in Windows' table, not the wave dash 〜 (U+301C).
    const bytes = new Uint8Array([0x83, 0x43, 0x83, 0x78, 0x83, 0x93, 0x83, 0x67, 0x81, 0x60]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'イベント\uff5e', encoding: 'Shift_JIS' });
  });

  it('strips the BOM of UTF-8 with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: TEXT, encoding: 'UTF-8 BOM' });
  });

  it('reads valid UTF-8 without a BOM as UTF-8, plain ASCII and an empty file included', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-8' });
    expect(decodeCsvBytes(new TextEncoder().encode('NO,URL\n1,https://a.example/'))).toEqual({
      text: 'NO,URL\n1,https://a.example/',
      encoding: 'UTF-8',
    });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'UTF-8' });
  });

  it('decodes only the bytes of a view into a larger buffer', () => {
    const shiftJis = iconv.encode('新潟市', 'Shift_JIS');
    const buffer = new Uint8Array(shiftJis.length + 4).fill(0x41);
    buffer.set(shiftJis, 2);
    expect(decodeCsvBytes(buffer.subarray(2, 2 + shiftJis.length))).toEqual({ text: '新潟市', encoding: 'Shift_JIS' });
  });
});
