// The food banks' controlled vocabularies: stored as their English codes, labelled in Japanese and English.

export const FOOD_SITE_KINDS = {
  FOOD_BANK: ['フードバンク', 'Food bank'],
  PANTRY: ['フードパントリー', 'Food pantry'],
  FOOD_DRIVE_POINT: ['フードドライブ回収拠点', 'Food-drive collection point'],
  CHILDRENS_CAFETERIA: ['子ども食堂', "Children's cafeteria"],
  COMMUNITY_CAFETERIA: ['地域食堂', 'Community cafeteria'],
} as const satisfies Record<string, readonly [string, string]>;
export type FoodSiteKind = keyof typeof FOOD_SITE_KINDS;

export const SITE_ACCESS = {
  OPEN: ['どなたでも利用できる', 'Open to all'],
  REFERRAL: ['相談窓口からの紹介で利用', 'By referral from a consultation window'],
  PROGRAMME: ['登録・申込をした世帯が利用', 'For households enrolled in its programme'],
} as const satisfies Record<string, readonly [string, string]>;
export type SiteAccess = keyof typeof SITE_ACCESS;

export const UNITS = {
  KG: ['kg', 'kg'],
  ITEMS: ['個・点', 'items'],
} as const satisfies Record<string, readonly [string, string]>;
export type Unit = keyof typeof UNITS;

/** Categories of food and goods; each is counted in one unit, so that offers, stock and needs always add up. */
export const FOOD_CATEGORIES = {
  RICE: ['米', 'Rice'],
  GRAINS_NOODLES: ['麺類・乾物', 'Noodles and dry goods'],
  CANNED: ['缶詰', 'Canned food'],
  RETORT: ['レトルト食品', 'Retort pouches'],
  INSTANT: ['インスタント食品', 'Instant food'],
  SEASONING: ['調味料', 'Seasonings'],
  BABY_GOODS: ['乳幼児用品（ミルク・離乳食・おむつ）', 'Baby goods (formula, baby food, nappies)'],
  FRESH: ['生鮮食品（野菜・果物）', 'Fresh food (vegetables, fruit)'],
  DRINKS: ['飲料', 'Drinks'],
  SNACKS: ['菓子', 'Snacks'],
  HYGIENE: ['衛生用品（生理用品・日用品）', 'Hygiene and household goods'],
  OTHER: ['その他', 'Other'],
} as const satisfies Record<string, readonly [string, string]>;
export type FoodCategory = keyof typeof FOOD_CATEGORIES;

export const CATEGORY_UNIT: Record<FoodCategory, Unit> = {
  RICE: 'KG',
  GRAINS_NOODLES: 'KG',
  CANNED: 'ITEMS',
  RETORT: 'ITEMS',
  INSTANT: 'ITEMS',
  SEASONING: 'ITEMS',
  BABY_GOODS: 'ITEMS',
  FRESH: 'KG',
  DRINKS: 'ITEMS',
  SNACKS: 'ITEMS',
  HYGIENE: 'ITEMS',
  OTHER: 'ITEMS',
};

export const WEEKDAYS = {
  MONDAY: ['月曜', 'Monday'],
  TUESDAY: ['火曜', 'Tuesday'],
  WEDNESDAY: ['水曜', 'Wednesday'],
  THURSDAY: ['木曜', 'Thursday'],
  FRIDAY: ['金曜', 'Friday'],
  SATURDAY: ['土曜', 'Saturday'],
  SUNDAY: ['日曜', 'Sunday'],
} as const satisfies Record<string, readonly [string, string]>;
export type Weekday = keyof typeof WEEKDAYS;

export const DONOR_KINDS = {
  COMPANY: ['企業・商店', 'Company or shop'],
  ORGANISATION: ['団体（生協・農協・学校など）', 'Organisation (co-op, farmers, school …)'],
  INDIVIDUAL: ['個人', 'Individual'],
  FOOD_DRIVE: ['フードドライブで集まったもの', 'Collected in a food drive'],
} as const satisfies Record<string, readonly [string, string]>;
export type DonorKind = keyof typeof DONOR_KINDS;

export const OFFER_STATUSES = {
  OPEN: ['受入先を募集中', 'Open'],
  ACCEPTED: ['受入先が決定', 'Accepted by a site'],
} as const satisfies Record<string, readonly [string, string]>;
export type OfferStatus = keyof typeof OFFER_STATUSES;

export const REFERRAL_STATUSES = {
  ISSUED: ['発行済み（未受取）', 'Issued, not yet collected'],
  REDEEMED: ['受取済み', 'Collected'],
  EXPIRED: ['受取期間切れ', 'Pickup window passed'],
} as const satisfies Record<string, readonly [string, string]>;
export type ReferralStatus = keyof typeof REFERRAL_STATUSES;

export { terms } from '@renkei/input-checks';
