// The local governments records are placed in: the reference list, each with its region from the nationwide
// registry, a weight (how much happens there: more in wards and cities, less in villages) and an approximate place.
import { allMunicipalities, approximateLocation, prefectures, type MunicipalityKind } from '@renkei/municipalities';
import type { RegionRegistry } from '@renkei/regions';
import { PREFECTURE_KANA, prefectureShortName } from './names.js';
import { randomFor, STREAM, type Random } from './random.js';

export interface Place {
  index: number;
  code: string;
  /** As written in names and addresses: 札幌市中央区 (the list separates a ward with a full-width space). */
  name: string;
  kind: MunicipalityKind;
  prefectureIndex: number;
  prefectureName: string;
  regionCode: string;
  regionIndex: number;
  weight: number;
  latitude: number;
  longitude: number;
  /** How far a point may be put from the approximate place, in degrees: a hall is known, or only the prefecture's office. */
  spread: number;
}

export interface Prefecture {
  index: number;
  code: string;
  name: string;
  shortName: string;
  kana: string;
  places: Place[];
  /** Cumulative weights of its places, for drawing one by weight. */
  cumulative: Float64Array;
}

export interface Geography {
  places: Place[];
  prefectures: Prefecture[];
  /** Region codes in registry order; a place's regionIndex points here. */
  regionCodes: string[];
  /** Cumulative weights of the prefectures, for drawing a place anywhere by weight. */
  cumulative: Float64Array;
}

/**
 * The prefectures' populations in ten thousands (2020 census, rounded), in prefecture-code order: a prefecture's
 * share of everything grows with its population (to the power 0.8, so that small prefectures are not left bare).
 */
const PREFECTURE_POPULATION: readonly number[] = [
  522, 124, 121, 230, 96, 107, 183, 287, 193, 194, 734, 628, 1405, 924, 220, 103, 113, 77, 81, 205,
  198, 363, 754, 177, 141, 258, 884, 547, 132, 92, 55, 67, 189, 280, 134, 72, 95, 133, 69, 514,
  81, 131, 174, 112, 107, 159, 147,
];
const POPULATION_EXPONENT = 0.8;

/** Organisations, events and sites per local government within a prefecture, relative: wards and cities are busiest. */
const KIND_WEIGHT: Record<MunicipalityKind, number> = {
  SPECIAL_WARD: 90,
  WARD: 45,
  DESIGNATED_CITY: 40,
  CITY: 55,
  TOWN: 18,
  VILLAGE: 6,
};

export function geographyOf(registry: RegionRegistry, seed: number): Geography {
  const prefectureList = prefectures();
  const regionCodes = registry.regions.map((r) => r.code);
  const regionIndex = new Map(regionCodes.map((code, i) => [code, i]));
  const prefs: Prefecture[] = prefectureList.map((p, index) => ({
    index,
    code: p.code,
    name: p.name,
    shortName: prefectureShortName(p.name),
    kana: PREFECTURE_KANA[index]!,
    places: [],
    cumulative: new Float64Array(0),
  }));
  const prefIndex = new Map(prefs.map((p) => [p.code, p.index]));
  const places = allMunicipalities().map((m, index): Place => {
    const region = registry.regionOfMunicipality(m.code);
    if (!region) throw new Error(`the nationwide registry holds no region for ${m.code} ${m.name}`);
    const location = approximateLocation(m.code);
    if (!location) throw new Error(`no approximate location for ${m.code}`);
    // Each place busier or quieter than its kind, fixed by the seed.
    const factor = 0.6 + randomFor(seed, STREAM.municipality, index).float();
    return {
      index,
      code: m.code,
      name: m.name.replace('\u3000', ''),
      kind: m.kind,
      prefectureIndex: prefIndex.get(m.prefectureCode)!,
      prefectureName: m.prefectureName,
      regionCode: region.code,
      regionIndex: regionIndex.get(region.code)!,
      weight: KIND_WEIGHT[m.kind] * factor,
      latitude: location.latitude,
      longitude: location.longitude,
      spread: location.precision === 'MUNICIPALITY' ? 0.03 : 0.25,
    };
  });
  for (const place of places) prefs[place.prefectureIndex]!.places.push(place);
  // Scaled so that each prefecture's total follows its population; within it, the kinds keep their proportions.
  for (const p of prefs) {
    const kindTotal = p.places.reduce((sum, place) => sum + place.weight, 0);
    const share = PREFECTURE_POPULATION[p.index]! ** POPULATION_EXPONENT / kindTotal;
    for (const place of p.places) place.weight *= share;
  }
  for (const p of prefs) {
    let sum = 0;
    p.cumulative = Float64Array.from(p.places, (place) => (sum += place.weight));
  }
  let total = 0;
  const cumulative = Float64Array.from(prefs, (p) => (total += p.cumulative[p.cumulative.length - 1]!));
  return { places, prefectures: prefs, regionCodes, cumulative };
}

/** The first index whose cumulative weight exceeds x. */
function bisect(cumulative: Float64Array, x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A place anywhere in Japan, drawn by weight. */
export function placeAnywhere(geography: Geography, random: Random): Place {
  const x = random.float() * geography.cumulative[geography.cumulative.length - 1]!;
  return placeIn(geography.prefectures[bisect(geography.cumulative, x)]!, random);
}

/** A place of the prefecture, drawn by weight. */
export function placeIn(prefecture: Prefecture, random: Random): Place {
  const x = random.float() * prefecture.cumulative[prefecture.cumulative.length - 1]!;
  return prefecture.places[bisect(prefecture.cumulative, x)]!;
}

/** A point near the place (within a few km of a known hall, within the prefecture otherwise), rounded to 4 decimals. */
export function pointNear(place: Place, random: Random): { latitude: number; longitude: number } {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const latitude = Math.min(45.5, Math.max(24, place.latitude + (random.float() * 2 - 1) * place.spread));
  const longitude = Math.min(153.9, Math.max(122.9, place.longitude + (random.float() * 2 - 1) * place.spread * 1.2));
  return { latitude: round(latitude), longitude: round(longitude) };
}

/** An invented street address: the prefecture, the place, a town name of the list and a block number. */
export function addressIn(place: Place, town: string, random: Random): string {
  return `${place.prefectureName}${place.name}${town}${random.int(1, 9)}-${random.int(1, 30)}-${random.int(1, 20)}`;
}
