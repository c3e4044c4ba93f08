import { describe, expect, it } from 'vitest';
import { escapeLikePattern, isKatakana, normaliseForSearch, searchTerms } from './index.js';

describe('normaliseForSearch', () => {
  it('brings hiragana, full-width and half-width katakana to one form', () => {
    const stored = normaliseForSearch('フードバンク菊池');
    expect(stored).toBe('ふーどばんく菊池');
    expect(stored).toContain(normaliseForSearch('ふーどばんく'));
    expect(stored).toContain(normaliseForSearch('ﾌｰﾄﾞﾊﾞﾝｸ'));
    expect(stored).toContain(normaliseForSearch('フードバンク'));
  });

  it('folds full-width ASCII and case', () => {
    expect(normaliseForSearch('ＮＰＯセンター')).toBe('npoせんたー');
    expect(normaliseForSearch('SLSC')).toBe(normaliseForSearch('ｓｌｓｃ'));
  });

  it('removes ordinary and full-width spaces', () => {
    expect(normaliseForSearch('社会福祉法人　菊愛会')).toBe(normaliseForSearch('社会福祉法人菊愛会'));
  });

  it('reads the small ケ and ヶ of place names alike', () => {
    expect(normaliseForSearch('関ヶ原町')).toBe(normaliseForSearch('関ケ原町'));
  });

  it('keeps kanji as they are', () => {
    expect(normaliseForSearch('岐阜県')).toBe('岐阜県');
  });
});

describe('searchTerms', () => {
  it('splits on ordinary and full-width spaces and drops empty terms', () => {
    expect(searchTerms(' フードバンク　菊池  ')).toEqual(['ふーどばんく', '菊池']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('escapeLikePattern', () => {
  it('escapes LIKE wildcards', () => {
    expect(escapeLikePattern('100%_ok\\')).toBe('100\\%\\_ok\\\\');
  });
});

describe('isKatakana', () => {
  it('accepts katakana readings, half-width too, and rejects kanji or hiragana', () => {
    expect(isKatakana('フードバンク キクチ')).toBe(true);
    expect(isKatakana('ﾌｰﾄﾞﾊﾞﾝｸ')).toBe(true);
    expect(isKatakana('ふーどばんく')).toBe(false);
    expect(isKatakana('菊池')).toBe(false);
  });
});
