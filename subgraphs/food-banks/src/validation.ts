// Input checks for every write path (mutations and the demo seeder alike). Each check throws BAD_USER_INPUT
// naming the field at fault, in English and Japanese, before anything is written.
import { badUserInput } from '@renkei/errors';
import { coordinates, inputChecks, listOf, municipalityCode, oneOf, placedInMunicipality, wholeNumber } from '@renkei/input-checks';
import { parseGlobalId } from '@renkei/regions';
import { addDays, isCalendarDate } from '@renkei/scalars';
import type { DonationLineValue, OpeningTimeValue } from './db/schema.js';
import {
  CATEGORY_UNIT,
  DONOR_KINDS,
  FOOD_CATEGORIES,
  FOOD_SITE_KINDS,
  SITE_ACCESS,
  WEEKDAYS,
  type DonorKind,
  type FoodCategory,
  type FoodSiteKind,
  type SiteAccess,
  type Weekday,
} from './vocabulary.js';

export const LIMITS = {
  name: 200,
  text: 2000,
  short: 200,
  quantity: 1_000_000,
  lines: 20,
  openingTimes: 21,
  shelfLifeDays: 365,
  household: 20,
  windowDays: 60,
} as const;

const checks = inputChecks({
  name: ['name', '名称'],
  nameKana: ['reading', '読み'],
  address: ['address', '住所'],
  phone: ['phone number', '電話番号'],
  accessNote: ['note on access', '利用方法の説明'],
  openingNote: ['note on opening', '開所についての注記'],
  description: ['description', '説明'],
  note: ['note', '注記'],
  donorName: ["donor's name", '寄付者名'],
  donorContact: ["donor's contact", '連絡先'],
  pickupNote: ['note on the pickup', '受取場所についての注記'],
});

export interface FoodSiteDraft {
  kind: FoodSiteKind;
  name: string;
  nameKana: string | null;
  organizationId: string;
  municipalityCode: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  access: SiteAccess;
  accessNote: string | null;
  openingTimes: OpeningTimeValue[];
  openingNote: string | null;
  description: string | null;
}

export interface StockLotDraft {
  category: FoodCategory;
  description: string | null;
  quantity: number;
  bestBefore: string | null;
}

export interface NeedDraft {
  category: FoodCategory;
  /** 0 withdraws the need. */
  quantity: number;
  neededBy: string | null;
  minShelfLifeDays: number;
  note: string | null;
}

export interface OfferDraft {
  donorKind: DonorKind;
  donorName: string;
  donorContact: string | null;
  pickupMunicipalityCode: string;
  pickupNote: string | null;
  lines: DonationLineValue[];
}

export interface ReferralDraft {
  householdSize: number;
  categories: FoodCategory[];
  pickupFrom: Date;
  pickupUntil: Date;
}

const category = (value: unknown, field: string) => oneOf<FoodCategory>(FOOD_CATEGORIES, value, field, ['category', '品目']);

/**
 * A quantity in the category's unit: kilograms to one decimal, items whole. Zero only where it withdraws.
 * Floats are rounded to the stored precision here, so what is checked is what is written.
 */
export function quantityOf(cat: FoodCategory, value: unknown, field: string, { allowZero = false } = {}): number {
  const unit = CATEGORY_UNIT[cat];
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10) / 10 : Number.NaN;
  const min = allowZero ? 0 : 0.1;
  if (!(n >= min && n <= LIMITS.quantity)) {
    throw badUserInput(
      `The quantity must be ${allowZero ? '0 or more' : 'more than 0'} and at most ${LIMITS.quantity}`,
      `数量は${allowZero ? '0以上' : '0より大きく'}${LIMITS.quantity}以下で指定してください。`,
      field,
    );
  }
  if (unit === 'ITEMS' && !Number.isInteger(n)) {
    throw badUserInput('This category is counted in whole items', 'この品目は個数（整数）で指定してください。', field);
  }
  return n;
}

function calendarDate(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badUserInput('Give a date as YYYY-MM-DD', '日付は YYYY-MM-DD の形で指定してください。', field);
  }
  return value;
}

/** A best-before for food coming in: never already past (food past it is not taken in). */
function bestBefore(value: unknown, field: string, today: string): string | null {
  const day = calendarDate(value, field);
  if (day !== null && day < today) {
    throw badUserInput(
      `The best-before date ${day} has passed: food past its best-before is not taken in`,
      `賞味期限（${day}）を過ぎています。賞味期限を過ぎた食品は受け付けません。`,
      field,
    );
  }
  return day;
}

function organizationId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !parseGlobalId(value, 'Organization')) {
    throw badUserInput('Give the organisation that runs the site as its ID (<region>:Organization:<uuid>)', '運営団体を団体のID（地域:Organization:UUID）で指定してください。', field);
  }
  return value;
}

function time(value: unknown, field: string): string {
  return checks.time(value, field);
}

export function openingTimes(value: unknown, field: string): OpeningTimeValue[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badUserInput('Opening times must be a list', '開いている時間帯は一覧で指定してください。', field);
  if (value.length > LIMITS.openingTimes) {
    throw badUserInput(`At most ${LIMITS.openingTimes} opening times`, `開いている時間帯は${LIMITS.openingTimes}件までです。`, field);
  }
  return value.map((raw: Record<string, unknown>, i) => {
    const at = `${field}.${i}`;
    const weekday = oneOf<Weekday>(WEEKDAYS, raw?.weekday, `${at}.weekday`, ['day of the week', '曜日']);
    const opens = time(raw.opens, `${at}.opens`);
    const closes = time(raw.closes, `${at}.closes`);
    if (closes <= opens) throw badUserInput('A site closes after it opens', '終了時刻は開始時刻より後にしてください。', `${at}.closes`);
    const weeks = raw.weeksOfMonth ?? [];
    if (!Array.isArray(weeks)) throw badUserInput('Weeks of the month must be a list', '第何週かは一覧で指定してください。', `${at}.weeksOfMonth`);
    const weeksOfMonth = [...new Set(weeks.map((w, j) => wholeNumber(w, `${at}.weeksOfMonth.${j}`, 1, 5, ['A week of the month', '週'])!))].sort();
    return { weekday, opens, closes, weeksOfMonth };
  });
}

/** Checks a whole site as given to createFoodSite (or built by the seeder). */
export function foodSiteDraft(input: Record<string, unknown>, prefix = 'input.'): FoodSiteDraft {
  const code = municipalityCode(input.municipalityCode, `${prefix}municipalityCode`);
  return {
    kind: oneOf<FoodSiteKind>(FOOD_SITE_KINDS, input.kind, `${prefix}kind`, ['kind of site', '拠点の種別']),
    name: checks.requiredText(input.name, `${prefix}name`, LIMITS.name),
    nameKana: checks.kana(input.nameKana, `${prefix}nameKana`, false),
    organizationId: organizationId(input.organizationId, `${prefix}organizationId`),
    municipalityCode: code,
    address: checks.optionalText(input.address, `${prefix}address`, LIMITS.short),
    ...placedInMunicipality(coordinates(input.latitude, input.longitude, prefix), code, prefix),
    phone: checks.phone(input.phone, `${prefix}phone`),
    access: oneOf<SiteAccess>(SITE_ACCESS, input.access, `${prefix}access`, ['kind of access', '利用方法']),
    accessNote: checks.optionalText(input.accessNote, `${prefix}accessNote`, LIMITS.text),
    openingTimes: openingTimes(input.openingTimes, `${prefix}openingTimes`),
    openingNote: checks.optionalText(input.openingNote, `${prefix}openingNote`, LIMITS.short),
    description: checks.optionalText(input.description, `${prefix}description`, LIMITS.text),
  };
}

export function stockLots(value: unknown, field: string, today: string): StockLotDraft[] {
  if (!Array.isArray(value) || value.length === 0) throw badUserInput('Give at least one lot', 'ロットを1件以上指定してください。', field);
  if (value.length > LIMITS.lines) throw badUserInput(`At most ${LIMITS.lines} lots at once`, `一度に記録できるロットは${LIMITS.lines}件までです。`, field);
  return value.map((raw: Record<string, unknown>, i) => {
    const cat = category(raw?.category, `${field}.${i}.category`);
    return {
      category: cat,
      description: checks.optionalText(raw.description, `${field}.${i}.description`, LIMITS.short),
      quantity: quantityOf(cat, raw.quantity, `${field}.${i}.quantity`),
      bestBefore: bestBefore(raw.bestBefore, `${field}.${i}.bestBefore`, today),
    };
  });
}

/** A relative change of a lot: not 0, within the largest quantity; whole for items. */
export function stockChange(cat: FoodCategory, value: unknown, field: string): number {
  const magnitude = quantityOf(cat, typeof value === 'number' ? Math.abs(value) : value, field);
  return (value as number) < 0 ? -magnitude : magnitude;
}

export function needDraft(value: Record<string, unknown>, field: string, today: string): NeedDraft {
  const cat = category(value?.category, `${field}.category`);
  const neededBy = calendarDate(value.neededBy, `${field}.neededBy`);
  // A withdrawal (quantity 0) needs no deadline check.
  if (neededBy !== null && neededBy < today && value.quantity !== 0) {
    throw badUserInput('The date a need is needed by has passed', '必要な期限が過ぎています。', `${field}.neededBy`);
  }
  return {
    category: cat,
    quantity: quantityOf(cat, value.quantity, `${field}.quantity`, { allowZero: true }),
    neededBy,
    minShelfLifeDays: wholeNumber(value.minShelfLifeDays, `${field}.minShelfLifeDays`, 0, LIMITS.shelfLifeDays, ['The shortest shelf life', '残り日数']) ?? 0,
    note: checks.optionalText(value.note, `${field}.note`, LIMITS.short),
  };
}

export function offerDraft(input: Record<string, unknown>, today: string, prefix = 'input.'): OfferDraft {
  const lines = input.lines;
  if (!Array.isArray(lines) || lines.length === 0) throw badUserInput('Offer at least one thing', '寄付する品目を1つ以上指定してください。', `${prefix}lines`);
  if (lines.length > LIMITS.lines) throw badUserInput(`At most ${LIMITS.lines} lines`, `品目は${LIMITS.lines}行までです。`, `${prefix}lines`);
  return {
    donorKind: oneOf<DonorKind>(DONOR_KINDS, input.donorKind, `${prefix}donorKind`, ['kind of donor', '寄付者の種別']),
    donorName: checks.requiredText(input.donorName, `${prefix}donorName`, LIMITS.short),
    donorContact: checks.optionalText(input.donorContact, `${prefix}donorContact`, LIMITS.short),
    pickupMunicipalityCode: municipalityCode(input.pickupMunicipalityCode, `${prefix}pickupMunicipalityCode`),
    pickupNote: checks.optionalText(input.pickupNote, `${prefix}pickupNote`, LIMITS.short),
    lines: lines.map((raw: Record<string, unknown>, i) => {
      const at = `${prefix}lines.${i}`;
      const cat = category(raw?.category, `${at}.category`);
      return {
        category: cat,
        description: checks.optionalText(raw.description, `${at}.description`, LIMITS.short),
        quantity: quantityOf(cat, raw.quantity, `${at}.quantity`),
        bestBefore: bestBefore(raw.bestBefore, `${at}.bestBefore`, today),
      };
    }),
  };
}

export function referralDraft(input: Record<string, unknown>, now: Date, prefix = 'input.'): ReferralDraft {
  const householdSize = wholeNumber(input.householdSize, `${prefix}householdSize`, 1, LIMITS.household, ['The household size', '世帯人数'])!;
  const pickupFrom = input.pickupFrom instanceof Date ? input.pickupFrom : now;
  if (pickupFrom.getTime() - now.getTime() > LIMITS.windowDays * 86_400_000) {
    throw badUserInput(`A pickup window starts within ${LIMITS.windowDays} days`, `受取期間の開始は${LIMITS.windowDays}日以内にしてください。`, `${prefix}pickupFrom`);
  }
  const pickupUntil = input.pickupUntil;
  if (!(pickupUntil instanceof Date)) throw badUserInput('Give the end of the pickup window', '受取期間の終了を指定してください。', `${prefix}pickupUntil`);
  if (pickupUntil <= pickupFrom || pickupUntil <= now) {
    throw badUserInput('The pickup window must end in the future, after it starts', '受取期間の終了は開始より後の、これからの日時にしてください。', `${prefix}pickupUntil`);
  }
  if (pickupUntil.getTime() - pickupFrom.getTime() > LIMITS.windowDays * 86_400_000) {
    throw badUserInput(`A pickup window is at most ${LIMITS.windowDays} days`, `受取期間は${LIMITS.windowDays}日以内です。`, `${prefix}pickupUntil`);
  }
  return { householdSize, categories: listOf<FoodCategory>(FOOD_CATEGORIES, input.categories, `${prefix}categories`, ['category', '品目']), pickupFrom, pickupUntil };
}

/** A referral code as a person types it: any case, full-width, with or without the hyphen. */
export function normaliseReferralCode(value: string): string {
  const compact = value.normalize('NFKC').toUpperCase().replace(/[\s\-‐－ー−]/gu, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

export { addDays };
