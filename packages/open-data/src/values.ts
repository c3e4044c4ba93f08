// The values of open-data columns as people type them into Excel: full-width digits, Japanese dates and eras,
// 13時30分, 1,000円. Each parser returns the value in one plain form or says what is wrong with the text.

/**
 * EMPTY: nothing there. FORMAT: not a form this parser reads. OUT_OF_RANGE: read, but no such date, time or
 * coordinate. WEEKDAY_MISMATCH: a date whose weekday, written after it, is another day's.
 */
export type ValueProblem = 'EMPTY' | 'FORMAT' | 'OUT_OF_RANGE' | 'WEEKDAY_MISMATCH';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = <T>(p: ValueProblem): Parsed<T> => ({ ok: false, problem: p });

/** NFKC turns full-width digits, letters and punctuation (２０２６／１２／５, １３：３０) into ASCII. */
function normalise(text: string): string {
  return text.normalize('NFKC').trim();
}

interface Era {
  /** The Gregorian year of the era's year 1. */
  firstYear: number;
  first: string;
  last: string | null;
}

const ERAS: Record<string, Era> = {
  令和: { firstYear: 2019, first: '2019-05-01', last: null },
  平成: { firstYear: 1989, first: '1989-01-08', last: '2019-04-30' },
};

const WEEKDAYS = '日月火水木金土';
// An optional weekday as Japanese writes it after a date: (土), (土曜), (土曜日), (土・祝).
const WEEKDAY_SUFFIX = String.raw`(?:\s*\(([日月火水木金土])(?:曜日?)?(?:・?祝日?)?\))?`;
// Excel writes a date cell with a time format as 2026/12/05 0:00:00.
const MIDNIGHT_SUFFIX = String.raw`(?:\s+0?0:00(?::00)?)?`;

const ISO_LIKE = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${WEEKDAY_SUFFIX}${MIDNIGHT_SUFFIX}$`);
const KANJI = new RegExp(String.raw`^(令和|平成)?\s*(\d{1,4}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日${WEEKDAY_SUFFIX}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a date as 'YYYY-MM-DD': 2026-12-05, 2026/12/5, 2026.12.5, 2026年12月5日, 20261205, 令和8年12月5日,
 * 令和元年, 平成31年4月30日, in full-width digits too, with an optional weekday that must then be right.
 */
export function parseJapaneseDate(text: string): Parsed<string> {
  const s = normalise(text);
  if (s === '') return problem('EMPTY');
  const iso = ISO_LIKE.exec(s);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[3]), Number(iso[4]), iso[5]);
  const compact = COMPACT.exec(s);
  if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const kanji = KANJI.exec(s);
  if (!kanji) return problem('FORMAT');
  const [, eraName, yearText, month, day, weekday] = kanji;
  if (!eraName) {
    return yearText!.length === 4 ? calendarDate(Number(yearText), Number(month), Number(day), weekday) : problem('FORMAT');
  }
  const era = ERAS[eraName]!;
  if (yearText!.length > 2) return problem('FORMAT');
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  if (eraYear < 1) return problem('OUT_OF_RANGE');
  const date = calendarDate(era.firstYear + eraYear - 1, Number(month), Number(day), weekday);
  if (!date.ok) return date;
  if (date.value < era.first || (era.last !== null && date.value > era.last)) return problem('OUT_OF_RANGE');
  return date;
}

function calendarDate(year: number, month: number, day: number, weekday?: string): Parsed<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March; a date that comes back different did not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return problem('OUT_OF_RANGE');
  }
  if (weekday !== undefined && WEEKDAYS[date.getUTCDay()] !== weekday) return problem('WEEKDAY_MISMATCH');
  return ok(`${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`);
}

const COLON_TIME = /^(\d{1,2}):(\d{2})(?::00)?$/;
const KANJI_TIME = /^(午前|午後)?(\d{1,2})時(?:(\d{1,2})分|(半))?$/;
const DIGITS_TIME = /^(\d{1,2})(\d{2})$/;

/**
 * Reads a time of day as 'HH:MM': 13:30, 9:05, 13:30:00, 13時30分, 13時, 13時半, 午後1時30分, 1330, 930, in
 * full-width digits too. 24:00 and later are refused: an event that ends at midnight ends at 23:59 or on the next day.
 */
export function parseTime(text: string): Parsed<string> {
  const s = normalise(text).replace(/\s+/g, '');
  if (s === '') return problem('EMPTY');
  const colon = COLON_TIME.exec(s) ?? DIGITS_TIME.exec(s);
  if (colon) return timeOfDay(Number(colon[1]), Number(colon[2]));
  const kanji = KANJI_TIME.exec(s);
  if (!kanji) return problem('FORMAT');
  const [, half, hourText, minuteText, halfHour] = kanji;
  let hour = Number(hourText);
  const minute = halfHour ? 30 : Number(minuteText ?? 0);
  if (half) {
    // 午前12時 and 午後12時 are read both ways in Japan; only 0 to 11 is unambiguous.
    if (hour > 11) return problem('OUT_OF_RANGE');
    if (half === '午後') hour += 12;
  }
  return timeOfDay(hour, minute);
}

function timeOfDay(hour: number, minute: number): Parsed<string> {
  if (hour > 23 || minute > 59) return problem('OUT_OF_RANGE');
  return ok(`${pad2(hour)}:${pad2(minute)}`);
}

const INTEGER = /^(¥)?([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(.?)$/u;

/**
 * Reads a whole number: 30, 1,000, ３０, -5, with one trailing unit among `units` (by default 人, 名 and 円) and a
 * leading ¥ where 円 is allowed. A decimal such as 1.5 is a FORMAT problem, not rounded.
 */
export function parseInteger(text: string, options: { units?: readonly string[] } = {}): Parsed<number> {
  const units = options.units ?? ['人', '名', '円'];
  const s = normalise(text).replace(/\s+/g, '');
  if (s === '') return problem('EMPTY');
  const match = INTEGER.exec(s);
  if (!match) return problem('FORMAT');
  const [, yen, minus, digits, unit] = match;
  if (unit && !units.includes(unit)) return problem('FORMAT');
  if (yen && !units.includes('円')) return problem('FORMAT');
  const magnitude = Number(digits!.replaceAll(',', ''));
  const value = minus && magnitude !== 0 ? -magnitude : magnitude;
  return Number.isSafeInteger(value) ? ok(value) : problem('OUT_OF_RANGE');
}

const DECIMAL_DEGREES = /^[-+]?\d{1,3}(?:\.\d+)?$/;

/** Reads a latitude or longitude in decimal degrees (35.6895, ３５．６８９５); beyond ±180 is OUT_OF_RANGE. */
export function parseCoordinate(text: string): Parsed<number> {
  const s = normalise(text);
  if (s === '') return problem('EMPTY');
  if (!DECIMAL_DEGREES.test(s)) return problem('FORMAT');
  const value = Number(s);
  return Math.abs(value) <= 180 ? ok(value) : problem('OUT_OF_RANGE');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
