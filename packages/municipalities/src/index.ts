// Japan's local governments (全国地方公共団体コード), loaded once from the checked-in reference list.
import { readFileSync } from 'node:fs';

/** The full-width space (U+3000) between a designated city and its ward in the list. */
const WARD_SEPARATOR = '\u3000';

export type MunicipalityKind = 'DESIGNATED_CITY' | 'CITY' | 'WARD' | 'SPECIAL_WARD' | 'TOWN' | 'VILLAGE';

export interface Municipality {
  /** 6 digits: the 5-digit code and its check digit, e.g. 434043. */
  code: string;
  code5: string;
  prefectureCode: string;
  prefectureName: string;
  /** As written in the list; a ward of a designated city reads 「新潟市」, a full-width space, 「北区」. */
  name: string;
  kind: MunicipalityKind;
}

export type CodeProblem = 'FORMAT' | 'CHECK_DIGIT' | 'UNKNOWN';

export type CodeCheck = { ok: true; municipality: Municipality } | { ok: false; problem: CodeProblem };

/** The check digit of a 5-digit code: S = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5, check = (11 − S mod 11) mod 10. */
export function checkDigit(code5: string): string {
  if (!/^\d{5}$/.test(code5)) throw new RangeError('a municipality code has five digits before its check digit');
  const sum = [...code5].reduce((acc, digit, i) => acc + Number(digit) * (6 - i), 0);
  return String((11 - (sum % 11)) % 10);
}

function loadList(): Municipality[] {
  const text = readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8');
  const rows = text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code, code5, prefectureCode, prefectureName, name] = line.split(',');
      if (!code || !code5 || !prefectureCode || !prefectureName || !name) {
        throw new Error(`municipalities.csv: malformed line "${line}"`);
      }
      return { code, code5, prefectureCode, prefectureName, name };
    });
  const citiesWithWards = new Set(
    rows.filter((r) => r.name.includes(WARD_SEPARATOR)).map((r) => `${r.prefectureCode}:${r.name.split(WARD_SEPARATOR)[0]}`),
  );
  return rows.map((r) => ({ ...r, kind: kindOf(r.name, r.prefectureCode, citiesWithWards) }));
}

function kindOf(name: string, prefectureCode: string, citiesWithWards: Set<string>): MunicipalityKind {
  if (name.includes(WARD_SEPARATOR)) return 'WARD';
  if (citiesWithWards.has(`${prefectureCode}:${name}`)) return 'DESIGNATED_CITY';
  if (prefectureCode === '13' && name.endsWith('区')) return 'SPECIAL_WARD';
  if (name.endsWith('市')) return 'CITY';
  if (name.endsWith('村')) return 'VILLAGE';
  return 'TOWN';
}

const LIST = loadList();
const BY_CODE = new Map(LIST.map((m) => [m.code, m]));

export function findMunicipality(code: string): Municipality | undefined {
  return BY_CODE.get(code);
}

/** Checks form, check digit and membership of the reference list, in that order. */
export function checkMunicipalityCode(code: string): CodeCheck {
  if (!/^\d{6}$/.test(code)) return { ok: false, problem: 'FORMAT' };
  if (checkDigit(code.slice(0, 5)) !== code[5]) return { ok: false, problem: 'CHECK_DIGIT' };
  const municipality = BY_CODE.get(code);
  return municipality ? { ok: true, municipality } : { ok: false, problem: 'UNKNOWN' };
}

export function allMunicipalities(): readonly Municipality[] {
  return LIST;
}

export function municipalitiesOfPrefecture(prefectureCode: string): Municipality[] {
  return LIST.filter((m) => m.prefectureCode === prefectureCode);
}

/** A prefecture's own local government code: 15 → 150002 (新潟県). */
export function prefectureOwnCode(prefectureCode: string): string {
  return `${prefectureCode}000${checkDigit(`${prefectureCode}000`)}`;
}

/** The prefecture whose own code this is (150002 → 15), or undefined for any other code. */
export function prefectureOfOwnCode(code: string): string | undefined {
  return PREFECTURE_OWN_CODES.get(code);
}

/** The prefectures (都道府県) with their two-digit codes, in code order. */
export function prefectures(): { code: string; name: string }[] {
  return PREFECTURES.map((p) => ({ ...p }));
}

// Worked out once: the gateway asks for a prefecture's own code with every entity key it routes.
const PREFECTURES: readonly { code: string; name: string }[] = (() => {
  const seen = new Map<string, string>();
  for (const m of LIST) if (!seen.has(m.prefectureCode)) seen.set(m.prefectureCode, m.prefectureName);
  return [...seen].map(([code, name]) => ({ code, name }));
})();
const PREFECTURE_OWN_CODES = new Map(PREFECTURES.map((p) => [prefectureOwnCode(p.code), p.code]));

export interface ApproximateLocation {
  latitude: number;
  longitude: number;
  /**
   * MUNICIPALITY: the hall of the code itself (for a ward without a figure of its own, its designated city's hall);
   * PREFECTURE: its prefecture's office (no closer figure known).
   */
  precision: 'MUNICIPALITY' | 'PREFECTURE';
}

type Coordinates = Pick<ApproximateLocation, 'latitude' | 'longitude'>;

/** Approximate hall locations (WGS84, to within a few km) from data/locations.csv: for ordering by distance only. */
function loadLocations(): Map<string, Coordinates> {
  const text = readFileSync(new URL('../data/locations.csv', import.meta.url), 'utf8');
  const locations = new Map<string, Coordinates>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line.trim() === '') continue;
    const [code, latitude, longitude] = line.split(',');
    const lat = Number(latitude);
    const lon = Number(longitude);
    if (!code || !/^\d{6}$/.test(code) || !latitude || !longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(`locations.csv: malformed line "${line}"`);
    }
    if (locations.has(code)) throw new Error(`locations.csv: ${code} is listed twice`);
    locations.set(code, { latitude: lat, longitude: lon });
  }
  return locations;
}

const LOCATIONS = loadLocations();
const DESIGNATED_CITY_BY_NAME = new Map(
  LIST.filter((m) => m.kind === 'DESIGNATED_CITY').map((m) => [`${m.prefectureCode}:${m.name}`, m]),
);

function prefectureOffice(prefectureCode: string): ApproximateLocation | undefined {
  const office = LOCATIONS.get(prefectureOwnCode(prefectureCode));
  return office && { ...office, precision: 'PREFECTURE' };
}

/** The great-circle distance between two points, in km. */
export function greatCircleKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 6371.0088 * 2 * Math.asin(Math.sqrt(h));
}

/** The approximate location of a local government (a municipality's hall, else its prefecture's office); undefined for an unknown code. */
export function approximateLocation(code: string): ApproximateLocation | undefined {
  const ownPrefecture = prefectureOfOwnCode(code);
  if (ownPrefecture !== undefined) return prefectureOffice(ownPrefecture);
  const municipality = BY_CODE.get(code);
  if (!municipality) return undefined;
  const hall = LOCATIONS.get(code);
  if (hall) return { ...hall, precision: 'MUNICIPALITY' };
  if (municipality.kind === 'WARD') {
    const city = DESIGNATED_CITY_BY_NAME.get(`${municipality.prefectureCode}:${municipality.name.split(WARD_SEPARATOR)[0]}`);
    const cityHall = city && LOCATIONS.get(city.code);
    if (cityHall) return { ...cityHall, precision: 'MUNICIPALITY' };
  }
  return prefectureOffice(municipality.prefectureCode);
}

/**
 * Repairs a code as published files often carry it: with its leading zero lost (11002 for 011002), or as the
 * 5-digit code without a check digit. Returns the 6-digit code when the result is in the list, else undefined.
 */
export function repairMunicipalityCode(raw: string): string | undefined {
  const digits = raw.trim();
  if (!/^\d{4,6}$/.test(digits)) return undefined;
  const candidates = new Set<string>();
  if (digits.length === 6) candidates.add(digits);
  if (digits.length === 5) {
    candidates.add(`0${digits}`);
    candidates.add(digits + checkDigit(digits));
  }
  if (digits.length === 4) candidates.add(`0${digits}${checkDigit(`0${digits}`)}`);
  const found = [...candidates].filter((c) => checkMunicipalityCode(c).ok);
  return found.length === 1 ? found[0] : undefined;
}

/** The English and Japanese explanation of why a code was refused, for error messages. */
export function describeCodeProblem(problem: CodeProblem, code: string): { message: string; messageJa: string } {
  switch (problem) {
    case 'FORMAT':
      return {
        message: `"${code}" is not a 6-digit local government code`,
        messageJa: `「${code}」は6桁の全国地方公共団体コードではありません。`,
      };
    case 'CHECK_DIGIT':
      return {
        message: `The local government code ${code} has a wrong check digit`,
        messageJa: `市区町村コード ${code} の検査数字が正しくありません。`,
      };
    case 'UNKNOWN':
      return {
        message: `No local government has the code ${code}`,
        messageJa: `市区町村コード ${code} の自治体はありません。`,
      };
  }
}
