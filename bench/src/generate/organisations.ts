// The organisations subgraph's rows: organisations with their programme roles, contacts, services (and areas),
// windows (and opening hours), and the regional networks. Columns are filled as its write path fills them
// (db/writes.ts): sort_key is the normalised reading, search_text the normalised name, reading, aliases,
// description and service names.
import { normaliseForSearch } from '@renkei/japanese-text';
import {
  ASSOCIATION_SUFFIXES,
  AUSPICIOUS,
  CAUSES,
  CONTACT_TITLES,
  DEPARTMENTS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  INDUSTRIES,
  NPO_SUFFIXES,
  ORGANISATION_ACTIVITIES,
  PROFESSIONAL_BODIES,
  SERVICE_DESCRIPTIONS,
  SERVICE_NAMES,
  SOFT_WORDS,
  TOWNS,
  WELFARE_SUFFIXES,
  type Word,
} from './names.js';
import { addressIn, type Place } from './places.js';
import { networkId, type Placement, type Plan } from './plan.js';
import { randomFor, STREAM, type Random } from './random.js';
import { DAY_MS, iso, REFERENCE_TIME } from './time.js';
import type { TablePass } from './load.js';

const LEGAL_FORM_WEIGHTS = {
  NPO: 28,
  SOCIAL_WELFARE_CORPORATION: 18,
  VOLUNTARY_GROUP: 14,
  GENERAL_INCORPORATED_ASSOCIATION: 10,
  COMPANY: 7,
  CERTIFIED_NPO: 4,
  SCHOOL: 4,
  MUNICIPAL_DEPARTMENT: 4,
  CONSUMER_COOPERATIVE: 3,
  PUBLIC_INTEREST_INCORPORATED_ASSOCIATION: 3,
  GENERAL_INCORPORATED_FOUNDATION: 2,
} as const;

const SERVICE_CATEGORY_WEIGHTS = {
  CONSULTATION: 20,
  LEARNING_SUPPORT: 10,
  FOOD_PROVISION: 10,
  PLACE_TO_BE: 10,
  CHILDREN_CAFETERIA: 10,
  EMPLOYMENT_SUPPORT: 8,
  HOUSEHOLD_FINANCE: 6,
  HOUSING: 6,
  HOME_VISIT: 5,
  ACCOMPANIMENT: 4,
  DEBT_RESOLUTION: 3,
  EMERGENCY_LOAN: 3,
  CASH_BENEFIT: 2,
  SCHOLARSHIP_INFORMATION: 2,
  LABOUR_LAW_EDUCATION: 1,
} as const;

/** Who a service of a category is for, when it is for someone in particular. */
const TARGETS: Record<string, readonly string[]> = {
  LEARNING_SUPPORT: ['CHILDREN', 'SINGLE_PARENTS', 'SCHOOL_REFUSAL'],
  CHILDREN_CAFETERIA: ['CHILDREN', 'SINGLE_PARENTS'],
  PLACE_TO_BE: ['YOUTH', 'HIKIKOMORI', 'OLDER_PEOPLE', 'YOUNG_CARERS'],
  EMPLOYMENT_SUPPORT: ['YOUTH', 'DISABILITY', 'FORMER_OFFENDERS'],
  HOUSING: ['OLDER_PEOPLE', 'DISABILITY', 'DV_SURVIVORS', 'FORMER_OFFENDERS'],
  CONSULTATION: ['FOREIGN_NATIONALS', 'SINGLE_PARENTS', 'HIKIKOMORI'],
};

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

export interface OrganisationCore {
  id: string;
  place: Place;
  ordinal: number;
  legalForm: string;
  name: string;
  kana: string;
  aliases: string[];
  /** Positioned after the core's draws: the rest of the organisation draws from it. */
  random: Random;
}

const pick = (random: Random, words: readonly Word[]) => random.pick(words);

/** Half of the small groups carry the name of their neighbourhood (本町ひだまりの会), as many do. */
const local = (random: Random): Word => (random.chance(0.5) ? random.pick(TOWNS) : ['', '']);

function nameOf(legalForm: string, place: Place, plan: CoreSource, random: Random): { name: string; kana: string; aliases: string[] } {
  const prefecture = plan.geography.prefectures[place.prefectureIndex]!;
  switch (legalForm) {
    case 'COUNCIL_OF_SOCIAL_WELFARE':
      return { name: `社会福祉法人 ${place.name}社会福祉協議会`, kana: 'シャカイフクシホウジン シャカイフクシキョウギカイ', aliases: [`${place.name}社協`] };
    case 'MUNICIPAL_DEPARTMENT': {
      const [dept, deptKana] = pick(random, DEPARTMENTS);
      return { name: `${place.name} ${dept}`, kana: deptKana, aliases: [] };
    }
    case 'SOCIAL_WELFARE_CORPORATION': {
      const [word, wordKana] = pick(random, AUSPICIOUS);
      const [suffix, suffixKana] = pick(random, WELFARE_SUFFIXES);
      return { name: `社会福祉法人 ${word}${suffix}`, kana: `シャカイフクシホウジン ${wordKana}${suffixKana}`, aliases: [`${word}${suffix}`] };
    }
    case 'NPO':
    case 'CERTIFIED_NPO': {
      const [form, formKana] = legalForm === 'NPO' ? ['特定非営利活動法人', 'トクテイヒエイリカツドウホウジン'] : ['認定特定非営利活動法人', 'ニンテイトクテイヒエイリカツドウホウジン'];
      const style = random.int(0, 3);
      if (style === 0) {
        const [cause, causeKana] = pick(random, CAUSES);
        return { name: `${form} ${prefecture.shortName}${cause}ネットワーク`, kana: `${formKana} ${prefecture.kana}${causeKana}ネットワーク`, aliases: [] };
      }
      if (style === 1) return { name: `${form} フードバンク${prefecture.shortName}`, kana: `${formKana} フードバンク${prefecture.kana}`, aliases: [`フードバンク${prefecture.shortName}`] };
      const [town, townKana] = local(random);
      const [word, wordKana] = pick(random, SOFT_WORDS);
      const [suffix, suffixKana] = pick(random, NPO_SUFFIXES);
      return { name: `${form} ${town}${word}${suffix}`, kana: `${formKana} ${townKana}${wordKana}${suffixKana}`, aliases: [`${town}${word}${suffix}`] };
    }
    case 'GENERAL_INCORPORATED_ASSOCIATION': {
      const [word, wordKana] = random.chance(0.5) ? pick(random, SOFT_WORDS) : pick(random, AUSPICIOUS);
      const [suffix, suffixKana] = pick(random, ASSOCIATION_SUFFIXES);
      return { name: `一般社団法人 ${word}${suffix}`, kana: `イッパンシャダンホウジン ${wordKana}${suffixKana}`, aliases: [] };
    }
    case 'PUBLIC_INTEREST_INCORPORATED_ASSOCIATION': {
      const [body, bodyKana] = pick(random, PROFESSIONAL_BODIES);
      return { name: `公益社団法人 ${prefecture.name}${body}`, kana: `コウエキシャダンホウジン ${prefecture.kana}${bodyKana}`, aliases: [] };
    }
    case 'GENERAL_INCORPORATED_FOUNDATION': {
      const [word, wordKana] = pick(random, AUSPICIOUS);
      return { name: `一般財団法人 ${word}福祉財団`, kana: `イッパンザイダンホウジン ${wordKana}フクシザイダン`, aliases: [] };
    }
    case 'CONSUMER_COOPERATIVE':
      return random.chance(0.5)
        ? { name: `生活協同組合 コープ${prefecture.shortName}`, kana: `セイカツキョウドウクミアイ コープ${prefecture.kana}`, aliases: [`コープ${prefecture.shortName}`] }
        : { name: `${prefecture.shortName}医療生活協同組合`, kana: `${prefecture.kana}イリョウセイカツキョウドウクミアイ`, aliases: [] };
    case 'SCHOOL': {
      const [town, townKana] = pick(random, TOWNS);
      const [word, wordKana] = pick(random, AUSPICIOUS);
      return random.chance(0.5)
        ? { name: `${prefecture.name}立${town}高等学校`, kana: `${prefecture.kana}リツ${townKana}コウトウガッコウ`, aliases: [] }
        : { name: `学校法人 ${word}学園`, kana: `ガッコウホウジン ${wordKana}ガクエン`, aliases: [] };
    }
    case 'COMPANY': {
      const [family, familyKana] = pick(random, FAMILY_NAMES);
      const [industry, industryKana] = pick(random, INDUSTRIES);
      return { name: `株式会社 ${family}${industry}`, kana: `カブシキガイシャ ${familyKana}${industryKana}`, aliases: [] };
    }
    default: {
      const [town, townKana] = local(random);
      const [word, wordKana] = pick(random, SOFT_WORDS);
      const [suffix, suffixKana] = random.pick<Word>([['子ども食堂', 'コドモショクドウ'], ['の会', 'ノカイ'], ['サロン', 'サロン'], ['学習会', 'ガクシュウカイ']]);
      return { name: `${town}${word}${suffix}`, kana: `${townKana}${wordKana}${suffixKana}`, aliases: [] };
    }
  }
}

/** What organisation i's core is drawn from: the plan, or while the plan is made, its placement. */
type CoreSource = Pick<Plan, 'seed' | 'geography'> & { organisations: Placement };

/** What the other subgraphs need of organisation i (and the plan stores): its ID, place, form and name. */
export function organisationCore(plan: CoreSource, i: number): OrganisationCore {
  const random = randomFor(plan.seed, STREAM.organisation, i);
  const id = random.uuid();
  const place = plan.geography.places[plan.organisations.placeOf[i]!]!;
  const ordinal = plan.organisations.ordinalOf[i]!;
  const legalForm = ordinal === 0 ? 'COUNCIL_OF_SOCIAL_WELFARE' : ordinal === 1 ? 'MUNICIPAL_DEPARTMENT' : random.weighted(LEGAL_FORM_WEIGHTS);
  const named = nameOf(legalForm, place, plan, random);
  return { id, place, ordinal, legalForm, ...named, random };
}

interface Service {
  id: string;
  name: string;
  kana: string;
  description: string;
  categories: string[];
  targetGroups: string[];
  schoolAgeBands: string[];
  fee: string | null;
  areas: string[];
}

/** The first categories of a council's and a department's services: what they are there for. */
const FIRST_CATEGORIES: Record<string, readonly string[]> = {
  COUNCIL_OF_SOCIAL_WELFARE: ['CONSULTATION', 'EMERGENCY_LOAN', 'HOUSEHOLD_FINANCE', 'PLACE_TO_BE'],
  MUNICIPAL_DEPARTMENT: ['CONSULTATION', 'CASH_BENEFIT', 'HOUSING'],
};

export function servicesOf(plan: Plan, i: number): Service[] {
  const random = randomFor(plan.seed, STREAM.services, i);
  const orgs = plan.organisations;
  const place = plan.geography.places[orgs.placeOf[i]!]!;
  const prefecture = plan.geography.prefectures[place.prefectureIndex]!;
  const first = FIRST_CATEGORIES[orgs.legalForms[i]!] ?? [];
  const services: Service[] = [];
  for (let k = 0; k < orgs.serviceStart[i + 1]! - orgs.serviceStart[i]!; k++) {
    const id = random.uuid();
    const category = first[k] ?? random.weighted(SERVICE_CATEGORY_WEIGHTS);
    const [base, baseKana] = random.pick(SERVICE_NAMES[category]!);
    const [word, wordKana] = random.pick(SOFT_WORDS);
    const named = random.chance(0.3);
    const categories = random.chance(0.2) ? [...new Set([category, random.weighted(SERVICE_CATEGORY_WEIGHTS)])] : [category];
    const targets = TARGETS[category];
    const others = random.sample(prefecture.places, random.chance(0.25) ? random.int(1, 3) : 0).filter((p) => p !== place);
    services.push({
      id,
      name: named ? `${base}「${word}」` : base,
      kana: named ? `${baseKana} ${wordKana}` : baseKana,
      description: `${place.name}で実施。${random.pick(SERVICE_DESCRIPTIONS)}`,
      categories,
      targetGroups: targets && random.chance(0.5) ? random.sample(targets, random.int(1, 2)) : [],
      schoolAgeBands: category === 'LEARNING_SUPPORT' ? random.sample(['ELEMENTARY', 'JUNIOR_HIGH', 'HIGH_SCHOOL'], random.int(1, 3)) : [],
      fee: random.chance(0.7) ? '無料' : random.chance(0.5) ? '実費のみ' : null,
      areas: [place.code, ...others.map((p) => p.code)],
    });
  }
  return services;
}

interface Window {
  id: string;
  name: string;
  address: string;
  description: string;
  phone: string;
  hours: { days: string[]; opens: string; closes: string; note: string | null }[];
}

function phoneNumber(random: Random): string {
  return `000-${String(random.int(0, 9999)).padStart(4, '0')}-${String(random.int(0, 9999)).padStart(4, '0')}`;
}

export function windowsOf(plan: Plan, i: number): Window[] {
  const core = organisationCore(plan, i);
  const random = randomFor(plan.seed, STREAM.organisationParts, i);
  const count = core.ordinal <= 1 ? (random.chance(0.2) ? 2 : 1) : random.chance(0.5) ? 1 : 0;
  return Array.from({ length: count }, (_, k) => ({
    id: random.uuid(),
    name: k === 0 ? `${core.name} 相談窓口` : `${core.name} ${random.pick(TOWNS)[0]}支所`,
    address: addressIn(core.place, random.pick(TOWNS)[0], random),
    description: random.pick(['相談員が常駐し、予約なしでも相談できる。', '予約制。電話で申し込む。', '相談員２名を配置。']),
    phone: phoneNumber(random),
    hours: [
      { days: WEEKDAYS, opens: '08:30', closes: '17:15', note: '祝日・年末年始を除く' },
      ...(random.chance(0.3) ? [{ days: ['SATURDAY'], opens: '09:00', closes: '12:00', note: '第2・第4土曜のみ' }] : []),
    ],
  }));
}

function contactsOf(plan: Plan, i: number, random: Random) {
  const slug = `o${plan.organisations.ids[i]!.slice(0, 8)}`;
  return Array.from({ length: random.chance(0.8) ? 1 : 2 }, (_, k) => ({
    name: `${random.pick(FAMILY_NAMES)[0]} ${random.pick(GIVEN_NAMES)[0]}`,
    title: random.pick(CONTACT_TITLES),
    phone: phoneNumber(random),
    email: `staff${k + 1}@${slug}.example`,
  }));
}

const CONTRACTED_ROLES = ['EMPLOYMENT_PREPARATION', 'EMPLOYMENT_TRAINING', 'LEARNING_SUPPORT', 'TEMPORARY_LIVING_SUPPORT', 'HOUSEHOLD_FINANCE_CONSULTATION'];

/**
 * Each place runs its self-reliance consultation either itself (its department, 直営) or through its council of
 * social welfare (委託), decided once per place; a few other organisations hold a contract for another programme.
 */
function programmeRolesOf(plan: Plan, i: number, random: Random) {
  const orgs = plan.organisations;
  const place = plan.geography.places[orgs.placeOf[i]!]!;
  const direct = randomFor(plan.seed, STREAM.placeRoles, place.index).chance(0.35);
  const ordinal = orgs.ordinalOf[i]!;
  const codes = [place.code];
  if (ordinal === 0 || ordinal === 1) {
    if ((ordinal === 1) !== direct) return [];
    const delivery = direct ? 'DIRECT' : 'CONTRACTED';
    return [
      { role: 'SELF_RELIANCE_CONSULTATION', delivery, codes },
      ...(random.chance(0.4) ? [{ role: 'HOUSEHOLD_FINANCE_CONSULTATION', delivery, codes }] : []),
    ];
  }
  const form = orgs.legalForms[i]!;
  if (['VOLUNTARY_GROUP', 'COMPANY', 'SCHOOL'].includes(form) || !random.chance(0.08)) return [];
  return [{ role: random.pick(CONTRACTED_ROLES), delivery: 'CONTRACTED', codes }];
}

function organisationRow(plan: Plan, i: number): unknown[] {
  const core = organisationCore(plan, i);
  const { random, place } = core;
  const description = `${place.name}を拠点に、${random.pick(ORGANISATION_ACTIVITIES)}${random.chance(0.4) ? random.pick(ORGANISATION_ACTIVITIES) : ''}`;
  const slug = `o${core.id.slice(0, 8)}`;
  const services = servicesOf(plan, i);
  const words = [core.name, core.kana, ...core.aliases, description, ...services.flatMap((s) => [s.name, s.kana])];
  const createdAt = REFERENCE_TIME.getTime() - random.int(30, 1800) * DAY_MS - random.int(0, 86_399) * 1000;
  const updatedAt = createdAt + Math.floor(random.float() * (REFERENCE_TIME.getTime() - createdAt));
  return [
    core.id,
    place.regionCode,
    core.name,
    core.kana,
    core.aliases,
    core.legalForm,
    place.code,
    description,
    phoneNumber(random),
    `info@${slug}.example`,
    random.chance(0.5) ? `https://${slug}.example/` : null,
    normaliseForSearch(core.kana),
    words.map(normaliseForSearch).filter(Boolean).join(' '),
    iso(createdAt),
    iso(updatedAt),
  ];
}

const NETWORK_TIERS = [
  [1, '幹事会', '事務局とコアメンバーによる運営会議'],
  [2, '全体会', 'すべての構成団体が参加する会議'],
] as const;

function networkRow(plan: Plan, j: number): unknown[] {
  const network = plan.networks[j]!;
  const random = randomFor(plan.seed, STREAM.network, 2_000_000 + j);
  const place = plan.geography.places[network.placeIndex]!;
  const [cause, causeKana] = random.pick(CAUSES);
  const kana = `${causeKana}ネットワーク`;
  return [
    networkId(plan, j),
    place.regionCode,
    `${place.name}${cause}ネットワーク`,
    kana,
    `${place.name}とその周辺で${cause}に取り組む団体と行政の連携の場。`,
    plan.organisations.ids[network.members[0]!],
    random.pick(['毎月', '隔月', '年4回', '年2回']),
    random.pick(['事務局への申込により加入', '構成団体の推薦により加入', '幹事会の承認により加入']),
    normaliseForSearch(kana),
  ];
}

function* each<T>(count: number, rows: (i: number) => Iterable<T>): Iterable<T> {
  for (let i = 0; i < count; i++) yield* rows(i);
}

/** The tables in an order their foreign keys allow. */
export function organisationPasses(plan: Plan): TablePass[] {
  const n = plan.counts.organisations;
  const orgs = plan.organisations;
  return [
    {
      table: 'organisations.organization',
      columns: ['id', 'region', 'name', 'name_kana', 'aliases', 'legal_form', 'municipality_code', 'description', 'phone', 'email', 'website', 'sort_key', 'search_text', 'created_at', 'updated_at'],
      rows: () => each(n, (i) => [organisationRow(plan, i)]),
    },
    {
      table: 'organisations.programme_role',
      columns: ['organization_id', 'role', 'delivery', 'contracting_municipality_codes'],
      rows: () =>
        each(n, (i) =>
          programmeRolesOf(plan, i, randomFor(plan.seed, STREAM.organisationParts, 3_000_000 + i)).map((r) => [orgs.ids[i], r.role, r.delivery, r.codes]),
        ),
    },
    {
      table: 'organisations.contact',
      columns: ['organization_id', 'position', 'name', 'title', 'phone', 'email'],
      rows: () =>
        each(n, (i) =>
          contactsOf(plan, i, randomFor(plan.seed, STREAM.organisationParts, 2_000_000 + i)).map((c, k) => [orgs.ids[i], k, c.name, c.title, c.phone, c.email]),
        ),
    },
    {
      table: 'organisations.service',
      columns: ['id', 'organization_id', 'position', 'name', 'name_kana', 'description', 'categories', 'target_groups', 'school_age_bands', 'fee'],
      rows: () =>
        each(n, (i) =>
          servicesOf(plan, i).map((s, k) => [s.id, orgs.ids[i], k, s.name, s.kana, s.description, s.categories, s.targetGroups, s.schoolAgeBands, s.fee]),
        ),
    },
    {
      table: 'organisations.service_area',
      columns: ['service_id', 'position', 'municipality_code', 'detail'],
      rows: () => each(n, (i) => servicesOf(plan, i).flatMap((s) => s.areas.map((code, k) => [s.id, k, code, null]))),
    },
    {
      table: 'organisations.service_window',
      columns: ['id', 'organization_id', 'position', 'name', 'name_kana', 'municipality_code', 'address', 'description', 'phone'],
      rows: () =>
        each(n, (i) =>
          windowsOf(plan, i).map((w, k) => [w.id, orgs.ids[i], k, w.name, null, plan.geography.places[orgs.placeOf[i]!]!.code, w.address, w.description, w.phone]),
        ),
    },
    {
      table: 'organisations.opening_hours',
      columns: ['window_id', 'position', 'days', 'opens', 'closes', 'note'],
      rows: () => each(n, (i) => windowsOf(plan, i).flatMap((w) => w.hours.map((h, k) => [w.id, k, h.days, h.opens, h.closes, h.note]))),
    },
    {
      table: 'organisations.network',
      columns: ['id', 'region', 'name', 'name_kana', 'description', 'secretariat_id', 'meeting_frequency', 'admission_rule', 'sort_key'],
      rows: () => each(plan.networks.length, (j) => [networkRow(plan, j)]),
    },
    {
      table: 'organisations.network_tier',
      columns: ['network_id', 'level', 'name', 'description'],
      rows: () => each(plan.networks.length, (j) => NETWORK_TIERS.map(([level, name, description]) => [networkId(plan, j), level, name, description])),
    },
    {
      table: 'organisations.network_member',
      columns: ['network_id', 'organization_id', 'role', 'tier_level'],
      rows: () =>
        each(plan.networks.length, (j) =>
          plan.networks[j]!.members.map((o, k) => [networkId(plan, j), orgs.ids[o], k === 0 ? 'SECRETARIAT' : k <= 3 ? 'CORE_MEMBER' : 'MEMBER', k <= 3 ? 1 : 2]),
        ),
    },
  ];
}
