// A file of the national recommended dataset 指定緊急避難場所一覧 (推奨データセット), read row by row into evacuation
// site drafts. Every row comes back: kept, with the repairs made to it, or rejected, with every reason at once, so
// that the publisher can fix the file in one pass. Only a file that is not a 指定緊急避難場所一覧 at all is refused
// as a whole, with a DatasetFileError.
import { inputChecks } from '@renkei/input-checks';
import { isKatakana } from '@renkei/japanese-text';
import { prefectures } from '@renkei/municipalities';
import {
  normaliseColumnName,
  parseCoordinate,
  parseInteger,
  readDatasetFile,
  repairLocalGovernmentCode,
  type CodeRepair,
  type Dataset,
  type DatasetRow,
  type LocalGovernmentCodeCheck,
} from '@renkei/open-data';
import { GraphQLError } from 'graphql';
import type { EvacuationSiteDraft, Hazard, ParsedEvacuationSiteFile, RowResult } from './types.js';

/**
 * The dataset's columns, with their headers as published. 所在地_都道府県 and 所在地_市区町村 only repeat what the
 * location code says: they are read only to choose between the two readings of a damaged code (15202 is 長岡市
 * 152021 in 新潟県, or 幌延町 015202 in 北海道).
 */
export const EVACUATION_SITE_COLUMNS = {
  publisherCode: '全国地方公共団体コード',
  id: 'ID',
  name: '名称',
  nameKana: '名称_カナ',
  locationCode: '所在地_全国地方公共団体コード',
  townId: '町字ID',
  address: '所在地_連結表記',
  prefecture: '所在地_都道府県',
  municipality: '所在地_市区町村',
  latitude: '緯度',
  longitude: '経度',
  phone: '電話番号',
  flood: '災害種別_洪水',
  landslide: '災害種別_崖崩れ、土石流及び地滑り',
  stormSurge: '災害種別_高潮',
  earthquake: '災害種別_地震',
  tsunami: '災害種別_津波',
  largeFire: '災害種別_大規模な火事',
  inlandFlood: '災害種別_内水氾濫',
  volcano: '災害種別_火山現象',
  alsoDesignatedShelter: '指定避難所との重複',
  capacity: '想定収容人数',
  servedAreas: '対象となる町会・自治会',
} as const;

type Column = keyof typeof EVACUATION_SITE_COLUMNS;
type Row = DatasetRow<Column>;

/** The 災害種別_ columns, in the dataset's order, with the hazard each one designates the site for. */
export const EVACUATION_SITE_HAZARDS = {
  flood: 'FLOOD',
  landslide: 'LANDSLIDE',
  stormSurge: 'STORM_SURGE',
  earthquake: 'EARTHQUAKE',
  tsunami: 'TSUNAMI',
  largeFire: 'LARGE_FIRE',
  inlandFlood: 'INLAND_FLOOD',
  volcano: 'VOLCANO',
} as const satisfies Partial<Record<Column, Hazard>>;

type HazardColumn = keyof typeof EVACUATION_SITE_HAZARDS;
const HAZARD_COLUMNS = Object.keys(EVACUATION_SITE_HAZARDS) as HazardColumn[];

/** The form in which headers are compared: also without inner spaces, and 崖崩れ・土石流 or 崖崩れ,土石流 as 崖崩れ、土石流. */
function headerKey(name: string): string {
  return normaliseColumnName(name).replace(/\s+/gu, '').replace(/[・,]/gu, '、');
}

const EVACUATION_SITE_LIST: Dataset<Column> = {
  name: '指定緊急避難場所一覧',
  columns: EVACUATION_SITE_COLUMNS,
  // Without these no row could be told apart from another or matched to its site on the next import.
  required: ['publisherCode', 'id', 'name'],
  // Without a single 災害種別_ column the file says nothing of what the sites are for.
  requiredGroups: [
    {
      name: '災害種別_*',
      anyOf: HAZARD_COLUMNS,
      hint: 'at least one 災害種別_ column, such as 災害種別_洪水',
      hintJa: '災害種別_洪水などの「災害種別_」の列が少なくとも1つ必要です',
    },
  ],
  // Other ways published files write a header, besides full-width characters and spaces.
  aliases: {
    landslide: ['災害種別_がけ崩れ、土石流及び地すべり', '災害種別_崖崩れ、土石流及び地すべり', '災害種別_がけ崩れ、土石流及び地滑り'],
  },
  headerKey,
};

const MAX_NAME_LENGTH = 200;
const MAX_ID_LENGTH = 100;
/** 町字ID of the address base registry: 4 digits of the 大字・町 and 3 of the 丁目 (0001001). */
const TOWN_ID_DIGITS = 7;
const TOWN_ID = /^\d{7}$/;
/** A 町字ID whose leading zeros Excel dropped. */
const TOWN_ID_SHORTENED = /^\d{1,6}$/;
/** Japan's extent, generously: 沖ノ鳥島 is at 20.4°N, 南鳥島 at 153.9°E, 択捉島 reaches 45.5°N. */
const LATITUDE_RANGE = [20, 46] as const;
const LONGITUDE_RANGE = [122, 154] as const;

/**
 * How 災害種別_ and 指定避難所との重複 cells say yes and no, compared after NFKC (１ is 1, － is -), without spaces
 * and in upper case.
 */
const YES = new Set(['1', '○', '◯', '〇', '◎', '●', '有', '有り', 'あり', '該当', '対象', 'TRUE']);
const NO = new Set(['', '0', '×', '✕', '無', '無し', 'なし', '非該当', '対象外', '-', 'ー', '―', '−', 'FALSE']);

const PREFECTURES = prefectures();

const phoneCheck = inputChecks({ phone: ['phone number', '電話番号'] }).phone;

/**
 * Reads a 指定緊急避難場所一覧 file in Shift_JIS or UTF-8 (with or without a BOM). Throws DatasetFileError (EMPTY_FILE,
 * MISSING_COLUMNS or DUPLICATE_COLUMNS) when the file is not this dataset.
 */
export function parseEvacuationSiteFile(bytes: Uint8Array): ParsedEvacuationSiteFile {
  const { encoding, rows } = readDatasetFile(bytes, EVACUATION_SITE_LIST);
  const context: FileContext = { firstLineOfKey: new Map() };
  return { encoding, rows: rows.map((row) => readRow(row, context)) };
}

interface FileContext {
  /** "publisher code ID" → the line of the first row that claimed it. */
  firstLineOfKey: Map<string, number>;
}

function readRow(row: Row, context: FileContext): RowResult {
  const line = row.line;
  const sourceId = row.text('id')?.normalize('NFKC') ?? null;
  if (row.rejectBrokenRecord()) return { line, sourceId, ok: false, issues: row.issues };

  const { publisherCode, municipalityCode } = readCodes(row);
  if (sourceId === null) {
    row.reject('id', 'MISSING_ID', 'The ID is empty; it identifies the site on the next import', 'IDが空欄です。IDは再取り込みのときに避難場所を特定するために必要です。');
  } else if ([...sourceId].length > MAX_ID_LENGTH) {
    row.reject(
      'id',
      'ID_TOO_LONG',
      `The ID has ${[...sourceId].length} characters; at most ${MAX_ID_LENGTH} are allowed`,
      `IDが${[...sourceId].length}文字あります。${MAX_ID_LENGTH}文字以内にしてください。`,
    );
  } else if (publisherCode !== null) {
    const key = `${publisherCode} ${sourceId}`;
    const firstLine = context.firstLineOfKey.get(key);
    if (firstLine === undefined) {
      context.firstLineOfKey.set(key, line);
    } else {
      row.reject(
        'id',
        'DUPLICATE_ID',
        `The ID ${sourceId} of ${publisherCode} is already used on line ${firstLine}`,
        `${publisherCode} のID「${sourceId}」は${firstLine}行目と重複しています。`,
      );
    }
  }

  const name = row.text('name');
  if (name === null) {
    row.reject('name', 'MISSING_NAME', 'The name of the site is empty', '名称が空欄です。');
  } else if ([...name].length > MAX_NAME_LENGTH) {
    row.reject(
      'name',
      'NAME_TOO_LONG',
      `The name has ${[...name].length} characters; at most ${MAX_NAME_LENGTH} are allowed`,
      `名称が${[...name].length}文字あります。${MAX_NAME_LENGTH}文字以内にしてください。`,
    );
  }

  const nameKana = readNameKana(row);
  const townId = readTownId(row);
  const coordinates = readCoordinates(row);
  const phone = readPhone(row);
  const hazards = HAZARD_COLUMNS.filter((column) => readHazard(row, column)).map((column) => EVACUATION_SITE_HAZARDS[column]);
  const alsoDesignatedShelter = readShelterOverlap(row);
  const capacityPersons = readCapacity(row);

  if (row.rejected || publisherCode === null || municipalityCode === null || sourceId === null || name === null) {
    return { line, sourceId, ok: false, issues: row.issues };
  }
  const draft: EvacuationSiteDraft = {
    publisherCode,
    sourceId,
    name,
    nameKana,
    municipalityCode,
    townId,
    address: row.text('address'),
    latitude: coordinates?.latitude ?? null,
    longitude: coordinates?.longitude ?? null,
    phone,
    hazards,
    alsoDesignatedShelter,
    capacityPersons,
    servedAreas: row.paragraphs('servedAreas'),
  };
  return { line, sourceId, ok: true, draft, issues: row.issues };
}

type CodeColumn = 'publisherCode' | 'locationCode';

/** A code cell as read: its text in half-width digits, and what repairLocalGovernmentCode made of it. */
interface CodeCell {
  column: CodeColumn;
  raw: string;
  digits: string;
  check: LocalGovernmentCodeCheck;
}

/**
 * The publisher's code and the site's location code. The location defaults to the publisher and must lie in the
 * publisher's prefecture. A 5-digit code that reads as two local governments is taken as the one in the row's
 * prefecture, when the other code or 所在地_都道府県 says which prefecture that is.
 */
function readCodes(row: Row): { publisherCode: string | null; municipalityCode: string | null } {
  const publisherText = row.text('publisherCode');
  const locationText = row.text('locationCode');
  if (publisherText === null) {
    row.reject('publisherCode', 'MISSING_CODE', 'The local government code is empty', '全国地方公共団体コードが空欄です。');
  }
  const publisher = publisherText === null ? null : codeCell('publisherCode', publisherText);
  const location = locationText === null ? null : codeCell('locationCode', locationText);
  const namedPrefecture = prefectureNamed(row.text('prefecture'));
  const publisherCode = publisher && resolveCode(row, publisher, prefectureOf(location) ?? namedPrefecture);
  if (location === null) return { publisherCode, municipalityCode: publisherCode };
  const municipalityCode = resolveCode(row, location, prefectureOf(publisher) ?? namedPrefecture);
  if (publisherCode !== null && municipalityCode !== null && publisherCode.slice(0, 2) !== municipalityCode.slice(0, 2)) {
    const [publisherPrefecture, locationPrefecture] = [publisherCode, municipalityCode].map(prefectureName);
    row.reject(
      'locationCode',
      'LOCATION_OUTSIDE_PREFECTURE',
      `The site's local government ${municipalityCode} is in ${locationPrefecture}, not in ${publisherPrefecture} ` +
        `where the publisher ${publisherCode} is`,
      `所在地の団体コード ${municipalityCode} は${locationPrefecture}の団体で、公開元 ${publisherCode} のある` +
        `${publisherPrefecture}の団体ではありません。`,
    );
  }
  return { publisherCode, municipalityCode };
}

function codeCell(column: CodeColumn, raw: string): CodeCell {
  return { column, raw, digits: raw.normalize('NFKC').trim(), check: repairLocalGovernmentCode(raw) };
}

/** The two-digit prefecture of a code that reads one way only. */
function prefectureOf(cell: CodeCell | null): string | null {
  return cell?.check.ok ? cell.check.code.slice(0, 2) : null;
}

/** 新潟県 (or 新潟) → 15. */
function prefectureNamed(name: string | null): string | null {
  if (name === null) return null;
  const text = name.normalize('NFKC').replace(/\s+/gu, '');
  return PREFECTURES.find((p) => p.name === text || p.name.replace(/[都道府県]$/u, '') === text)?.code ?? null;
}

function prefectureName(code: string): string {
  const prefecture = code.slice(0, 2);
  return PREFECTURES.find((p) => p.code === prefecture)?.name ?? prefecture;
}

function resolveCode(row: Row, cell: CodeCell, rowPrefecture: string | null): string | null {
  const { column, raw, check } = cell;
  if (check.ok) {
    if (check.repaired) reportCodeRepair(row, column, raw, check.code, check.how);
    return check.code;
  }
  if (check.problem === 'AMBIGUOUS' && rowPrefecture !== null) {
    const candidates = check.candidates ?? [];
    const [inPrefecture, ...others] = candidates.filter((code) => code.startsWith(rowPrefecture));
    if (inPrefecture !== undefined && others.length === 0) {
      // Only 5-digit codes are ambiguous: 0 in front, or a check digit behind.
      const how: CodeRepair = inPrefecture === `0${cell.digits}` ? 'LEADING_ZERO' : 'CHECK_DIGIT_ADDED';
      const alternatives = candidates.filter((code) => code !== inPrefecture);
      reportCodeRepair(row, column, raw, inPrefecture, how, alternatives);
      return inPrefecture;
    }
  }
  const [message, messageJa] = describeCodeProblem(column, raw, check);
  row.reject(column, 'INVALID_CODE', message, messageJa);
  return null;
}

function reportCodeRepair(row: Row, column: CodeColumn, raw: string, code: string, how: CodeRepair, alternatives: string[] = []): void {
  const [why, whyJa] =
    alternatives.length === 0
      ? ['', '']
      : [
          ` in ${prefectureName(code)}, where the row is (it could also be read as ${alternatives.join(' or ')})`,
          `（${alternatives.join('、')} とも読めますが、行の都道府県の${prefectureName(code)}の団体として読みました）`,
        ];
  if (how !== 'CHECK_DIGIT_ADDED') {
    row.repair(
      column,
      'CODE_PADDED',
      `The code ${raw} had lost its leading zero; read as ${code}${why}`,
      `コード ${raw} は先頭の0が落ちていたため、${code} として読みました${whyJa}。`,
    );
  }
  if (how !== 'LEADING_ZERO') {
    row.repair(
      column,
      'CODE_CHECK_DIGIT_ADDED',
      `The code ${raw} has no check digit; read as ${code}${why}`,
      `コード ${raw} に検査数字がないため、${code} として読みました${whyJa}。`,
    );
  }
}

function describeCodeProblem(column: CodeColumn, raw: string, check: Extract<LocalGovernmentCodeCheck, { ok: false }>): [string, string] {
  const [what, whatJa] = column === 'publisherCode' ? ['local government code', '全国地方公共団体コード'] : ["site's local government code", '所在地の全国地方公共団体コード'];
  switch (check.problem) {
    case 'FORMAT':
      return [`"${raw}" is not a ${what} (6 digits with the check digit)`, `「${raw}」は${whatJa}（検査数字を含む6桁）ではありません。`];
    case 'CHECK_DIGIT':
      return [`The ${what} ${raw} has a wrong check digit`, `${whatJa} ${raw} の検査数字が正しくありません。`];
    case 'UNKNOWN':
      return [`No local government has the code ${raw}`, `コード ${raw} の地方公共団体はありません。`];
    case 'AMBIGUOUS':
      return [
        `The ${what} ${raw} can be read as ${(check.candidates ?? []).join(' or ')}; write it with 6 digits, check digit included`,
        `${whatJa} ${raw} は ${(check.candidates ?? []).join(' とも ')} とも読めます。検査数字を含む6桁で記載してください。`,
      ];
  }
}

function readNameKana(row: Row): string | null {
  const text = row.text('nameKana');
  if (text === null) return null;
  // Half-width katakana (ｼｮｳｶﾞｯｺｳ) becomes full-width.
  if (isKatakana(text)) return text.normalize('NFKC');
  row.repair(
    'nameKana',
    'NAME_KANA_DROPPED',
    `The reading "${text}" is not written in katakana; it was dropped`,
    `名称_カナ「${text}」はカタカナで書かれていないため削除しました。`,
  );
  return null;
}

function readTownId(row: Row): string | null {
  const text = row.text('townId');
  if (text === null) return null;
  const digits = text.normalize('NFKC');
  if (TOWN_ID.test(digits)) return digits;
  if (TOWN_ID_SHORTENED.test(digits)) {
    const padded = digits.padStart(TOWN_ID_DIGITS, '0');
    row.repair(
      'townId',
      'TOWN_ID_PADDED',
      `The 町字ID ${text} had lost its leading zeros; read as ${padded}`,
      `町字ID「${text}」は先頭の0が落ちていたため、${padded} として読みました。`,
    );
    return padded;
  }
  row.repair(
    'townId',
    'TOWN_ID_DROPPED',
    `The 町字ID "${text}" is not ${TOWN_ID_DIGITS} digits; it was dropped`,
    `町字ID「${text}」は${TOWN_ID_DIGITS}桁の数字ではないため削除しました。`,
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
  const given = `${latitudeText ?? ''} / ${longitudeText ?? ''}`;
  if (latitude?.ok && longitude?.ok) {
    if (inRange(latitude.value, LATITUDE_RANGE) && inRange(longitude.value, LONGITUDE_RANGE)) {
      return { latitude: latitude.value, longitude: longitude.value };
    }
    if (inRange(longitude.value, LATITUDE_RANGE) && inRange(latitude.value, LONGITUDE_RANGE)) {
      row.repair(
        'latitude',
        'COORDINATES_SWAPPED',
        `Latitude and longitude (${given}) were swapped; read as latitude ${longitude.value}, longitude ${latitude.value}`,
        `緯度・経度（${given}）が入れ替わっていたため、緯度 ${longitude.value}、経度 ${latitude.value} として読みました。`,
      );
      return { latitude: longitude.value, longitude: latitude.value };
    }
  }
  let reason: [string, string];
  if (latitude === null || longitude === null) {
    reason = ['only one of them is given', '片方しかありません'];
  } else if (!latitude.ok || !longitude.ok) {
    reason = ['they are not numbers in decimal degrees', '10進数の度で書かれた数値ではありません'];
  } else {
    reason = ['they are not in Japan', '日本の範囲にありません'];
  }
  const latitudeFits = latitude?.ok === true && inRange(latitude.value, LATITUDE_RANGE);
  row.repair(
    latitudeFits ? 'longitude' : 'latitude',
    'COORDINATES_DROPPED',
    `Latitude and longitude (${given}) were dropped: ${reason[0]}`,
    `緯度・経度（${given}）は${reason[1]}。位置情報なしとして取り込みました。`,
  );
  return null;
}

/**
 * A phone number in the form the hub's input checks accept (0 and 9 or 10 more digits, hyphens between groups).
 * (075)961-1193, 075(961)1193 and 075 961 1193 are written 075-961-1193 first.
 */
function readPhone(row: Row): string | null {
  const text = row.text('phone');
  if (text === null) return null;
  const written = text
    .normalize('NFKC')
    .replace(/[‐－ー−―]/gu, '-')
    .replace(/^\((0\d+)\)\s*/u, '$1-')
    .replace(/^(0\d+)\s*\((\d+)\)\s*/u, '$1-$2-')
    .replace(/\s*-\s*/gu, '-')
    .replace(/\s+/gu, '-');
  try {
    return phoneCheck(written, 'phone');
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    row.repair(
      'phone',
      'PHONE_DROPPED',
      `"${text}" is not a phone number (10 or 11 digits starting with 0, e.g. 025-000-0000); it was dropped`,
      `電話番号「${text}」は電話番号として読めない（0から始まる10〜11桁、例：025-000-0000）ため削除しました。`,
    );
    return null;
  }
}

/** A yes/no cell as published: true, false, or undefined when it is neither. */
function yesOrNo(text: string | null): boolean | undefined {
  const value = (text ?? '').normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/**
 * Whether the site is designated for the column's hazard. A mark that says neither yes nor no (△, 2, 一部) is taken
 * as no: a site is listed for a hazard only where the publisher clearly said so, so that nobody is sent to it in a
 * flood on the strength of an unclear mark.
 */
function readHazard(row: Row, column: HazardColumn): boolean {
  const text = row.text(column);
  const value = yesOrNo(text);
  if (value !== undefined) return value;
  const hazardJa = EVACUATION_SITE_COLUMNS[column].replace('災害種別_', '');
  row.repair(
    column,
    'HAZARD_READ_AS_NO',
    `"${text}" in ${EVACUATION_SITE_COLUMNS[column]} is neither a yes (1, ○) nor a no (blank, 0, ×); the site is ` +
      'taken as not designated for this hazard',
    `${EVACUATION_SITE_COLUMNS[column]}の「${text}」は該当（1、○）とも非該当（空欄、0、×）とも読めないため、` +
      `${hazardJa}の指定はないものとして取り込みました。`,
  );
  return false;
}

/** 指定避難所との重複: null when blank, not given, or when the mark says neither yes nor no. */
function readShelterOverlap(row: Row): boolean | null {
  const text = row.text('alsoDesignatedShelter');
  if (text === null) return null;
  const value = yesOrNo(text);
  if (value !== undefined) return value;
  row.repair(
    'alsoDesignatedShelter',
    'SHELTER_OVERLAP_DROPPED',
    `"${text}" in 指定避難所との重複 is neither a yes (1, ○) nor a no (0, ×); it is taken as not stated`,
    `指定避難所との重複の「${text}」は該当（1、○）とも非該当（0、×）とも読めないため、記載なしとして取り込みました。`,
  );
  return null;
}

/** 想定収容人数: 1200, 1,200, 1200人, 約1,200人 (the figure is an estimate anyway). */
function readCapacity(row: Row): number | null {
  const text = row.text('capacity');
  if (text === null) return null;
  const parsed = parseInteger(text.normalize('NFKC').replace(/^(約|およそ)\s*/u, ''), { units: ['人', '名'] });
  if (parsed.ok && parsed.value > 0) return parsed.value;
  row.repair(
    'capacity',
    'CAPACITY_DROPPED',
    `The expected capacity "${text}" is not a positive whole number of persons; it was dropped`,
    `想定収容人数「${text}」は正の整数（人数）として読めないため削除しました。`,
  );
  return null;
}
