// Input checks for every write path (mutations, the import and the demo seeder alike). Each check throws
// BAD_USER_INPUT naming the field at fault, in English and Japanese, before anything is written. Messages
// never repeat a confidential shelter's name or address.
import { badUserInput } from '@renkei/errors';
import { coordinates, flag, inputChecks, listOf, municipalityCode, oneOf, placedInMunicipality, wholeNumber } from '@renkei/input-checks';
import { parseGlobalId } from '@renkei/regions';
import {
  ACCESSIBILITY,
  ALWAYS_CONFIDENTIAL,
  BED_CATEGORIES,
  ELIGIBLE_GROUPS,
  HAZARDS,
  INTAKE_ROUTES,
  SHELTER_KINDS,
  type AccessibilityFeature,
  type BedCategory,
  type EligibleGroup,
  type Hazard,
  type IntakeRoute,
  type ShelterKind,
} from './vocabulary.js';

export const LIMITS = { name: 200, text: 2000, short: 200, beds: 10_000, stayDays: 3650, persons: 1_000_000 } as const;

const checks = inputChecks({
  name: ['name', '名称'],
  nameKana: ['reading', '読み'],
  operatorName: ["operator's name", '運営者名'],
  address: ['address', '住所'],
  phone: ['phone number', '電話番号'],
  intakeContact: ['intake contact', '入所の相談先'],
  eligibility: ['conditions', '利用条件'],
  servedAreas: ['neighbourhood associations', '対象となる町会・自治会'],
  description: ['description', '説明'],
  townId: ['town ID', '町字ID'],
});

/** A validated shelter, ready to write (the region comes from its municipality). */
export interface ShelterDraft {
  kind: ShelterKind;
  name: string;
  nameKana: string | null;
  operatorId: string | null;
  operatorName: string | null;
  municipalityCode: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  confidential: boolean;
  intakeRoute: IntakeRoute;
  intakeContact: string | null;
  maxStayDays: number | null;
  eligibleGroups: EligibleGroup[];
  eligibility: string | null;
  petsAllowed: boolean | null;
  accessibility: AccessibilityFeature[];
  hazards: Hazard[];
  capacityPersons: number | null;
  alsoDesignatedShelter: boolean | null;
  servedAreas: string | null;
  townId: string | null;
  description: string | null;
  beds: BedFigure[];
}

export interface BedFigure {
  category: BedCategory;
  capacity: number;
  vacant: number;
}

/** A vacancy change asked for: the new free beds, a new capacity if any, and the version it replaces if known. */
export interface BedUpdate {
  category: BedCategory;
  vacant: number;
  capacity: number | null;
  expectedVersion: number | null;
}

function operatorId(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !parseGlobalId(value, 'Organization')) {
    throw badUserInput('The operator must be an organisation ID (<region>:Organization:<uuid>)', '運営団体は団体のID（地域:Organization:UUID）で指定してください。', field);
  }
  return value;
}

export function bedFigures(value: unknown, field: string): BedFigure[] {
  const updates = bedUpdates(value, field);
  return updates.map((u, i) => {
    if (u.capacity === null) throw badUserInput('Give the capacity of each bed category', 'ベッド区分ごとに定員を指定してください。', `${field}.${i}.capacity`);
    if (u.vacant > u.capacity) throw vacancyOverCapacity(`${field}.${i}.vacant`, u.capacity);
    return { category: u.category, capacity: u.capacity, vacant: u.vacant };
  });
}

export function vacancyOverCapacity(field: string, capacity: number) {
  return badUserInput(`Free beds cannot exceed the capacity (${capacity})`, `空きは定員（${capacity}）を超えられません。`, field);
}

export function bedUpdates(value: unknown, field: string): BedUpdate[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badUserInput('Beds must be a list', 'ベッドは一覧で指定してください。', field);
  if (value.length === 0) throw badUserInput('Give at least one bed category', 'ベッド区分を1つ以上指定してください。', field);
  const seen = new Set<string>();
  return value.map((raw: Record<string, unknown>, i) => {
    const category = oneOf<BedCategory>(BED_CATEGORIES, raw?.category, `${field}.${i}.category`, ['bed category', 'ベッド区分']);
    if (seen.has(category)) throw badUserInput(`Bed category ${category} is given twice`, `ベッド区分 ${category} が重複しています。`, `${field}.${i}.category`);
    seen.add(category);
    const capacity = wholeNumber(raw.capacity, `${field}.${i}.capacity`, 1, LIMITS.beds, ['The capacity', '定員']);
    const vacant = wholeNumber(raw.vacant, `${field}.${i}.vacant`, 0, LIMITS.beds, ['Free beds', '空き']);
    if (vacant === null) throw badUserInput('Give the number of free beds', '空きの数を指定してください。', `${field}.${i}.vacant`);
    if (capacity !== null && vacant > capacity) throw vacancyOverCapacity(`${field}.${i}.vacant`, capacity);
    const expectedVersion = wholeNumber(raw.expectedVersion, `${field}.${i}.expectedVersion`, 1, Number.MAX_SAFE_INTEGER, ['The expected version', '版']);
    return { category, capacity, vacant, expectedVersion };
  });
}

/** A relative change of free beds: a whole number other than 0, within the largest capacity. */
export function vacancyChange(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value === 0 || Math.abs(value) > LIMITS.beds) {
    throw badUserInput('The change must be a whole number other than 0 (-1 for an arrival, +1 for a departure)', '増減は0以外の整数で指定してください（入所は -1、退所は +1）。', field);
  }
  return value;
}

/** Checks a whole shelter as given to createShelter (or built by the import and the seeder). */
export function shelterDraft(input: Record<string, unknown>, prefix = 'input.'): ShelterDraft {
  const kind = oneOf<ShelterKind>(SHELTER_KINDS, input.kind, `${prefix}kind`, ['kind of shelter', '施設の種別']);
  const confidential = ALWAYS_CONFIDENTIAL.includes(kind) || input.confidential === true;
  const phone = checks.phone(input.phone, `${prefix}phone`);
  // A secret location has no public phone: a call could be traced to it. Intakes go through intakeContact.
  if (confidential && phone !== null) {
    throw badUserInput('A confidential shelter has no public phone; give the intake contact instead', '所在を秘匿する施設には公開の電話番号を登録できません。入所の相談先を指定してください。', `${prefix}phone`);
  }
  const intakeRoute = oneOf<IntakeRoute>(INTAKE_ROUTES, input.intakeRoute, `${prefix}intakeRoute`, ['intake route', '入所の経路']);
  if (confidential && intakeRoute !== 'CONSULTATION_WINDOW') {
    throw badUserInput('A confidential shelter takes people only through a consultation window', '所在を秘匿する施設の入所は相談窓口を通じてのみです。', `${prefix}intakeRoute`);
  }
  const beds = bedFigures(input.beds, `${prefix}beds`);
  const code = municipalityCode(input.municipalityCode, `${prefix}municipalityCode`);
  if (kind === 'EMERGENCY_EVACUATION_SITE' && beds.length > 0) {
    throw badUserInput('An emergency evacuation site has no beds (give its capacity in persons)', '指定緊急避難場所にはベッドを登録できません（想定収容人数を指定してください）。', `${prefix}beds`);
  }
  return {
    kind,
    name: checks.requiredText(input.name, `${prefix}name`, LIMITS.name),
    nameKana: checks.kana(input.nameKana, `${prefix}nameKana`, false),
    operatorId: operatorId(input.operatorId, `${prefix}operatorId`),
    operatorName: checks.optionalText(input.operatorName, `${prefix}operatorName`, LIMITS.short),
    municipalityCode: code,
    address: checks.optionalText(input.address, `${prefix}address`, LIMITS.short),
    ...placedInMunicipality(coordinates(input.latitude, input.longitude, prefix), code, prefix),
    phone,
    confidential,
    intakeRoute,
    intakeContact: checks.optionalText(input.intakeContact, `${prefix}intakeContact`, LIMITS.short),
    maxStayDays: wholeNumber(input.maxStayDays, `${prefix}maxStayDays`, 1, LIMITS.stayDays, ['The longest stay', '利用期間']),
    eligibleGroups: listOf<EligibleGroup>(ELIGIBLE_GROUPS, input.eligibleGroups, `${prefix}eligibleGroups`, ['group', '利用者']),
    eligibility: checks.optionalText(input.eligibility, `${prefix}eligibility`, LIMITS.text),
    petsAllowed: flag(input.petsAllowed),
    accessibility: listOf<AccessibilityFeature>(ACCESSIBILITY, input.accessibility, `${prefix}accessibility`, ['accessibility feature', 'バリアフリー']),
    hazards: listOf<Hazard>(HAZARDS, input.hazards, `${prefix}hazards`, ['hazard', '災害種別']),
    capacityPersons: wholeNumber(input.capacityPersons, `${prefix}capacityPersons`, 1, LIMITS.persons, ['The capacity in persons', '想定収容人数']),
    alsoDesignatedShelter: flag(input.alsoDesignatedShelter),
    servedAreas: checks.optionalText(input.servedAreas, `${prefix}servedAreas`, LIMITS.text),
    townId: checks.optionalText(input.townId, `${prefix}townId`, 20),
    description: checks.optionalText(input.description, `${prefix}description`, LIMITS.text),
    beds,
  };
}
