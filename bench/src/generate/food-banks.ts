// The food-banks subgraph's rows: food sites run by the generated organisations, their stock lots and a few needs.
// Columns are filled as db/writes.ts fills them: search_text is the normalised name, reading and address; opening
// times are the jsonb list the validation makes (weeks of the month sorted). Quantities are in the category's
// unit: kg to one decimal, items whole.
import { normaliseForSearch } from '@renkei/japanese-text';
import type { TablePass } from './load.js';
import { AUSPICIOUS, fillName, FOOD_SITE_NAMES, SOFT_WORDS, STOCK_DESCRIPTIONS, TOWNS } from './names.js';
import { addressIn, placeIn, pointNear, type Place } from './places.js';
import { organisationGlobalId, type Plan } from './plan.js';
import { randomFor, STREAM, type Random } from './random.js';
import { addDays, DAY_MS, iso, REFERENCE_TIME, tokyoDay } from './time.js';

const KIND_WEIGHTS = { PANTRY: 30, CHILDRENS_CAFETERIA: 30, FOOD_DRIVE_POINT: 20, COMMUNITY_CAFETERIA: 10, FOOD_BANK: 10 } as const;
type Kind = keyof typeof KIND_WEIGHTS;

const ACCESS: Record<Kind, Readonly<Record<string, number>>> = {
  FOOD_BANK: { REFERRAL: 6, OPEN: 4 },
  PANTRY: { PROGRAMME: 4, REFERRAL: 3, OPEN: 3 },
  FOOD_DRIVE_POINT: { OPEN: 1 },
  CHILDRENS_CAFETERIA: { OPEN: 8, PROGRAMME: 2 },
  COMMUNITY_CAFETERIA: { OPEN: 1 },
};

const ACCESS_NOTES: Record<string, string> = {
  OPEN: 'どなたでも利用できます。',
  REFERRAL: '相談窓口からの紹介で、紹介番号をお持ちの世帯に食品をお渡しします。',
  PROGRAMME: '事前に登録した世帯が利用できます。登録は電話で受け付けます。',
};

const CATEGORY_WEIGHTS = {
  RICE: 12, GRAINS_NOODLES: 10, CANNED: 12, RETORT: 12, INSTANT: 10, SEASONING: 6, BABY_GOODS: 4, FRESH: 8, DRINKS: 8, SNACKS: 8, HYGIENE: 6, OTHER: 4,
} as const;
const IN_KG = new Set(['RICE', 'GRAINS_NOODLES', 'FRESH']);
/** Goods without a best-before. */
const KEEPING = new Set(['HYGIENE', 'OTHER']);

const LOTS: Record<Kind, readonly [number, number]> = {
  FOOD_BANK: [8, 20],
  PANTRY: [3, 10],
  FOOD_DRIVE_POINT: [0, 4],
  CHILDRENS_CAFETERIA: [1, 6],
  COMMUNITY_CAFETERIA: [1, 6],
};

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Site {
  id: string;
  kind: Kind;
  organisation: number;
  place: Place;
  random: Random;
}

function siteCore(plan: Plan, i: number): Site {
  const random = randomFor(plan.seed, STREAM.foodSite, i);
  const id = random.uuid();
  const kind = random.weighted(KIND_WEIGHTS);
  const organisation = random.int(0, plan.organisations.count - 1);
  const home = plan.geography.places[plan.organisations.placeOf[organisation]!]!;
  const place = random.chance(0.85) ? home : placeIn(plan.geography.prefectures[home.prefectureIndex]!, random);
  return { id, kind, organisation, place, random };
}

function openingTimes(kind: Kind, random: Random) {
  if (kind === 'FOOD_DRIVE_POINT') return WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, opens: '09:00', closes: '17:00', weeksOfMonth: [] }));
  if (kind === 'CHILDRENS_CAFETERIA' || kind === 'COMMUNITY_CAFETERIA') {
    const weekday = random.pick(['WEDNESDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
    return [{ weekday, opens: '17:00', closes: '19:30', weeksOfMonth: random.chance(0.6) ? [2, 4] : [] }];
  }
  return random
    .sample(WEEKDAYS.slice(0, 6), random.int(1, 3))
    .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
    .map((weekday) => ({ weekday, opens: '10:00', closes: random.pick(['12:00', '15:00', '16:00']), weeksOfMonth: random.chance(0.3) ? [1, 3] : [] }));
}

function siteRow(plan: Plan, i: number): unknown[] {
  const s = siteCore(plan, i);
  const { random, place, kind } = s;
  const prefecture = plan.geography.prefectures[place.prefectureIndex]!;
  const { name, kana } = fillName(random.pick(FOOD_SITE_NAMES[kind]!), {
    soft: random.pick(SOFT_WORDS),
    town: random.pick(TOWNS),
    auspicious: random.pick(AUSPICIOUS),
    prefecture: [prefecture.shortName, prefecture.kana],
  });
  const address = addressIn(place, random.pick(TOWNS)[0], random);
  const point = pointNear(place, random);
  const access = random.weighted(ACCESS[kind]);
  const created = REFERENCE_TIME.getTime() - random.int(30, 1500) * DAY_MS;
  return [
    s.id,
    place.regionCode,
    organisationGlobalId(plan, s.organisation),
    kind,
    name,
    kana,
    place.code,
    address,
    point.latitude,
    point.longitude,
    random.chance(0.7) ? `000-0000-${String(random.int(0, 9999)).padStart(4, '0')}` : null,
    access,
    ACCESS_NOTES[access],
    openingTimes(kind, random),
    random.chance(0.5) ? '祝日・年末年始は休み' : null,
    `${place.name}で${kind === 'FOOD_DRIVE_POINT' ? '家庭で余っている食品を受け付けています。' : '食品を必要とする世帯を支えています。'}`,
    normaliseForSearch([name, kana, address].filter(Boolean).join(' ')),
    'bench',
    iso(created),
    iso(created + random.int(0, 30) * DAY_MS),
  ];
}

function quantityIn(category: string, random: Random): number {
  return IN_KG.has(category) ? random.int(5, 2000) / 10 : random.int(1, 300);
}

function stockRows(plan: Plan, i: number): unknown[][] {
  const s = siteCore(plan, i);
  const random = randomFor(plan.seed, STREAM.stock, i);
  const [min, max] = LOTS[s.kind];
  const today = tokyoDay(REFERENCE_TIME.getTime());
  return Array.from({ length: random.int(min, max) }, () => {
    const category = random.weighted(CATEGORY_WEIGHTS);
    // Some stock is already past its best-before, as in the demo: it is kept but not counted as available.
    const bestBefore = KEEPING.has(category) ? null : addDays(today, random.int(-10, 400));
    return [random.uuid(), s.id, category, random.pick(STOCK_DESCRIPTIONS[category]!), quantityIn(category, random), bestBefore, iso(REFERENCE_TIME.getTime() - random.int(1, 60) * DAY_MS), null, 1];
  });
}

function needRows(plan: Plan, i: number): unknown[][] {
  const s = siteCore(plan, i);
  const random = randomFor(plan.seed, STREAM.stock, 1_000_000 + i);
  if (s.kind === 'FOOD_DRIVE_POINT' || !random.chance(0.15)) return [];
  const today = tokyoDay(REFERENCE_TIME.getTime());
  const categories = random.sample(Object.keys(CATEGORY_WEIGHTS), random.int(1, 3));
  return categories.map((category) => [
    random.uuid(),
    s.id,
    category,
    quantityIn(category, random),
    random.chance(0.7) ? addDays(today, random.int(7, 60)) : null,
    random.pick([0, 14, 30, 60, 90]),
    random.chance(0.5) ? '配布日に向けて不足しています。' : null,
    iso(REFERENCE_TIME.getTime() - random.int(0, 10) * DAY_MS),
  ]);
}

export function foodBankPasses(plan: Plan): TablePass[] {
  const n = plan.counts.foodSites;
  const each = (rows: (i: number) => unknown[][]) =>
    function* () {
      for (let i = 0; i < n; i++) yield* rows(i);
    };
  return [
    {
      table: 'food_banks.food_site',
      columns: [
        'id', 'region', 'organization_id', 'kind', 'name', 'name_kana', 'municipality_code', 'address', 'latitude', 'longitude',
        'phone', 'access', 'access_note', 'opening_times', 'opening_note', 'description', 'search_text', 'source', 'created_at', 'updated_at',
      ],
      rows: each((i) => [siteRow(plan, i)]),
    },
    {
      table: 'food_banks.stock_lot',
      columns: ['id', 'site_id', 'category', 'description', 'quantity', 'best_before', 'received_at', 'source', 'version'],
      rows: each((i) => stockRows(plan, i)),
    },
    {
      table: 'food_banks.food_need',
      columns: ['id', 'site_id', 'category', 'quantity', 'needed_by', 'min_shelf_life_days', 'note', 'updated_at'],
      rows: each((i) => needRows(plan, i)),
    },
  ];
}
