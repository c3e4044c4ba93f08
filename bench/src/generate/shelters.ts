// The shelters subgraph's rows: emergency housing and evacuation shelters with their bed vacancy. DV shelters are
// always confidential, as the write path makes them (no public phone, intake through a consultation window only),
// and some women's and private shelters are too. Columns are filled as db/writes.ts fills them: search_text is the
// normalised name, reading, address and operator's name.
import { normaliseForSearch } from '@renkei/japanese-text';
import type { TablePass } from './load.js';
import { AUSPICIOUS, fillName, SHELTER_DESCRIPTIONS, SHELTER_NAMES, SOFT_WORDS, TOWNS } from './names.js';
import { addressIn, placeAnywhere, placeIn, pointNear, type Place } from './places.js';
import { organisationGlobalId, type Plan } from './plan.js';
import { randomFor, STREAM, type Random } from './random.js';
import { DAY_MS, iso, REFERENCE_TIME } from './time.js';

const KIND_WEIGHTS = {
  DESIGNATED_EVACUATION_SHELTER: 30,
  WELFARE_EVACUATION_SHELTER: 18,
  TEMPORARY_LIVING_SUPPORT: 15,
  EMERGENCY_EVACUATION_SITE: 15,
  PRIVATE_SHELTER: 8,
  DV_SHELTER: 5,
  INDEPENDENCE_HOME: 5,
  WOMENS_SHELTER: 4,
} as const;
type Kind = keyof typeof KIND_WEIGHTS;

const EVACUATION: readonly Kind[] = ['DESIGNATED_EVACUATION_SHELTER', 'WELFARE_EVACUATION_SHELTER', 'EMERGENCY_EVACUATION_SITE'];

/** Bed categories a kind of shelter keeps (none for an emergency evacuation site: it has capacity in persons). */
const BEDS: Record<Kind, readonly string[]> = {
  TEMPORARY_LIVING_SUPPORT: ['MEN', 'WOMEN', 'FAMILY'],
  PRIVATE_SHELTER: ['MEN', 'WOMEN'],
  DV_SHELTER: ['WOMEN', 'FAMILY'],
  INDEPENDENCE_HOME: ['MEN', 'WOMEN'],
  WOMENS_SHELTER: ['WOMEN', 'FAMILY'],
  WELFARE_EVACUATION_SHELTER: ['ACCESSIBLE', 'FAMILY'],
  DESIGNATED_EVACUATION_SHELTER: ['FAMILY', 'ACCESSIBLE'],
  EMERGENCY_EVACUATION_SITE: [],
};

const ELIGIBLE: Record<Kind, readonly string[]> = {
  TEMPORARY_LIVING_SUPPORT: ['SINGLE_MEN', 'SINGLE_WOMEN', 'MOTHERS_WITH_CHILDREN', 'FAMILIES'],
  PRIVATE_SHELTER: ['SINGLE_MEN', 'SINGLE_WOMEN', 'YOUNG_PEOPLE', 'FOREIGN_NATIONALS'],
  DV_SHELTER: ['DV_SURVIVORS', 'MOTHERS_WITH_CHILDREN'],
  INDEPENDENCE_HOME: ['YOUNG_PEOPLE'],
  WOMENS_SHELTER: ['SINGLE_WOMEN', 'MOTHERS_WITH_CHILDREN', 'DV_SURVIVORS'],
  WELFARE_EVACUATION_SHELTER: ['OLDER_PEOPLE', 'DISABLED'],
  DESIGNATED_EVACUATION_SHELTER: ['ANYONE'],
  EMERGENCY_EVACUATION_SITE: ['ANYONE'],
};

const HAZARDS = ['FLOOD', 'LANDSLIDE', 'STORM_SURGE', 'EARTHQUAKE', 'TSUNAMI', 'LARGE_FIRE', 'INLAND_FLOOD', 'VOLCANO'];
const ACCESSIBILITY = ['WHEELCHAIR', 'ACCESSIBLE_TOILET', 'ELEVATOR', 'NURSING_CARE', 'INTERPRETATION'];

interface Shelter {
  id: string;
  kind: Kind;
  place: Place;
  confidential: boolean;
  random: Random;
  operator: number;
}

/** Where shelter i is and who runs it: housing by an organisation near it, evacuation shelters by the place itself. */
function shelterCore(plan: Plan, i: number): Shelter {
  const random = randomFor(plan.seed, STREAM.shelter, i);
  const id = random.uuid();
  const kind = random.weighted(KIND_WEIGHTS);
  const confidential = kind === 'DV_SHELTER' || (kind === 'WOMENS_SHELTER' && random.chance(0.5)) || (kind === 'PRIVATE_SHELTER' && random.chance(0.1));
  const orgs = plan.organisations;
  if (EVACUATION.includes(kind)) {
    const place = placeAnywhere(plan.geography, random);
    const regional = orgs.byRegion[place.regionIndex]!;
    const operator = kind === 'WELFARE_EVACUATION_SHELTER' && regional.length > 0 ? regional[random.int(0, regional.length - 1)]! : -1;
    return { id, kind, place, confidential, random, operator };
  }
  const operator = random.int(0, orgs.count - 1);
  const home = plan.geography.places[orgs.placeOf[operator]!]!;
  const place = random.chance(0.8) ? home : placeIn(plan.geography.prefectures[home.prefectureIndex]!, random);
  return { id, kind, place, confidential, random, operator };
}

function shelterRow(plan: Plan, i: number): unknown[] {
  const s = shelterCore(plan, i);
  const { random, place, kind } = s;
  const prefecture = plan.geography.prefectures[place.prefectureIndex]!;
  const { name, kana } = fillName(random.pick(SHELTER_NAMES[kind]!), {
    soft: random.pick(SOFT_WORDS),
    town: random.pick(TOWNS),
    auspicious: random.pick(AUSPICIOUS),
    prefecture: [prefecture.shortName, prefecture.kana],
  });
  const evacuation = EVACUATION.includes(kind);
  const address = addressIn(place, random.pick(TOWNS)[0], random);
  const point = pointNear(place, random);
  const operatorName = s.operator >= 0 ? null : place.name;
  const walkIn = evacuation || (!s.confidential && kind !== 'TEMPORARY_LIVING_SUPPORT' && random.chance(0.5));
  const created = REFERENCE_TIME.getTime() - random.int(30, 1500) * DAY_MS;
  return [
    s.id,
    place.regionCode,
    kind,
    name,
    kana,
    s.operator >= 0 ? organisationGlobalId(plan, s.operator) : null,
    operatorName,
    place.code,
    address,
    point.latitude,
    point.longitude,
    // A secret location has no public phone: a call could be traced to it.
    s.confidential ? null : `000-0000-${String(random.int(0, 9999)).padStart(4, '0')}`,
    s.confidential,
    walkIn ? 'WALK_IN' : 'CONSULTATION_WINDOW',
    walkIn ? null : `${place.name} 自立相談支援機関 000-0000-${String(random.int(0, 9999)).padStart(4, '0')}`,
    evacuation ? null : random.pick([14, 30, 90, 180]),
    ELIGIBLE[kind],
    evacuation ? null : '住まいを失った、または失うおそれのある人。相談窓口で利用を決める。',
    evacuation ? random.chance(0.3) : false,
    random.sample(ACCESSIBILITY, random.int(0, 3)),
    evacuation ? random.sample(HAZARDS, random.int(1, 4)) : [],
    evacuation ? random.int(5, 150) * 10 : null,
    kind === 'WELFARE_EVACUATION_SHELTER' ? random.chance(0.3) : null,
    kind === 'EMERGENCY_EVACUATION_SITE' || kind === 'DESIGNATED_EVACUATION_SHELTER' ? `${random.pick(TOWNS)[0]}、${random.pick(TOWNS)[0]}の各町内会` : null,
    null,
    SHELTER_DESCRIPTIONS[kind],
    normaliseForSearch([name, kana, address, operatorName].filter(Boolean).join(' ')),
    'bench',
    null,
    iso(created),
    iso(created + random.int(0, 20) * DAY_MS),
  ];
}

/** Beds of shelter i: most figures confirmed in the hours before the reference time, a quarter stale (days old). */
function bedRows(plan: Plan, i: number): unknown[][] {
  const s = shelterCore(plan, i);
  const random = randomFor(plan.seed, STREAM.shelter, 1_000_000 + i);
  const categories = s.kind === 'DESIGNATED_EVACUATION_SHELTER' && !random.chance(0.3) ? [] : BEDS[s.kind].slice(0, random.int(1, BEDS[s.kind].length));
  const reference = REFERENCE_TIME.getTime();
  return categories.map((category) => {
    const capacity = EVACUATION.includes(s.kind) ? random.int(5, 50) : random.int(1, 20);
    const vacant = random.chance(0.3) ? 0 : random.int(0, capacity);
    const confirmed = random.chance(0.75) ? reference - random.int(0, 20 * 60) * 60_000 : reference - random.int(1, 14) * DAY_MS;
    return [s.id, category, capacity, vacant, iso(confirmed), random.int(1, 30)];
  });
}

export function shelterPasses(plan: Plan): TablePass[] {
  const n = plan.counts.shelters;
  return [
    {
      table: 'shelters.shelter',
      columns: [
        'id', 'region', 'kind', 'name', 'name_kana', 'operator_id', 'operator_name', 'municipality_code', 'address', 'latitude',
        'longitude', 'phone', 'confidential', 'intake_route', 'intake_contact', 'max_stay_days', 'eligible_groups', 'eligibility',
        'pets_allowed', 'accessibility', 'hazards', 'capacity_persons', 'also_designated_shelter', 'served_areas', 'town_id',
        'description', 'search_text', 'source', 'source_key', 'created_at', 'updated_at',
      ],
      rows: function* () {
        for (let i = 0; i < n; i++) yield shelterRow(plan, i);
      },
    },
    {
      table: 'shelters.bed_vacancy',
      columns: ['shelter_id', 'category', 'capacity', 'vacant', 'confirmed_at', 'version'],
      rows: function* () {
        for (let i = 0; i < n; i++) yield* bedRows(plan, i);
      },
    },
  ];
}
