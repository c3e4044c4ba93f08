// Japanese text normalisation for search. The same function runs on stored text (into a search column) and on
// what the user types, so that ふーどばんく, ﾌｰﾄﾞﾊﾞﾝｸ and フードバンク all meet in one form.

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60; // ァ (U+30A1) − ぁ (U+3041)

/**
 * Folds text for matching: NFKC (half-width katakana to full-width, full-width ASCII to ASCII, ㈱ to (株)),
 * lower case, katakana to hiragana, the small ヵ/ヶ read as か/け (関ケ原 = 関ヶ原), and no white space.
 */
export function normaliseForSearch(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of nfkc) {
    const cp = ch.codePointAt(0)!;
    if (/\s/u.test(ch)) continue;
    if (cp === 0x30f5 || cp === 0x3095) {
      out += 'か';
    } else if (cp === 0x30f6 || cp === 0x3096) {
      out += 'け';
    } else if (cp >= KATAKANA_START && cp <= KATAKANA_END) {
      out += String.fromCodePoint(cp - KANA_OFFSET);
    } else {
      out += ch;
    }
  }
  return out;
}

/** Splits a user's query on white space (including the full-width space) into normalised terms. */
export function searchTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/\s+/u)
    .map(normaliseForSearch)
    .filter((term) => term.length > 0);
}

/** Escapes the LIKE wildcards so that a user's % or _ matches itself. */
export function escapeLikePattern(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** True when the text is written only in katakana (with the long-vowel mark, middle dot and spaces). */
export function isKatakana(text: string): boolean {
  return /^[\u30a0-\u30ff\u3000\s・ー]+$/u.test(text.normalize('NFKC'));
}
