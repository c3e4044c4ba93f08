// Identification codes and other numbers that point at one person or one record: found with patterns on the
// detection view (ASCII digits, "-" between digits). The order matters: the first detector to claim a span
// keeps it, so the numbers recognised by their form (My Number's check digit) or their label (保険証の記号)
// come before the generic long-number rule.
import type { Finding, FindingKind } from './findings.js';

/** マイナンバー: 11 digits and a check digit (番号法施行令 第8条). */
export function isIndividualNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(digits[11 - n]);
    sum += p * (n <= 6 ? n + 1 : n - 5);
  }
  const r = sum % 11;
  return Number(digits[11]) === (r <= 1 ? 0 : 11 - r);
}

interface Pattern {
  kind: FindingKind | ((match: RegExpExecArray, view: string) => FindingKind | null);
  regex: RegExp;
  /** The capture group that is the finding (0: the whole match). */
  group?: number;
  replacement: string;
}

const D = '(?<![0-9])';
const ND = '(?![0-9])';
const LABEL_GAP = '[\\s:：は、の]{0,4}';

function twelveDigits(match: RegExpExecArray, view: string): FindingKind {
  const digits = match[0].replace(/\D/g, '');
  const before = view.slice(Math.max(0, match.index - 12), match.index);
  if (/免許/.test(before)) return 'DRIVING_LICENCE_NUMBER';
  return isIndividualNumber(digits) ? 'INDIVIDUAL_NUMBER' : 'OTHER_NUMBER';
}

function phoneOrNot(match: RegExpExecArray): FindingKind | null {
  const digits = match[0].replace(/^\+81/, '0').replace(/\D/g, '');
  return digits.length === 10 || digits.length === 11 ? 'PHONE_NUMBER' : null;
}

const PATTERNS: Pattern[] = [
  { kind: 'EMAIL_ADDRESS', regex: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, replacement: '〔メールアドレス〕' },
  { kind: 'URL', regex: /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g, replacement: '〔URL〕' },
  { kind: 'CASE_NUMBER', regex: new RegExp(`(?:ケース|相談|受付|管理|整理|記録|台帳|支援)(?:番号|No\\.?|NO\\.?|№)${LABEL_GAP}([A-Za-z0-9][A-Za-z0-9-]*)`, 'g'), group: 1, replacement: '〔番号〕' },
  { kind: 'CASE_NUMBER', regex: /(?:No\.?|NO\.?|№)\s?([A-Za-z]{0,3}-?\d[\d-]*)/g, group: 1, replacement: '〔番号〕' },
  {
    kind: 'INSURANCE_NUMBER',
    regex: new RegExp(`(?:保険証の番号|記号|(?<!電話|携帯|個人|年金|旅券|免許|免許証|口座|部屋|郵便|ケース|相談|受付|管理|整理|記録|台帳|支援)番号)${LABEL_GAP}([^\\s、。,)）]{0,3}?\\d[\\d・-]*\\d|[^\\s、。,)）]{0,3}?\\d)`, 'g'),
    group: 1,
    replacement: '〔保険証番号〕',
  },
  { kind: 'INSURANCE_NUMBER', regex: /保険証[\s:：の]*[（(]([^)）]{2,20})[)）]/g, group: 1, replacement: '〔保険証番号〕' },
  { kind: 'PASSPORT_NUMBER', regex: /(?<![A-Za-z])[A-Z]{2}\d{6,7}(?![0-9])/g, replacement: '〔旅券番号〕' },
  { kind: 'PENSION_NUMBER', regex: new RegExp(`${D}\\d{4}[- ]\\d{6}${ND}`, 'g'), replacement: '〔基礎年金番号〕' },
  { kind: twelveDigits, regex: new RegExp(`${D}\\d{4}[- ./]?\\d{4}[- ./]?\\d{4}${ND}`, 'g'), replacement: '〔個人識別番号〕' },
  { kind: 'POSTAL_CODE', regex: new RegExp(`〒\\s?\\d{3}-?\\d{4}${ND}|(?<![0-9-])\\d{3}-\\d{4}(?![0-9-])`, 'g'), replacement: '〔郵便番号〕' },
  {
    kind: phoneOrNot,
    regex: new RegExp(`(?:\\+81[- ]?|${D}0)\\d{1,4}(?:\\s?[-.]\\s?| |\\(|\\)\\s?)?\\d{1,4}(?:\\s?[-.]\\s?| |\\)\\s?)?\\d{3,4}${ND}|\\(0\\d{1,4}\\)\\s?\\d{1,4}-?\\d{4}${ND}`, 'g'),
    replacement: '〔電話番号〕',
  },
  { kind: 'OTHER_NUMBER', regex: new RegExp(`(?<![0-9-])\\d[\\d-]{5,}\\d${ND}(?!\\s?(?:円|万|千|人|件|世帯|kg|g|歳))`, 'g'), replacement: '〔番号〕' },
];

const REPLACEMENT_OF: Partial<Record<FindingKind, string>> = {
  INDIVIDUAL_NUMBER: '〔個人番号〕',
  DRIVING_LICENCE_NUMBER: '〔免許証番号〕',
  OTHER_NUMBER: '〔番号〕',
  PHONE_NUMBER: '〔電話番号〕',
};

export function findCodes(view: string): Finding[] {
  const found: Finding[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(view); match; match = pattern.regex.exec(view)) {
      const kind = typeof pattern.kind === 'function' ? pattern.kind(match, view) : pattern.kind;
      if (!kind) continue;
      const group = pattern.group ?? 0;
      const text = match[group];
      if (!text) continue;
      const start = match.index + match[0].lastIndexOf(text);
      found.push({ kind, start, end: start + text.length, replacement: typeof pattern.kind === 'function' ? (REPLACEMENT_OF[kind] ?? pattern.replacement) : pattern.replacement });
    }
  }
  return found;
}
