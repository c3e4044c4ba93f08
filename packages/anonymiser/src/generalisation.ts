// Quasi-identifiers (measure 5 of 第62条): age band × sex × place × household could single a person out even with
// every name gone. Before a post is stored they are widened, one step at a time along a fixed ladder, until at
// least k posts show exactly the same description; if even the widest step leaves fewer than k, the post is held
// back with its reason until enough others join it.

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
  | { published: true; quasiIdentifiers: QuasiIdentifiers; steps: GeneralisationStep[]; sharedBy: number; releasedHeld: number[] }
  | { published: false; reason: string; reasonJa: string; sharedBy: number };

/** How many published posts have exactly this description (the new one not included). */
export type CountPublished = (combination: QuasiIdentifiers) => Promise<number>;

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
  step: GeneralisationStep;
  apply: (q: QuasiIdentifiers) => QuasiIdentifiers;
}

export interface LadderOptions {
  /** The area (圏域) a municipality belongs to, if its region has areas. */
  areaOf: (municipalityCode: string) => string | null;
  /** Posts shared within their municipality only keep it: the place rungs change nothing. */
  keepPlace: boolean;
}

/** The ladder, most specific first; every rung applies to every description (a rung that cannot widen it leaves it). */
function ladder({ areaOf, keepPlace }: LadderOptions): Rung[] {
  const toArea = (q: QuasiIdentifiers): QuasiIdentifiers => {
    if (keepPlace || q.place.level !== 'MUNICIPALITY' || !q.place.municipalityCode) return q;
    const area = areaOf(q.place.municipalityCode);
    return area ? { ...q, place: { level: 'AREA', municipalityCode: null, areaCode: area } } : q;
  };
  const toRegion = (q: QuasiIdentifiers): QuasiIdentifiers => (keepPlace ? q : { ...q, place: { level: 'REGION', municipalityCode: null, areaCode: null } });
  return [
    { step: { attribute: 'PLACE', reason: 'Municipality widened to its area', reasonJa: '市町村を圏域に一般化' }, apply: toArea },
    { step: { attribute: 'AGE', reason: 'Age band widened to twenty years', reasonJa: '年代を20歳幅に一般化' }, apply: (q) => ({ ...q, age: widenAge(q.age) }) },
    { step: { attribute: 'PLACE', reason: 'Place widened to the whole region', reasonJa: '地域を圏域・県全体に一般化' }, apply: toRegion },
    { step: { attribute: 'SEX', reason: 'Sex withheld', reasonJa: '性別を非公開に' }, apply: (q) => ({ ...q, sex: null }) },
    { step: { attribute: 'HOUSEHOLD', reason: 'Household withheld', reasonJa: '世帯構成を非公開に' }, apply: (q) => ({ ...q, household: null }) },
    { step: { attribute: 'AGE', reason: 'Age withheld', reasonJa: '年代を非公開に' }, apply: (q) => ({ ...q, age: ANY_AGE }) },
  ];
}

export function sameDescription(a: QuasiIdentifiers, b: QuasiIdentifiers): boolean {
  return (
    a.age.from === b.age.from &&
    a.age.to === b.age.to &&
    a.sex === b.sex &&
    a.household === b.household &&
    a.place.level === b.place.level &&
    (a.place.level === 'REGION' || (a.place.level === 'AREA' ? a.place.areaCode === b.place.areaCode : a.place.municipalityCode === b.place.municipalityCode))
  );
}

/** A description at every rung of the ladder: index 0 as given, then each widening in turn. */
export function descriptionsOf(original: QuasiIdentifiers, options: LadderOptions): QuasiIdentifiers[] {
  const out = [original];
  for (const rung of ladder(options)) out.push(rung.apply(out.at(-1)!));
  return out;
}

/**
 * Widens a post's quasi-identifiers until it can be published in a group of at least `k` posts that all show
 * exactly the same description: those already published with it, held-back posts that would join it (released
 * together), and this one. Published descriptions are only ever shared by k or more posts, so whoever knows a
 * person's age, sex, place and household finds at least k candidates. Otherwise the post is held back.
 */
export async function generalise(
  original: QuasiIdentifiers,
  k: number,
  countPublished: CountPublished,
  held: readonly QuasiIdentifiers[],
  options: LadderOptions,
): Promise<Generalised> {
  const rungs = ladder(options);
  const mine = descriptionsOf(original, options);
  const theirs = held.map((h) => descriptionsOf(h, options));
  let sharedBy = 1;
  for (let r = 0; r < mine.length; r++) {
    const description = mine[r]!;
    if (r > 0 && sameDescription(description, mine[r - 1]!)) continue;
    const joining = theirs.flatMap((d, i) => (sameDescription(d[r]!, description) ? [i] : []));
    sharedBy = (await countPublished(description)) + joining.length + 1;
    if (sharedBy >= k) {
      const steps = rungs.slice(0, r).filter((_, i) => !sameDescription(mine[i]!, mine[i + 1]!)).map((rung) => rung.step);
      return { published: true, quasiIdentifiers: description, steps, sharedBy, releasedHeld: joining };
    }
  }
  return {
    published: false,
    sharedBy,
    reason: `Held back: fewer than ${k} posts of this scope share even the widest description; it is published when enough others join it`,
    reasonJa: `最も広く一般化しても同じ区分の投稿が${k}件未満のため保留。他の投稿が揃った時点で公開します`,
  };
}
