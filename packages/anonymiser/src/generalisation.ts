// Quasi-identifiers (measure 5 of 第62条): age band × sex × place × household could single a person out even with
// every name gone. Before a post is stored they are widened, one step at a time along a fixed ladder, until at
// least k posts of the same scope would share the published combination; if even the widest step leaves fewer
// than k, the post is held back with its reason until enough others join it.

export type Sex = 'FEMALE' | 'MALE' | 'OTHER';
export type Household = 'SINGLE' | 'COUPLE' | 'COUPLE_WITH_CHILDREN' | 'SINGLE_PARENT' | 'WITH_PARENTS' | 'THREE_GENERATIONS' | 'OTHER';

/** An age band: from and to (inclusive) in years; `to` null for an open top band; both 0/null for "any age". */
export interface AgeRange {
  from: number;
  to: number | null;
}

export type PlaceLevel = 'MUNICIPALITY' | 'AREA' | 'REGION';

/** Where the case is, as published: a municipality, an area of the region (a 圏域), or the whole region. */
export interface Place {
  level: PlaceLevel;
  municipalityCode: string | null;
  areaCode: string | null;
}

export interface QuasiIdentifiers {
  age: AgeRange;
  sex: Sex | null;
  place: Place;
  household: Household | null;
}

export interface GeneralisationStep {
  attribute: 'AGE' | 'SEX' | 'PLACE' | 'HOUSEHOLD';
  reason: string;
  reasonJa: string;
}

export type Generalised =
  | { published: true; quasiIdentifiers: QuasiIdentifiers; steps: GeneralisationStep[]; sharedBy: number }
  | { published: false; reason: string; reasonJa: string; sharedBy: number };

/** How many stored posts a combination would cover (posts at least as specific that fall inside it), the new one not included. */
export type CountCovered = (combination: QuasiIdentifiers) => Promise<number>;

export const WIDE_AGE_BANDS: readonly AgeRange[] = [
  { from: 0, to: 19 },
  { from: 20, to: 39 },
  { from: 40, to: 59 },
  { from: 60, to: 79 },
  { from: 80, to: null },
];

export function widenAge(age: AgeRange): AgeRange {
  return WIDE_AGE_BANDS.find((band) => age.from >= band.from && (band.to === null || (age.to !== null && age.to <= band.to))) ?? { from: 0, to: null };
}

const ANY_AGE: AgeRange = { from: 0, to: null };

interface Rung {
  step: GeneralisationStep | null;
  apply: (q: QuasiIdentifiers) => QuasiIdentifiers | null;
}

/**
 * The ladder, most specific first. `areaOf` gives the area (圏域) a municipality belongs to, if the region has
 * areas. When the place must stay the municipality (posts shared within it only), the place rungs are skipped.
 */
function ladder(areaOf: (municipalityCode: string) => string | null, keepPlace: boolean): Rung[] {
  const toArea = (q: QuasiIdentifiers): QuasiIdentifiers | null => {
    if (keepPlace || q.place.level !== 'MUNICIPALITY' || !q.place.municipalityCode) return null;
    const area = areaOf(q.place.municipalityCode);
    return area ? { ...q, place: { level: 'AREA', municipalityCode: null, areaCode: area } } : null;
  };
  const toRegion = (q: QuasiIdentifiers): QuasiIdentifiers | null =>
    keepPlace || q.place.level === 'REGION' ? null : { ...q, place: { level: 'REGION', municipalityCode: null, areaCode: null } };
  return [
    { step: null, apply: (q) => q },
    { step: { attribute: 'PLACE', reason: 'Municipality widened to its area', reasonJa: '市町村を圏域に一般化' }, apply: toArea },
    { step: { attribute: 'AGE', reason: 'Age band widened to twenty years', reasonJa: '年代を20歳幅に一般化' }, apply: (q) => ({ ...q, age: widenAge(q.age) }) },
    { step: { attribute: 'PLACE', reason: 'Place widened to the whole region', reasonJa: '地域を圏域・県全体に一般化' }, apply: toRegion },
    { step: { attribute: 'SEX', reason: 'Sex withheld', reasonJa: '性別を非公開に' }, apply: (q) => (q.sex === null ? null : { ...q, sex: null }) },
    { step: { attribute: 'HOUSEHOLD', reason: 'Household withheld', reasonJa: '世帯構成を非公開に' }, apply: (q) => (q.household === null ? null : { ...q, household: null }) },
    { step: { attribute: 'AGE', reason: 'Age withheld', reasonJa: '年代を非公開に' }, apply: (q) => (q.age.from === 0 && q.age.to === null ? null : { ...q, age: ANY_AGE }) },
  ];
}

/** Widens the quasi-identifiers until at least `k` posts (this one included) share them, or says why the post is held back. */
export async function generalise(
  original: QuasiIdentifiers,
  k: number,
  countCovered: CountCovered,
  options: { areaOf: (municipalityCode: string) => string | null; keepPlace: boolean },
): Promise<Generalised> {
  let current = original;
  const steps: GeneralisationStep[] = [];
  let sharedBy = 1;
  for (const rung of ladder(options.areaOf, options.keepPlace)) {
    const next = rung.apply(current);
    if (!next) continue;
    current = next;
    if (rung.step) steps.push(rung.step);
    sharedBy = (await countCovered(current)) + 1;
    if (sharedBy >= k) return { published: true, quasiIdentifiers: current, steps, sharedBy };
  }
  return {
    published: false,
    sharedBy,
    reason: `Held back: fewer than ${k} posts of this scope share even the widest description; it is published when enough others join it`,
    reasonJa: `最も広く一般化しても同じ区分の投稿が${k}件未満のため保留。他の投稿が揃った時点で公開します`,
  };
}

/** Whether a stored post's quasi-identifiers fall inside a combination (as specific or more, and equal once widened). */
export function covers(combination: QuasiIdentifiers, post: QuasiIdentifiers, areaOf: (municipalityCode: string) => string | null): boolean {
  const age = combination.age;
  const inAge = post.age.from >= age.from && (age.to === null || (post.age.to !== null && post.age.to <= age.to));
  const inSex = combination.sex === null || combination.sex === post.sex;
  const inHousehold = combination.household === null || combination.household === post.household;
  const place = combination.place;
  const inPlace =
    place.level === 'REGION' ||
    (place.level === 'AREA' && (post.place.areaCode === place.areaCode || (post.place.municipalityCode !== null && areaOf(post.place.municipalityCode) === place.areaCode))) ||
    (place.level === 'MUNICIPALITY' && post.place.municipalityCode === place.municipalityCode);
  return inAge && inSex && inHousehold && inPlace;
}
