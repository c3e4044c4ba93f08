// Dates and ages. A date of birth goes entirely; any other exact date keeps its month (the story needs to know
// "May", not "the 12th of May"); an exact age becomes its decade, and a very old one the top band (90歳以上).
import { TOP_CODED_AGE, type Finding } from './findings.js';

const ERA_NAMES: Record<string, string> = { R: '令和', H: '平成', S: '昭和', T: '大正', 令和: '令和', 平成: '平成', 昭和: '昭和', 大正: '大正' };
const WEEKDAY = '(?:\\s?[(（][月火水木金土日](?:曜日?)?[)）])?';
const BIRTH_AFTER = /^\s?(?:の)?(?:生まれ|生れ|産まれ|生)/;
const BIRTH_BEFORE = /(?:生年月日|誕生日|生年)[\s:：は、]{0,3}$/;

interface DatePattern {
  regex: RegExp;
  /** The month the date keeps, or null when the match is not a date after all. */
  month: (m: RegExpExecArray) => string | null;
  /** A year (or year and month) alone: only a date of birth when 生まれ follows. */
  birthOnly?: boolean;
}

const validMonthDay = (month: string | undefined, day: string | undefined) => {
  const mm = Number(month);
  const dd = Number(day);
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
};

const DATE_PATTERNS: DatePattern[] = [
  {
    regex: new RegExp(`(令和|平成|昭和|大正)\\s?(\\d{1,2}|元)\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日${WEEKDAY}`, 'g'),
    month: (m) => (validMonthDay(m[3], m[4]) ? `${m[1]}${m[2]}年${Number(m[3])}月` : null),
  },
  {
    regex: new RegExp(`(?<![A-Za-z])([RHST])\\.?\\s?(\\d{1,2})[./-](\\d{1,2})[./-](\\d{1,2})(?![0-9])${WEEKDAY}`, 'g'),
    month: (m) => (validMonthDay(m[3], m[4]) ? `${ERA_NAMES[m[1]!]}${Number(m[2])}年${Number(m[3])}月` : null),
  },
  {
    regex: new RegExp(`(?<![0-9])((?:19|20)\\d{2})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日${WEEKDAY}`, 'g'),
    month: (m) => (validMonthDay(m[2], m[3]) ? `${m[1]}年${Number(m[2])}月` : null),
  },
  {
    regex: new RegExp(`(?<![0-9])((?:19|20)\\d{2})[/.-](\\d{1,2})[/.-](\\d{1,2})(?![0-9])${WEEKDAY}`, 'g'),
    month: (m) => (validMonthDay(m[2], m[3]) ? `${m[1]}年${Number(m[2])}月` : null),
  },
  {
    regex: new RegExp(`(?<![0-9])(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日${WEEKDAY}`, 'g'),
    month: (m) => (validMonthDay(m[1], m[2]) ? `${Number(m[1])}月` : null),
  },
  {
    regex: new RegExp(`(?<![0-9/.])(\\d{1,2})/(\\d{1,2})(?![0-9/])${WEEKDAY}(?!\\s?(?:程度|以下|以上|の割|ほど|くらい|ぐらい))`, 'g'),
    month: (m) => (validMonthDay(m[1], m[2]) ? `${Number(m[1])}月` : null),
  },
  {
    regex: /(令和|平成|昭和|大正)\s?(\d{1,2}|元)\s?年(?:\s?\d{1,2}\s?月)?|(?<![0-9])(?:19|20)\d{2}\s?年(?:\s?\d{1,2}\s?月)?|(?<![A-Za-z])[RHST]\.?\s?\d{1,2}(?:\.\d{1,2})?(?![0-9.])/g,
    month: () => '',
    birthOnly: true,
  },
];

export function findDates(view: string): Finding[] {
  const found: Finding[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  for (const pattern of DATE_PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(view); m; m = pattern.regex.exec(view)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const month = pattern.month(m);
      if (month === null) continue;
      const birth = BIRTH_AFTER.test(view.slice(end)) || BIRTH_BEFORE.test(view.slice(Math.max(0, start - 10), start));
      if (pattern.birthOnly && !birth) continue;
      taken.push([start, end]);
      found.push(birth ? { kind: 'BIRTH_DATE', start, end, replacement: '〔生年月日〕' } : { kind: 'EXACT_DATE', start, end, replacement: month });
    }
  }
  return found;
}

function ageBandText(age: number): string {
  if (age >= TOP_CODED_AGE) return `${TOP_CODED_AGE}歳以上`;
  if (age < 10) return '10歳未満';
  return `${Math.floor(age / 10) * 10}代`;
}

export function findAges(view: string): Finding[] {
  const found: Finding[] = [];
  const patterns = [/(?<![0-9])(?:満\s?)?(\d{1,3})\s?(?:歳|才)(?!\s?(?:以上|未満))/g, /(?<=[ぁ-んァ-ヶ一-龥々])[(（]\s?(\d{2,3})\s?[)）]/g];
  for (const regex of patterns) {
    for (let m = regex.exec(view); m; m = regex.exec(view)) {
      const age = Number(m[1]);
      if (age > 125) continue;
      found.push({ kind: age >= TOP_CODED_AGE ? 'VERY_OLD_AGE' : 'EXACT_AGE', start: m.index, end: m.index + m[0].length, replacement: m[0].startsWith('(') || m[0].startsWith('（') ? `（${ageBandText(age)}）` : ageBandText(age) });
    }
  }
  return found;
}
