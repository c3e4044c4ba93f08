// Checks of single values that every subgraph's write paths share: a term of a vocabulary, a whole number in a
// range, a flag, and a point in Japan near the municipality it is said to be in. Each throws BAD_USER_INPUT
// naming the field, in English and Japanese.
import { badUserInput } from '@renkei/errors';
import { approximateLocation, greatCircleKm, prefectureOfOwnCode } from '@renkei/municipalities';
import { municipalityCode } from './index.js';

/** What a value is called in messages: [English, Japanese]. */
export type ValueName = [string, string];

/** One code of a vocabulary (an enum value stored as its English code). */
export function oneOf<T extends string>(vocabulary: Record<T, unknown>, value: unknown, field: string, what: ValueName): T {
  if (typeof value === 'string' && Object.hasOwn(vocabulary, value)) return value as T;
  throw badUserInput(`Unknown ${what[0]} "${String(value).slice(0, 40)}"`, `${what[1]}「${String(value).slice(0, 40)}」は使えません。`, field);
}

/** A list of codes of a vocabulary, each once; nothing given is an empty list. */
export function listOf<T extends string>(vocabulary: Record<T, unknown>, value: unknown, field: string, what: ValueName): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badUserInput(`${what[0]} must be a list`, `${what[1]}は一覧で指定してください。`, field);
  return [...new Set(value.map((v, i) => oneOf(vocabulary, v, `${field}.${i}`, what)))];
}

/** A whole number from min to max, or null when not given. */
export function wholeNumber(value: unknown, field: string, min: number, max: number, what: ValueName): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${what[0]} must be a whole number from ${min} to ${max}`, `${what[1]}は${min}〜${max}の整数で指定してください。`, field);
  }
  return value;
}

export function flag(value: unknown): boolean | null {
  return value === undefined || value === null ? null : Boolean(value);
}

export interface MaybePoint {
  latitude: number | null;
  longitude: number | null;
}

/** Latitude and longitude come together, and within Japan (so that distances mean something). */
export function coordinates(latitude: unknown, longitude: unknown, field: string): MaybePoint {
  const missing = (v: unknown) => v === undefined || v === null;
  if (missing(latitude) && missing(longitude)) return { latitude: null, longitude: null };
  if (missing(latitude) || missing(longitude)) {
    throw badUserInput('Give both latitude and longitude, or neither', '緯度と経度は両方指定するか、どちらも省略してください。', `${field}latitude`);
  }
  const lat = Number(latitude);
  const lng = Number(longitude);
  if (!Number.isFinite(lat) || lat < 20 || lat > 46) {
    throw badUserInput('The latitude must be within Japan (20 to 46)', '緯度は日本の範囲（20〜46）で指定してください。', `${field}latitude`);
  }
  if (!Number.isFinite(lng) || lng < 122 || lng > 154) {
    throw badUserInput('The longitude must be within Japan (122 to 154)', '経度は日本の範囲（122〜154）で指定してください。', `${field}longitude`);
  }
  return { latitude: lat, longitude: lng };
}

/**
 * How far a place may lie from its municipality's hall (or, where only that is known, its prefecture's office):
 * farther is a wrong coordinate or a wrong municipality, and would put it in the wrong place in every search.
 */
const MAX_KM_FROM = { MUNICIPALITY: 60, PREFECTURE: 300 } as const;

export function placedInMunicipality(point: MaybePoint, code: string, prefix: string): MaybePoint {
  const hall = approximateLocation(code);
  if (!hall || point.latitude === null || point.longitude === null) return point;
  const km = greatCircleKm(hall, { latitude: point.latitude, longitude: point.longitude });
  if (km > MAX_KM_FROM[hall.precision]) {
    throw badUserInput(
      `The location is ${Math.round(km)} km from the municipality ${code}: check the coordinates and the municipality`,
      `位置が市区町村 ${code} から${Math.round(km)}km離れています。緯度・経度と市区町村を確認してください。`,
      `${prefix}latitude`,
    );
  }
  return point;
}

/** A starting point as callers give it: a municipality (roughly its hall) or a latitude and longitude. */
export interface NearInput {
  municipalityCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface Point {
  latitude: number;
  longitude: number;
}

/** Where to measure distances from: one of a municipality code (or a prefecture's own code) and a point. */
export function startingPoint(near: NearInput | null | undefined, field: string): Point | null {
  if (!near) return null;
  const hasPoint = (near.latitude ?? null) !== null || (near.longitude ?? null) !== null;
  const hasCode = (near.municipalityCode ?? null) !== null;
  if (hasPoint === hasCode) {
    throw badUserInput(
      'Give either a municipality code or a latitude and longitude as the starting point',
      '起点は市区町村コードか緯度・経度のどちらか一方で指定してください。',
      field,
    );
  }
  if (hasPoint) {
    const { latitude, longitude } = coordinates(near.latitude, near.longitude, `${field}.`);
    return { latitude: latitude!, longitude: longitude! };
  }
  const raw = String(near.municipalityCode).normalize('NFKC').trim();
  const code = prefectureOfOwnCode(raw) ? raw : municipalityCode(raw, `${field}.municipalityCode`);
  const place = approximateLocation(code);
  if (!place) {
    throw badUserInput('No location is known for that local government', 'その自治体の位置が分かりません。', `${field}.municipalityCode`);
  }
  return { latitude: place.latitude, longitude: place.longitude };
}

/** Farther than any two places in Japan: a larger radius is a mistake, not a wish. */
const MAX_RADIUS_KM = 3000;

/** A search radius: only with a starting point, more than 0 and at most the length of Japan. */
export function radiusKm(value: number | null | undefined, from: Point | null, field: string): number | null {
  const withinKm = value ?? null;
  if (withinKm === null) return null;
  if (!from) throw badUserInput('withinKm needs a starting point (near)', '距離の条件には起点（near）が必要です。', field);
  if (!(withinKm > 0 && withinKm <= MAX_RADIUS_KM)) {
    throw badUserInput(`withinKm must be more than 0 and at most ${MAX_RADIUS_KM}`, `距離は0より大きく${MAX_RADIUS_KM}以下で指定してください。`, field);
  }
  return withinKm;
}

/** A vocabulary as the schema lists it: every code with its Japanese and English label. */
export function terms(vocabulary: Record<string, readonly [string, string]>) {
  return Object.entries(vocabulary).map(([code, [nameJa, nameEn]]) => ({ code, nameJa, nameEn }));
}

/** The months from one YYYY-MM to another, at most 24. */
export function monthRange(from: string, to: string): string[] {
  const parse = (value: string, field: string) => {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value.normalize('NFKC').trim());
    if (!match) throw badUserInput('Give a month as YYYY-MM', '月は YYYY-MM の形で指定してください。', field);
    return Number(match[1]) * 12 + Number(match[2]) - 1;
  };
  const start = parse(from, 'fromMonth');
  const end = parse(to, 'toMonth');
  if (end < start) throw badUserInput('The last month comes before the first', '最後の月が最初の月より前です。', 'toMonth');
  if (end - start >= 24) throw badUserInput('At most 24 months at once', '一度に指定できるのは24か月までです。', 'toMonth');
  return Array.from({ length: end - start + 1 }, (_, i) => {
    const m = start + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}
