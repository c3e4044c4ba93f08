// A file of the national recommended dataset イベント一覧 (推奨データセット), read row by row into event drafts. Every
// row comes back: kept, with the repairs made to it, or rejected, with every reason at once, so that the publisher
// can fix the file in one pass. Only a file that is not an イベント一覧 at all is refused as a whole.
import {
  parseCoordinate,
  parseInteger,
  parseJapaneseDate,
  parseTime,
  readDatasetFile,
  repairLocalGovernmentCode,
  type Dataset,
  type DatasetRow,
  type LocalGovernmentCodeCheck,
  type ValueProblem,
} from '@renkei/open-data';
import type { EventDraft, ParsedEventFile, RowResult } from './types.js';

/**
 * The dataset's columns, with their headers as published. 都道府県名 and 市区町村名 only repeat what the code says and
 * are not read.
 */
export const EVENT_COLUMNS = {
  code: '都道府県コード又は市区町村コード',
  no: 'NO',
  prefectureName: '都道府県名',
  municipalityName: '市区町村名',
  title: 'イベント名',
  titleKana: 'イベント名_カナ',
  titleEn: 'イベント名_英語',
  startDate: '開始日',
  endDate: '終了日',
  startTime: '開始時間',
  endTime: '終了時間',
  timeNote: '開始日時特記事項',
  description: '説明',
  feeBasic: '料金(基本)',
  feeDetail: '料金(詳細)',
  contactName: '連絡先名称',
  contactPhone: '連絡先電話番号',
  contactExtension: '連絡先内線番号',
  organizer: '主催者',
  venueName: '場所名称',
  address: '住所',
  addressDetail: '方書',
  latitude: '緯度',
  longitude: '経度',
  access: 'アクセス方法',
  parking: '駐車場情報',
  capacity: '定員',
  registrationDeadlineDate: '参加申込終了日',
  registrationDeadlineTime: '参加申込終了時間',
  registrationMethod: '参加申込方法',
  url: 'URL',
  note: '備考',
} as const;

type Column = keyof typeof EVENT_COLUMNS;
type Row = DatasetRow<Column>;

const EVENT_LIST: Dataset<Column> = {
  name: 'イベント一覧',
  columns: EVENT_COLUMNS,
  // NO is required too: without it no row could be matched to its event on the next import.
  required: ['code', 'no', 'title', 'startDate'],
};

const MAX_TITLE_LENGTH = 200;
/** A start further ahead than this is taken for a typing error (2062 for 2026) rather than a plan. */
const MAX_YEARS_AHEAD = 5;
const JAPAN_UTC_OFFSET_MS = 9 * 60 * 60 * 1000;
/** Japan's extent, generously: 沖ノ鳥島 is at 20.4°N, 南鳥島 at 153.9°E, 択捉島 reaches 45.5°N. */
const LATITUDE_RANGE = [20, 46] as const;
const LONGITUDE_RANGE = [122, 154] as const;
/** 料金(基本) values that mean free of charge, compared after NFKC, without spaces and in upper case. */
const FREE_OF_CHARGE = new Set(['無料', '無償', 'FREE']);

/** Reads an イベント一覧 file in Shift_JIS or UTF-8; throws DatasetFileError when it lacks a required column. */
export function parseEventFile(bytes: Uint8Array, options: { now?: Date } = {}): ParsedEventFile {
  const { encoding, rows } = readDatasetFile(bytes, EVENT_LIST);
  const context: FileContext = { latestStartDate: latestStartDate(options.now ?? new Date()), firstLineOfKey: new Map() };
  return { encoding, rows: rows.map((row) => readRow(row, context)) };
}

interface FileContext {
  latestStartDate: string;
  /** "code NO" → the line of the first row that claimed it. */
  firstLineOfKey: Map<string, number>;
}

function latestStartDate(now: Date): string {
  const japanToday = new Date(now.getTime() + JAPAN_UTC_OFFSET_MS);
  japanToday.setUTCFullYear(japanToday.getUTCFullYear() + MAX_YEARS_AHEAD);
  return japanToday.toISOString().slice(0, 10);
}

function readRow(row: Row, context: FileContext): RowResult {
  const line = row.line;
  const no = row.text('no')?.normalize('NFKC') ?? null;
  if (row.rejectBrokenRecord()) return { line, no, ok: false, issues: row.issues };

  const municipalityCode = readCode(row);
  if (no === null) {
    row.reject(
      'no',
      'MISSING_NO',
      'NO is empty; it identifies the row on the next import',
      'NOが空欄です。NOは再取り込みのときに行を特定するために必要です。',
    );
  } else if (municipalityCode !== null) {
    const key = `${municipalityCode} ${no}`;
    const firstLine = context.firstLineOfKey.get(key);
    if (firstLine === undefined) {
      context.firstLineOfKey.set(key, line);
    } else {
      row.reject(
        'no',
        'DUPLICATE_NO',
        `NO ${no} of ${municipalityCode} is already used on line ${firstLine}`,
        `${municipalityCode} のNO「${no}」は${firstLine}行目と重複しています。`,
      );
    }
  }

  const title = row.text('title');
  if (title === null) {
    row.reject('title', 'MISSING_TITLE', 'The event name is empty', 'イベント名が空欄です。');
  } else if ([...title].length > MAX_TITLE_LENGTH) {
    row.reject(
      'title',
      'TITLE_TOO_LONG',
      `The event name has ${[...title].length} characters; at most ${MAX_TITLE_LENGTH} are allowed`,
      `イベント名が${[...title].length}文字あります。${MAX_TITLE_LENGTH}文字以内にしてください。`,
    );
  }

  const schedule = readSchedule(row, context.latestStartDate);
  const fee = readFee(row);
  const capacity = readCapacity(row);
  const coordinates = readCoordinates(row);
  const registration = readRegistrationDeadline(row, schedule.startDate);
  const url = readUrl(row);

  const { startDate, endDate } = schedule;
  if (row.rejected || municipalityCode === null || no === null || title === null || startDate === null || endDate === null) {
    return { line, no, ok: false, issues: row.issues };
  }
  const draft: EventDraft = {
    municipalityCode,
    no,
    title,
    titleKana: row.text('titleKana'),
    titleEn: row.text('titleEn'),
    startDate,
    endDate,
    startTime: schedule.startTime,
    endTime: schedule.endTime,
    timeNote: row.paragraphs('timeNote'),
    description: row.paragraphs('description'),
    feeYen: fee.feeYen,
    feeNote: fee.feeNote,
    contactName: row.text('contactName'),
    // Telephone numbers are identifiers: ０００－００００－１２３４ is 000-0000-1234.
    contactPhone: row.text('contactPhone')?.normalize('NFKC') ?? null,
    contactExtension: row.text('contactExtension')?.normalize('NFKC') ?? null,
    organizerName: row.text('organizer'),
    venueName: row.text('venueName'),
    address: row.text('address'),
    addressDetail: row.text('addressDetail'),
    latitude: coordinates?.latitude ?? null,
    longitude: coordinates?.longitude ?? null,
    access: row.paragraphs('access'),
    parking: row.paragraphs('parking'),
    capacity,
    registrationDeadlineDate: registration.date,
    registrationDeadlineTime: registration.time,
    registrationMethod: row.paragraphs('registrationMethod'),
    url,
    note: row.paragraphs('note'),
  };
  return { line, no, ok: true, draft, issues: row.issues };
}

function readCode(row: Row): string | null {
  const raw = row.text('code');
  if (raw === null) {
    row.reject('code', 'MISSING_CODE', 'The local government code is empty', '都道府県コード又は市区町村コードが空欄です。');
    return null;
  }
  const check = repairLocalGovernmentCode(raw);
  if (!check.ok) {
    const { message, messageJa } = describeCodeProblem(raw, check);
    row.reject('code', 'INVALID_CODE', message, messageJa);
    return null;
  }
  if (check.repaired && check.how !== 'CHECK_DIGIT_ADDED') {
    row.repair(
      'code',
      'CODE_PADDED',
      `The code ${raw} had lost its leading zero; read as ${check.code}`,
      `コード ${raw} は先頭の0が落ちていたため、${check.code} として読みました。`,
    );
  }
  if (check.repaired && check.how !== 'LEADING_ZERO') {
    row.repair(
      'code',
      'CODE_CHECK_DIGIT_ADDED',
      `The code ${raw} has no check digit; read as ${check.code}`,
      `コード ${raw} に検査数字がないため、${check.code} として読みました。`,
    );
  }
  return check.code;
}

type CodeRefusal = Extract<LocalGovernmentCodeCheck, { ok: false }>;

function describeCodeProblem(raw: string, check: CodeRefusal): { message: string; messageJa: string } {
  switch (check.problem) {
    case 'FORMAT':
      return {
        message: `"${raw}" is not a local government code (6 digits with the check digit)`,
        messageJa: `「${raw}」は全国地方公共団体コード（検査数字を含む6桁）ではありません。`,
      };
    case 'CHECK_DIGIT':
      return {
        message: `The local government code ${raw} has a wrong check digit`,
        messageJa: `コード ${raw} の検査数字が正しくありません。`,
      };
    case 'UNKNOWN':
      return {
        message: `No local government has the code ${raw}`,
        messageJa: `コード ${raw} の地方公共団体はありません。`,
      };
    case 'AMBIGUOUS':
      return {
        message:
          `The code ${raw} can be read as ${(check.candidates ?? []).join(' or ')}; ` +
          'write it with 6 digits, check digit included',
        messageJa: `コード ${raw} は ${(check.candidates ?? []).join(' とも ')} とも読めます。検査数字を含む6桁で記載してください。`,
      };
  }
}

interface Schedule {
  startDate: string | null;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
}

function readSchedule(row: Row, latestStartDate: string): Schedule {
  const startText = row.text('startDate');
  let startDate: string | null = null;
  if (startText === null) {
    row.reject('startDate', 'MISSING_START_DATE', 'The start date is empty', '開始日が空欄です。');
  } else {
    const parsed = parseJapaneseDate(startText);
    if (!parsed.ok) {
      row.reject('startDate', 'INVALID_START_DATE', ...dateProblem('start date', '開始日', startText, parsed.problem));
    } else if (parsed.value > latestStartDate) {
      row.reject(
        'startDate',
        'START_DATE_TOO_FAR',
        `The start date ${parsed.value} is more than ${MAX_YEARS_AHEAD} years ahead; check the year`,
        `開始日 ${parsed.value} が${MAX_YEARS_AHEAD}年以上先です。年を確認してください。`,
      );
    } else {
      startDate = parsed.value;
    }
  }

  const endText = row.text('endDate');
  let endDate = startDate;
  if (endText !== null) {
    const parsed = parseJapaneseDate(endText);
    endDate = parsed.ok ? parsed.value : null;
    if (!parsed.ok) {
      row.reject('endDate', 'INVALID_END_DATE', ...dateProblem('end date', '終了日', endText, parsed.problem));
    } else if (startDate !== null && parsed.value < startDate) {
      row.reject(
        'endDate',
        'END_BEFORE_START',
        `The end date ${parsed.value} is before the start date ${startDate}`,
        `終了日 ${parsed.value} が開始日 ${startDate} より前です。`,
      );
    }
  }

  const startTimeText = row.text('startTime');
  let startTime: string | null = null;
  if (startTimeText !== null) {
    const parsed = parseTime(startTimeText);
    if (parsed.ok) startTime = parsed.value;
    else row.reject('startTime', 'INVALID_START_TIME', ...timeProblem('start time', '開始時間', startTimeText, parsed.problem));
  }

  const endTimeText = row.text('endTime');
  let endTime: string | null = null;
  if (endTimeText !== null && startTimeText === null) {
    row.repair(
      'endTime',
      'END_TIME_DROPPED',
      `The end time ${endTimeText} was dropped: without a start time the event is taken as all-day`,
      `開始時間がないため終了時間「${endTimeText}」を削除し、終日のイベントとして取り込みました。`,
    );
  } else if (endTimeText !== null) {
    const parsed = parseTime(endTimeText);
    if (parsed.ok) endTime = parsed.value;
    else row.reject('endTime', 'INVALID_END_TIME', ...timeProblem('end time', '終了時間', endTimeText, parsed.problem));
  }
  if (startDate !== null && startDate === endDate && startTime !== null && endTime !== null && endTime < startTime) {
    row.reject(
      'endTime',
      'END_TIME_BEFORE_START_TIME',
      `On a one-day event the end time ${endTime} is before the start time ${startTime}`,
      `1日のイベントで終了時間 ${endTime} が開始時間 ${startTime} より前です。`,
    );
  }
  return { startDate, endDate, startTime, endTime };
}

function dateProblem(name: string, nameJa: string, text: string, problem: ValueProblem): [string, string] {
  switch (problem) {
    case 'OUT_OF_RANGE':
      return [`The ${name} "${text}" does not exist`, `${nameJa}「${text}」という日付はありません。`];
    case 'WEEKDAY_MISMATCH':
      return [`The ${name} "${text}" gives a weekday that does not match the date`, `${nameJa}「${text}」の曜日が日付と合いません。`];
    default:
      return [
        `The ${name} "${text}" is not a date (write it as 2026-12-05)`,
        `${nameJa}「${text}」を日付として読めません（2026-12-05 の形で記載してください）。`,
      ];
  }
}

function timeProblem(name: string, nameJa: string, text: string, problem: ValueProblem): [string, string] {
  return problem === 'OUT_OF_RANGE'
    ? [`The ${name} "${text}" does not exist (00:00 to 23:59)`, `${nameJa}「${text}」という時刻はありません（00:00〜23:59）。`]
    : [`The ${name} "${text}" is not a time (write it as 13:30)`, `${nameJa}「${text}」を時刻として読めません（13:30 の形で記載してください）。`];
}

function readFee(row: Row): { feeYen: number | null; feeNote: string | null } {
  const basic = row.text('feeBasic');
  const detail = row.paragraphs('feeDetail');
  if (basic === null) return { feeYen: null, feeNote: detail };
  if (FREE_OF_CHARGE.has(basic.normalize('NFKC').replace(/\s+/g, '').toUpperCase())) return { feeYen: 0, feeNote: detail };
  const amount = parseInteger(basic, { units: ['円'] });
  if (amount.ok && amount.value >= 0) return { feeYen: amount.value, feeNote: detail };
  // Text such as 資料代として500円 is a fair description of a fee, only not one amount: keep it as the note.
  row.repair(
    'feeBasic',
    'FEE_NOT_A_NUMBER',
    `The basic fee "${basic}" is not one amount in yen; it is kept as the fee note`,
    `料金(基本)「${basic}」は金額（円）として読めないため、料金の説明として取り込みました。`,
  );
  return { feeYen: null, feeNote: detail === null ? basic : `${basic}\n${detail}` };
}

function readCapacity(row: Row): number | null {
  const text = row.text('capacity');
  if (text === null) return null;
  const parsed = parseInteger(text, { units: ['人', '名'] });
  if (parsed.ok && parsed.value > 0) return parsed.value;
  row.repair(
    'capacity',
    'CAPACITY_DROPPED',
    `The capacity "${text}" is not a positive whole number; the event is taken as having no stated capacity`,
    `定員「${text}」は正の整数ではないため、定員の記載なしとして取り込みました。`,
  );
  return null;
}

function readCoordinates(row: Row): { latitude: number; longitude: number } | null {
  const latitudeText = row.text('latitude');
  const longitudeText = row.text('longitude');
  if (latitudeText === null && longitudeText === null) return null;
  const latitude = latitudeText === null ? null : parseCoordinate(latitudeText);
  const longitude = longitudeText === null ? null : parseCoordinate(longitudeText);
  const inRange = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;
  if (latitude?.ok && longitude?.ok && inRange(latitude.value, LATITUDE_RANGE) && inRange(longitude.value, LONGITUDE_RANGE)) {
    return { latitude: latitude.value, longitude: longitude.value };
  }
  const latitudeFits = latitude?.ok === true && inRange(latitude.value, LATITUDE_RANGE);
  let reason: [string, string];
  if (latitude === null || longitude === null) {
    reason = ['only one of them is given', '片方しかありません'];
  } else if (!latitude.ok || !longitude.ok) {
    reason = ['they are not numbers in decimal degrees', '10進数の度で書かれた数値ではありません'];
  } else if (inRange(longitude.value, LATITUDE_RANGE) && inRange(latitude.value, LONGITUDE_RANGE)) {
    reason = ['they look swapped', '入れ替わっているようです'];
  } else {
    reason = ['they are not in Japan', '日本の範囲にありません'];
  }
  const given = `${latitudeText ?? ''} / ${longitudeText ?? ''}`;
  row.repair(
    latitudeFits ? 'longitude' : 'latitude',
    'COORDINATES_DROPPED',
    `Latitude and longitude (${given}) were dropped: ${reason[0]}`,
    `緯度・経度（${given}）は${reason[1]}。位置情報なしとして取り込みました。`,
  );
  return null;
}

function readRegistrationDeadline(row: Row, startDate: string | null): { date: string | null; time: string | null } {
  const dateText = row.text('registrationDeadlineDate');
  let date: string | null = null;
  if (dateText !== null) {
    const parsed = parseJapaneseDate(dateText);
    if (!parsed.ok) {
      row.repair(
        'registrationDeadlineDate',
        'REGISTRATION_DEADLINE_DROPPED',
        `The registration deadline "${dateText}" is not a date; it was dropped`,
        `参加申込終了日「${dateText}」を日付として読めないため削除しました。`,
      );
    } else if (startDate !== null && parsed.value > startDate) {
      row.repair(
        'registrationDeadlineDate',
        'REGISTRATION_DEADLINE_DROPPED',
        `The registration deadline ${parsed.value} is after the start date ${startDate}; it was dropped`,
        `参加申込終了日 ${parsed.value} が開始日 ${startDate} より後のため削除しました。`,
      );
    } else {
      date = parsed.value;
    }
  }

  const timeText = row.text('registrationDeadlineTime');
  if (timeText === null) return { date, time: null };
  if (date === null) {
    row.repair(
      'registrationDeadlineTime',
      'REGISTRATION_TIME_DROPPED',
      `The registration deadline time ${timeText} was dropped: there is no deadline date to go with it`,
      `参加申込終了日がないため、参加申込終了時間「${timeText}」を削除しました。`,
    );
    return { date, time: null };
  }
  const parsed = parseTime(timeText);
  if (parsed.ok) return { date, time: parsed.value };
  row.repair(
    'registrationDeadlineTime',
    'REGISTRATION_TIME_DROPPED',
    `The registration deadline time "${timeText}" is not a time; it was dropped`,
    `参加申込終了時間「${timeText}」を時刻として読めないため削除しました。`,
  );
  return { date, time: null };
}

function readUrl(row: Row): string | null {
  const text = row.text('url');
  if (text === null) return null;
  if (isWebAddress(text)) return text;
  row.repair(
    'url',
    'URL_DROPPED',
    `"${text}" is not an http(s) address; it was dropped`,
    `URL「${text}」は http(s) のアドレスではないため削除しました。`,
  );
  return null;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
