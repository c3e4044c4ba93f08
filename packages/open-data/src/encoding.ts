// Japanese open-data CSV files come in three encodings: Shift_JIS (Excel's default on Japanese Windows), UTF-8
// with a BOM (what Excel writes as 「CSV UTF-8」) and UTF-8 without one (what most other tools write).
import iconv from 'iconv-lite';

export type CsvEncoding = 'UTF-8' | 'UTF-8 BOM' | 'Shift_JIS';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Decodes a CSV file's bytes. Text that is valid UTF-8 is read as UTF-8; anything else as Shift_JIS, in its
 * Windows form (CP932) that Excel writes, with the NEC and IBM extensions such as ① and ㈱ and 髙.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length)), encoding: 'UTF-8 BOM' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp932'), encoding: 'Shift_JIS' };
  }
}
