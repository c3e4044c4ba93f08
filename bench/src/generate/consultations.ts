// The consultations subgraph's rows: published posts (OPEN, ANSWERED, CLOSED) with their answers, and the monthly
// counts made from them. A published post shows its description (age band, sex, place, household) only as widened
// by the anonymiser's ladder, and only when at least k posts of its region and sharing scope show exactly the same
// one. So posts are made in groups of at least MIN_GROUP that share a published description: within a group the
// posts differ only in what the ladder widened away (another decade of the same twenty years, another
// municipality of the region, …), and each post's generalisations list the rungs that changed its own description.
// Texts name no person, place, age or date: they read as the anonymiser would have left them.
import type { Database } from '@renkei/db';
import { execute, type TablePass } from './load.js';
import { ANSWERS, NARRATIVE_SENTENCES, QUESTIONS, SUPPORTS } from './names.js';
import { placeAnywhere, placeIn, type Place } from './places.js';
import { organisationGlobalId, type Plan } from './plan.js';
import { randomFor, STREAM, type Random } from './random.js';
import { DAY_MS, EVENTS_FROM, iso, REFERENCE_TIME, tokyoMidnightMs } from './time.js';

/** Posts per published description, at least: above the subgraph's default k (3), so a stricter k of 5 holds too. */
export const MIN_GROUP = 5;

const AGE_BANDS: readonly (readonly [number, number | null])[] = [
  [0, 9], [10, 19], [20, 29], [30, 39], [40, 49], [50, 59], [60, 69], [70, 79], [80, 89], [90, null],
];
/** By index into AGE_BANDS. */
const AGE_BAND_WEIGHTS = { '0': 1, '1': 4, '2': 10, '3': 12, '4': 16, '5': 16, '6': 14, '7': 12, '8': 6, '9': 2 } as const;
const SEX_WEIGHTS = { FEMALE: 48, MALE: 48, OTHER: 1, NONE: 3 } as const;
const HOUSEHOLD_WEIGHTS = { SINGLE: 30, COUPLE: 10, COUPLE_WITH_CHILDREN: 14, SINGLE_PARENT: 14, WITH_PARENTS: 16, THREE_GENERATIONS: 4, OTHER: 2, NONE: 10 } as const;

/** As the demo spreads new consultations over issue categories. */
const CATEGORY_WEIGHTS = {
  ECONOMIC_HARDSHIP: 45, EMPLOYMENT: 20, DEBT: 12, ARREARS: 10, HOUSING: 10, HOUSEHOLD_FINANCES: 10, ILLNESS: 8, DISABILITY: 7,
  HIKIKOMORI: 5, CHILD_REARING: 4, CARE: 4, DOMESTIC_VIOLENCE: 3, SCHOOL_ABSENCE: 2, AFTER_PRISON: 1,
} as const;
const STAGE_WEIGHTS = { CONSULTATION: 20, ASSESSMENT: 20, PLANNING: 15, SUPPORT_MEETING: 10, SUPPORT: 20, MONITORING: 8, OUTREACH: 4, EVALUATION: 2, CLOSURE: 1 } as const;
const SCOPE_WEIGHTS = { MUNICIPALITY: 3, REGION: 5, NETWORK: 2 } as const;
/** The legal bases a scope allows (SCOPES_ALLOWED read the other way round). */
const BASES: Record<string, Readonly<Record<string, number>>> = {
  MUNICIPALITY: { SUPPORT_MEETING: 5, CONSENT: 3, ANONYMISED: 2 },
  REGION: { CONSENT: 6, ANONYMISED: 4 },
  NETWORK: { ANONYMISED: 1 },
};

interface Description {
  age: readonly [number, number | null];
  sex: string | null;
  household: string | null;
  /** null: the whole region. */
  municipality: string | null;
}

/** The anonymiser's ladder (packages/anonymiser generalisation.ts), rung by rung, with the step each one records. */
const RUNGS: { attribute: string; reason: string; reasonJa: string; apply: (d: Description, keepPlace: boolean) => Description }[] = [
  // To the area (圏域): the nationwide regions have no areas, so this rung never changes anything here.
  { attribute: 'PLACE', reason: 'Municipality widened to its area', reasonJa: '市町村を圏域に一般化', apply: (d) => d },
  { attribute: 'AGE', reason: 'Age band widened to twenty years', reasonJa: '年代を20歳幅に一般化', apply: (d) => ({ ...d, age: widenAge(d.age) }) },
  { attribute: 'PLACE', reason: 'Place widened to the whole region', reasonJa: '地域を圏域・県全体に一般化', apply: (d, keep) => (keep ? d : { ...d, municipality: null }) },
  { attribute: 'SEX', reason: 'Sex withheld', reasonJa: '性別を非公開に', apply: (d) => ({ ...d, sex: null }) },
  { attribute: 'HOUSEHOLD', reason: 'Household withheld', reasonJa: '世帯構成を非公開に', apply: (d) => ({ ...d, household: null }) },
  { attribute: 'AGE', reason: 'Age withheld', reasonJa: '年代を非公開に', apply: (d) => ({ ...d, age: [0, null] }) },
];

const WIDE_AGE_BANDS: readonly (readonly [number, number | null])[] = [[0, 19], [20, 39], [40, 59], [60, 79], [80, null]];

function widenAge([from, to]: readonly [number, number | null]): readonly [number, number | null] {
  return WIDE_AGE_BANDS.find(([f, t]) => from >= f && (t === null || (to !== null && to <= t))) ?? [0, null];
}

const same = (a: Description, b: Description) =>
  a.age[0] === b.age[0] && a.age[1] === b.age[1] && a.sex === b.sex && a.household === b.household && a.municipality === b.municipality;

/** The description after `rungs` rungs, and the steps among them that changed it. */
function generalised(written: Description, rungs: number, keepPlace: boolean) {
  let d = written;
  const steps: { attribute: string; reason: string; reasonJa: string }[] = [];
  for (const rung of RUNGS.slice(0, rungs)) {
    const next = rung.apply(d, keepPlace);
    if (!same(d, next)) steps.push({ attribute: rung.attribute, reason: rung.reason, reasonJa: rung.reasonJa });
    d = next;
  }
  return { description: d, steps };
}

interface Group {
  regionIndex: number;
  home: Place;
  scope: string;
  /** How many rungs of the ladder its description went up. */
  rungs: number;
  template: { ageBand: number; sex: string | null; household: string | null };
}

/** Where each group of posts starts; group g holds posts starts[g] … starts[g + 1] − 1. */
export function groupStarts(plan: Plan): Int32Array {
  const total = plan.counts.consultations;
  const starts = [0];
  for (let g = 0; starts.at(-1)! < total; g++) {
    const size = MIN_GROUP + randomFor(plan.seed, STREAM.consultationGroup, g).int(0, 3 * MIN_GROUP);
    const next = starts.at(-1)! + size;
    // The last group takes the rest, so no group is smaller than MIN_GROUP (unless all posts are fewer).
    if (total - next < MIN_GROUP) starts.push(total);
    else starts.push(next);
  }
  return Int32Array.from(starts);
}

function groupOf(plan: Plan, g: number): Group {
  const random = randomFor(plan.seed, STREAM.consultationGroup, g);
  random.int(0, 3 * MIN_GROUP);
  const home = placeAnywhere(plan.geography, random);
  const scope = random.weighted(SCOPE_WEIGHTS);
  // Municipality-scoped posts keep their place (the ladder's place rungs change nothing for them).
  const rungs = scope === 'MUNICIPALITY' ? random.pick([0, 2, 2, 4, 4, 5, 6]) : random.pick([0, 2, 2, 3, 3, 4, 4, 5, 6]);
  const sex = random.weighted(SEX_WEIGHTS);
  const household = random.weighted(HOUSEHOLD_WEIGHTS);
  return {
    regionIndex: home.regionIndex,
    home,
    scope,
    rungs,
    template: { ageBand: Number(random.weighted(AGE_BAND_WEIGHTS)), sex: sex === 'NONE' ? null : sex, household: household === 'NONE' ? null : household },
  };
}

interface Post {
  id: string;
  group: Group;
  place: Place;
  description: Description;
  steps: { attribute: string; reason: string; reasonJa: string }[];
  categories: string[];
  organisation: number;
  postedAt: number;
  status: string;
  closedAt: number | null;
  random: Random;
}

/** Posts were written from the first day of the events' calendar up to the reference time. */
const FIRST_DAY = tokyoMidnightMs(EVENTS_FROM);

/** The organisation a worker of the place posts from: its council of social welfare, else one of its region. */
function postingOrganisation(plan: Plan, place: Place, random: Random): number {
  const council = plan.organisations.councilOf[place.index]!;
  if (council >= 0 && random.chance(0.7)) return council;
  const regional = plan.organisations.byRegion[place.regionIndex]!;
  return regional.length > 0 ? regional[random.int(0, regional.length - 1)]! : random.int(0, plan.organisations.count - 1);
}

function postOf(plan: Plan, group: Group, i: number): Post {
  const random = randomFor(plan.seed, STREAM.consultation, i);
  const id = random.uuid();
  const { template, rungs, home, scope } = group;
  const keepPlace = scope === 'MUNICIPALITY';
  // What the ladder widened away may differ from post to post; what it kept is the group's.
  const band = rungs >= 6 ? random.int(0, 9) : rungs >= 2 ? sameTwentyYears(template.ageBand, random) : template.ageBand;
  const place = rungs >= 3 && !keepPlace ? placeIn(plan.geography.prefectures[home.prefectureIndex]!, random) : home;
  const sex = rungs >= 4 ? nullable(random.weighted(SEX_WEIGHTS)) : template.sex;
  const household = rungs >= 5 ? nullable(random.weighted(HOUSEHOLD_WEIGHTS)) : template.household;
  const written: Description = { age: AGE_BANDS[band]!, sex, household, municipality: place.code };
  const { description, steps } = generalised(written, rungs, keepPlace);
  const categories = [...new Set([random.weighted(CATEGORY_WEIGHTS), ...(random.chance(0.4) ? [random.weighted(CATEGORY_WEIGHTS)] : []), ...(random.chance(0.1) ? [random.weighted(CATEGORY_WEIGHTS)] : [])])];
  const reference = REFERENCE_TIME.getTime();
  const postedAt = FIRST_DAY + Math.floor(random.float() * (reference - FIRST_DAY));
  const ageDays = (reference - postedAt) / DAY_MS;
  const roll = random.float();
  let status = ageDays > 90 ? (roll < 0.6 ? 'CLOSED' : roll < 0.95 ? 'ANSWERED' : 'OPEN') : roll < 0.05 ? 'CLOSED' : roll < 0.5 ? 'ANSWERED' : 'OPEN';
  let closedAt: number | null = null;
  if (status === 'CLOSED') {
    closedAt = postedAt + random.int(7, 120) * DAY_MS;
    if (closedAt > reference) [status, closedAt] = ['ANSWERED', null];
  }
  return { id, group, place, description, steps, categories, organisation: postingOrganisation(plan, place, random), postedAt, status, closedAt, random };
}

const nullable = (value: string) => (value === 'NONE' ? null : value);

/** Another decade of the same twenty-year band (10代 and 10歳未満 are 0–19; 80代 and 90歳以上 are 80+). */
function sameTwentyYears(band: number, random: Random): number {
  const first = band >= 8 ? 8 : band - (band % 2);
  return first + random.int(0, 1);
}

function postRow(plan: Plan, post: Post): unknown[] {
  const { random, description: d, group } = post;
  const supports = random.sample(Object.keys(SUPPORTS), random.int(0, 2)).map((category) => ({ category, description: random.pick(SUPPORTS[category]!) }));
  const narrative = random.chance(0.8) ? random.sample(NARRATIVE_SENTENCES, random.int(2, 3)).join('') : null;
  return [
    post.id,
    plan.geography.regionCodes[group.regionIndex],
    organisationGlobalId(plan, post.organisation),
    post.place.code,
    null,
    null,
    null,
    null,
    d.age[0],
    d.age[1],
    d.sex,
    d.household,
    d.municipality === null ? 'REGION' : 'MUNICIPALITY',
    d.municipality,
    null,
    post.steps,
    null,
    null,
    post.categories,
    supports,
    random.weighted(STAGE_WEIGHTS),
    random.weighted(BASES[group.scope]!),
    group.scope,
    QUESTIONS[post.categories[0]!],
    narrative,
    [],
    post.status,
    iso(post.postedAt),
    post.closedAt === null ? null : iso(post.closedAt),
  ];
}

/** Answers of an answered or closed post: one or two, from organisations of its region, before it closed. */
function answerRows(plan: Plan, post: Post, i: number): unknown[][] {
  if (post.status === 'OPEN') return [];
  const random = randomFor(plan.seed, STREAM.consultation, plan.counts.consultations + i);
  const region = plan.geography.regionCodes[post.group.regionIndex]!;
  const until = Math.min(post.closedAt ?? Infinity, REFERENCE_TIME.getTime());
  return random.sample(ANSWERS, random.int(1, 2)).map((text) => {
    const answeredAt = Math.max(post.postedAt + 60_000, Math.min(post.postedAt + random.int(1, 14) * DAY_MS, until - 60_000));
    return [random.uuid(), region, post.id, organisationGlobalId(plan, postingOrganisation(plan, post.place, random)), region, text, [], iso(answeredAt)];
  });
}

function* eachPost(plan: Plan, starts: Int32Array, rows: (post: Post, i: number) => unknown[][]): Iterable<unknown[]> {
  for (let g = 0; g + 1 < starts.length; g++) {
    const group = groupOf(plan, g);
    for (let i = starts[g]!; i < starts[g + 1]!; i++) yield* rows(postOf(plan, group, i), i);
  }
}

/** New consultations per municipality, month (Japan time) and issue category: counted from the posts themselves. */
async function fillCounts(db: Database): Promise<number> {
  const rows = await execute(
    db,
    `with inserted as (
       insert into consultations.consultation_count (region, municipality_code, month, category, count)
       select region, municipality_code, to_char(posted_at at time zone 'Asia/Tokyo', 'YYYY-MM'), category, count(*)
       from consultations.consultation_post, unnest(issue_categories) as category
       group by 1, 2, 3, 4
       returning 1)
     select count(*)::int as n from inserted`,
  );
  return Number(rows[0]?.n ?? 0);
}

export function consultationPasses(plan: Plan): TablePass[] {
  const starts = groupStarts(plan);
  return [
    {
      table: 'consultations.consultation_post',
      columns: [
        'id', 'region', 'organization_id', 'municipality_code', 'written_age_from', 'written_age_to', 'written_sex', 'written_household',
        'age_from', 'age_to', 'sex', 'household', 'place_level', 'place_municipality_code', 'place_area', 'generalisations',
        'held_back_reason', 'held_back_reason_ja', 'issue_categories', 'supports_used', 'process_stage', 'legal_basis', 'sharing_scope',
        'question', 'narrative', 'flags', 'status', 'posted_at', 'closed_at',
      ],
      rows: () => eachPost(plan, starts, (post) => [postRow(plan, post)]),
    },
    {
      table: 'consultations.consultation_answer',
      columns: ['id', 'region', 'post_id', 'organization_id', 'answered_from_region', 'text', 'flags', 'answered_at'],
      rows: () => eachPost(plan, starts, (post, i) => answerRows(plan, post, i)),
    },
    { table: 'consultations.consultation_count', fill: fillCounts },
  ];
}
