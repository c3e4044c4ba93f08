// The text the detectors read: the worker's text folded character for character (so that every offset still
// points into the original), with full-width letters and digits made ASCII, every dash between digits made
// "-", and the variant kanji of surnames (髙, 﨑, 邊 …) made the forms the dictionary knows. What is stored is
// the original text with the findings replaced; the fold itself is never stored.

const VARIANT_KANJI: Record<string, string> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  邊: '辺',
  邉: '辺',
  齋: '斎',
  齊: '斉',
  德: '徳',
  濵: '浜',
  濱: '浜',
  櫻: '桜',
  廣: '広',
  國: '国',
  澤: '沢',
  曾: '曽',
  藪: '薮',
  瀨: '瀬',
  眞: '真',
  惠: '恵',
  條: '条',
  圓: '円',
  萬: '万',
  龍: '竜',
  𠮷: '吉',
};

const DASHES = new Set(['‐', '‑', '‒', '–', '—', '―', '−', 'ー', 'ｰ', '－', '-']);
const isDigit = (ch: string | undefined) => ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));

function foldChar(ch: string): string {
  const cp = ch.charCodeAt(0);
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  if (cp === 0x3000) return ' ';
  return VARIANT_KANJI[ch] ?? ch;
}

/** Folds text for detection; the result has the same length (UTF-16 units) as the input. */
export function detectionView(text: string): string {
  const units = [...text];
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const ch = units[i]!;
    if (DASHES.has(ch) && isDigit(units[i - 1]?.slice(-1)) && isDigit(units[i + 1]?.slice(0, 1))) {
      out += '-';
      continue;
    }
    const folded = foldChar(ch);
    // A character outside the BMP (𠮷) is two units: pad its fold to keep the offsets.
    out += folded.length === ch.length ? folded : folded.padEnd(ch.length, '\u200b');
  }
  return out;
}
