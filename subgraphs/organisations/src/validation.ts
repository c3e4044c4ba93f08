// Input checks for every write path (mutations and the demo seeder alike). Each check throws BAD_USER_INPUT
// naming the field at fault, in English and Japanese, before anything is written.
import { badUserInput } from '@renkei/errors';
import { inputChecks, municipalityCode as checkMunicipalityCodeInput } from '@renkei/input-checks';
import type {
  DeliveryMode,
  LegalForm,
  ProgrammeRole,
  SchoolAgeBand,
  ServiceCategory,
  TargetGroup,
  Weekday,
} from './vocabulary.js';

export const LIMITS = {
  name: 200,
  kana: 200,
  alias: 100,
  aliases: 20,
  description: 4000,
  address: 300,
  detail: 200,
  fee: 500,
  note: 200,
  email: 254,
  url: 2000,
  services: 50,
  windows: 50,
  areas: 200,
  hours: 14,
} as const;

export interface OpeningHoursDraft {
  days: Weekday[];
  opens: string;
  closes: string;
  note: string | null;
}

export interface ServiceWindowDraft {
  name: string;
  nameKana: string | null;
  municipalityCode: string;
  address: string | null;
  description: string | null;
  phone: string | null;
  openingHours: OpeningHoursDraft[];
}

export interface ServiceAreaDraft {
  municipalityCode: string;
  detail: string | null;
}

export interface ServiceDraft {
  name: string;
  nameKana: string | null;
  description: string | null;
  categories: ServiceCategory[];
  targetGroups: TargetGroup[];
  schoolAgeBands: SchoolAgeBand[];
  areas: ServiceAreaDraft[];
  fee: string | null;
}

export interface ProgrammeRoleDraft {
  role: ProgrammeRole;
  delivery: DeliveryMode;
  contractingMunicipalityCodes: string[];
}

export interface PublicContactDraft {
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface OrganizationDraft {
  name: string;
  nameKana: string;
  aliases: string[];
  legalForm: LegalForm;
  municipalityCode: string;
  description: string | null;
  programmeRoles: ProgrammeRoleDraft[];
  publicContact: PublicContactDraft;
  services: ServiceDraft[];
  windows: ServiceWindowDraft[];
}

/** The fields of an organisation an update may change; absent fields stay as they are. */
export type OrganizationPatch = Partial<Omit<OrganizationDraft, 'services' | 'windows'>>;
export type ServicePatch = Partial<ServiceDraft>;

// What a caller sends, after GraphQL has checked types and enum values.
type Input = Record<string, unknown>;

const LABELS: Record<string, [string, string]> = {
  name: ['name', '名称'],
  nameKana: ['reading', '読み'],
  aliases: ['aliases', '通称'],
  description: ['description', '説明'],
  address: ['address', '所在地'],
  detail: ['area detail', '地区'],
  fee: ['fee', '費用'],
  note: ['note', '注記'],
  phone: ['phone number', '電話番号'],
  email: ['e-mail address', 'メールアドレス'],
  website: ['website', 'ウェブサイト'],
  categories: ['categories', 'サービス分類'],
  days: ['days', '曜日'],
};

const { requiredText, optionalText, kana, phone, email, website, time, label } = inputChecks(LABELS, LIMITS.kana);
export { phone, email, website };
export const municipalityCode = checkMunicipalityCodeInput;

function list<T>(value: unknown, field: string, max: number): T[] {
  const items = (value ?? []) as T[];
  if (items.length > max) {
    const [en, ja] = label(field);
    throw badUserInput(`At most ${max} ${en} may be given`, `${ja}は${max}件までです。`, field);
  }
  return items;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function openingHours(input: Input, field: string): OpeningHoursDraft {
  const days = distinct(list<Weekday>(input.days, `${field}.days`, 7));
  if (days.length === 0) throw badUserInput('Give at least one day', '曜日を1つ以上指定してください。', `${field}.days`);
  const opens = time(input.opens, `${field}.opens`);
  const closes = time(input.closes, `${field}.closes`);
  if (closes <= opens) {
    throw badUserInput('A window must close after it opens', '終了時刻は開始時刻より後にしてください。', `${field}.closes`);
  }
  return { days, opens, closes, note: optionalText(input.note, `${field}.note`, LIMITS.note) };
}

export function serviceWindow(input: Input, field: string): ServiceWindowDraft {
  return {
    name: requiredText(input.name, `${field}.name`, LIMITS.name),
    nameKana: kana(input.nameKana, `${field}.nameKana`, false),
    municipalityCode: municipalityCode(input.municipalityCode, `${field}.municipalityCode`),
    address: optionalText(input.address, `${field}.address`, LIMITS.address),
    description: optionalText(input.description, `${field}.description`, LIMITS.description),
    phone: phone(input.phone, `${field}.phone`),
    openingHours: list<Input>(input.openingHours, `${field}.openingHours`, LIMITS.hours).map((h, i) =>
      openingHours(h, `${field}.openingHours.${i}`),
    ),
  };
}

function serviceAreas(value: unknown, field: string): ServiceAreaDraft[] {
  return list<Input>(value, field, LIMITS.areas).map((area, i) => ({
    municipalityCode: municipalityCode(area.municipalityCode, `${field}.${i}.municipalityCode`),
    detail: optionalText(area.detail, `${field}.${i}.detail`, LIMITS.detail),
  }));
}

function categories(value: unknown, field: string): ServiceCategory[] {
  const result = distinct(list<ServiceCategory>(value, field, 20));
  if (result.length === 0) {
    throw badUserInput('Give at least one service category', 'サービス分類を1つ以上指定してください。', field);
  }
  return result;
}

export function service(input: Input, field: string): ServiceDraft {
  return {
    name: requiredText(input.name, `${field}.name`, LIMITS.name),
    nameKana: kana(input.nameKana, `${field}.nameKana`, false),
    description: optionalText(input.description, `${field}.description`, LIMITS.description),
    categories: categories(input.categories, `${field}.categories`),
    targetGroups: distinct(list<TargetGroup>(input.targetGroups, `${field}.targetGroups`, 20)),
    schoolAgeBands: distinct(list<SchoolAgeBand>(input.schoolAgeBands, `${field}.schoolAgeBands`, 10)),
    areas: serviceAreas(input.areas, `${field}.areas`),
    fee: optionalText(input.fee, `${field}.fee`, LIMITS.fee),
  };
}

/** Checks only the fields present; null clears an optional field, and is refused for a required one. */
export function servicePatch(input: Input, field: string): ServicePatch {
  const patch: ServicePatch = {};
  if ('name' in input) patch.name = requiredText(input.name, `${field}.name`, LIMITS.name);
  if ('nameKana' in input) patch.nameKana = kana(input.nameKana, `${field}.nameKana`, false);
  if ('description' in input) patch.description = optionalText(input.description, `${field}.description`, LIMITS.description);
  if ('categories' in input) patch.categories = categories(input.categories, `${field}.categories`);
  if ('targetGroups' in input) patch.targetGroups = distinct(list(input.targetGroups, `${field}.targetGroups`, 20));
  if ('schoolAgeBands' in input) patch.schoolAgeBands = distinct(list(input.schoolAgeBands, `${field}.schoolAgeBands`, 10));
  if ('areas' in input) patch.areas = serviceAreas(input.areas, `${field}.areas`);
  if ('fee' in input) patch.fee = optionalText(input.fee, `${field}.fee`, LIMITS.fee);
  return patch;
}

function programmeRoles(value: unknown, field: string): ProgrammeRoleDraft[] {
  const roles = list<Input>(value, field, 10).map((r, i) => {
    const codes = list<unknown>(r.contractingMunicipalityCodes, `${field}.${i}.contractingMunicipalityCodes`, LIMITS.areas);
    if (codes.length === 0) {
      throw badUserInput(
        'Name the municipality that runs or contracts this programme',
        '事業を実施・委託する市区町村を指定してください。',
        `${field}.${i}.contractingMunicipalityCodes`,
      );
    }
    return {
      role: r.role as ProgrammeRole,
      delivery: r.delivery as DeliveryMode,
      contractingMunicipalityCodes: distinct(
        codes.map((c, j) => municipalityCode(c, `${field}.${i}.contractingMunicipalityCodes.${j}`)),
      ),
    };
  });
  const seen = new Set<string>();
  roles.forEach((r, i) => {
    if (seen.has(r.role)) {
      throw badUserInput(`The programme role ${r.role} is listed twice`, `事業 ${r.role} が重複しています。`, `${field}.${i}.role`);
    }
    seen.add(r.role);
  });
  return roles;
}

function publicContact(value: unknown, field: string): PublicContactDraft {
  const contact = (value ?? {}) as Input;
  return {
    phone: phone(contact.phone, `${field}.phone`),
    email: email(contact.email, `${field}.email`),
    website: website(contact.website, `${field}.website`),
  };
}

function aliases(value: unknown, field: string): string[] {
  return distinct(
    list<unknown>(value, field, LIMITS.aliases).map((a, i) => requiredText(a, `${field}.${i}`, LIMITS.alias)),
  );
}

export function organization(input: Input, field = 'input'): OrganizationDraft {
  return {
    name: requiredText(input.name, `${field}.name`, LIMITS.name),
    nameKana: kana(input.nameKana, `${field}.nameKana`, true) as string,
    aliases: aliases(input.aliases, `${field}.aliases`),
    legalForm: input.legalForm as LegalForm,
    municipalityCode: municipalityCode(input.municipalityCode, `${field}.municipalityCode`),
    description: optionalText(input.description, `${field}.description`, LIMITS.description),
    programmeRoles: programmeRoles(input.programmeRoles, `${field}.programmeRoles`),
    publicContact: publicContact(input.publicContact, `${field}.publicContact`),
    services: list<Input>(input.services, `${field}.services`, LIMITS.services).map((s, i) =>
      service(s, `${field}.services.${i}`),
    ),
    windows: list<Input>(input.windows, `${field}.windows`, LIMITS.windows).map((w, i) =>
      serviceWindow(w, `${field}.windows.${i}`),
    ),
  };
}

export function organizationPatch(input: Input, field = 'input'): OrganizationPatch {
  const patch: OrganizationPatch = {};
  if ('name' in input) patch.name = requiredText(input.name, `${field}.name`, LIMITS.name);
  if ('nameKana' in input) patch.nameKana = kana(input.nameKana, `${field}.nameKana`, true) as string;
  if ('aliases' in input) patch.aliases = aliases(input.aliases, `${field}.aliases`);
  if ('legalForm' in input) {
    if (input.legalForm === null) throw badUserInput('legalForm cannot be cleared', '法人格は削除できません。', `${field}.legalForm`);
    patch.legalForm = input.legalForm as LegalForm;
  }
  if ('municipalityCode' in input) patch.municipalityCode = municipalityCode(input.municipalityCode, `${field}.municipalityCode`);
  if ('description' in input) patch.description = optionalText(input.description, `${field}.description`, LIMITS.description);
  if ('programmeRoles' in input) patch.programmeRoles = programmeRoles(input.programmeRoles, `${field}.programmeRoles`);
  if ('publicContact' in input) patch.publicContact = publicContact(input.publicContact, `${field}.publicContact`);
  return patch;
}
