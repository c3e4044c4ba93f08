// The shelters' controlled vocabularies: stored as their English codes, labelled in Japanese and English.

export const SHELTER_KINDS = {
  TEMPORARY_LIVING_SUPPORT: ['一時生活支援事業', 'Temporary living support'],
  PRIVATE_SHELTER: ['民間シェルター', 'Privately run shelter'],
  DV_SHELTER: ['DVシェルター', 'DV shelter'],
  INDEPENDENCE_HOME: ['自立援助ホーム', 'Self-reliance support home'],
  WOMENS_SHELTER: ['女性シェルター・女性自立支援施設', "Women's shelter"],
  WELFARE_EVACUATION_SHELTER: ['福祉避難所', 'Welfare evacuation shelter'],
  DESIGNATED_EVACUATION_SHELTER: ['指定避難所', 'Designated evacuation shelter'],
  EMERGENCY_EVACUATION_SITE: ['指定緊急避難場所', 'Designated emergency evacuation site'],
} as const satisfies Record<string, readonly [string, string]>;
export type ShelterKind = keyof typeof SHELTER_KINDS;

/** Kinds whose location is always secret, whatever the record says. */
export const ALWAYS_CONFIDENTIAL: readonly ShelterKind[] = ['DV_SHELTER'];

export const BED_CATEGORIES = {
  MEN: ['男性', 'Men'],
  WOMEN: ['女性', 'Women'],
  FAMILY: ['家族（子ども連れ）', 'Families with children'],
  ACCESSIBLE: ['バリアフリー', 'Accessible'],
} as const satisfies Record<string, readonly [string, string]>;
export type BedCategory = keyof typeof BED_CATEGORIES;

export const INTAKE_ROUTES = {
  WALK_IN: ['直接来所できる', 'Walk-in'],
  CONSULTATION_WINDOW: ['相談窓口を通じてのみ', 'Only through a consultation window'],
} as const satisfies Record<string, readonly [string, string]>;
export type IntakeRoute = keyof typeof INTAKE_ROUTES;

export const ELIGIBLE_GROUPS = {
  SINGLE_MEN: ['単身男性', 'Single men'],
  SINGLE_WOMEN: ['単身女性', 'Single women'],
  MOTHERS_WITH_CHILDREN: ['母子', 'Mothers with children'],
  FAMILIES: ['家族', 'Families'],
  YOUNG_PEOPLE: ['若者', 'Young people'],
  OLDER_PEOPLE: ['高齢者', 'Older people'],
  DISABLED: ['障害のある人', 'Disabled people'],
  DV_SURVIVORS: ['DV被害者', 'Survivors of domestic violence'],
  FOREIGN_NATIONALS: ['外国籍の人', 'Foreign nationals'],
  ANYONE: ['どなたでも', 'Anyone'],
} as const satisfies Record<string, readonly [string, string]>;
export type EligibleGroup = keyof typeof ELIGIBLE_GROUPS;

export const ACCESSIBILITY = {
  WHEELCHAIR: ['車いす対応', 'Wheelchair access'],
  ACCESSIBLE_TOILET: ['多目的トイレ', 'Accessible toilet'],
  ELEVATOR: ['エレベーター', 'Lift'],
  NURSING_CARE: ['介護対応', 'Nursing care'],
  INTERPRETATION: ['通訳対応', 'Interpretation'],
} as const satisfies Record<string, readonly [string, string]>;
export type AccessibilityFeature = keyof typeof ACCESSIBILITY;

export const HAZARDS = {
  FLOOD: ['洪水', 'Flood'],
  LANDSLIDE: ['崖崩れ、土石流及び地滑り', 'Landslide and debris flow'],
  STORM_SURGE: ['高潮', 'Storm surge'],
  EARTHQUAKE: ['地震', 'Earthquake'],
  TSUNAMI: ['津波', 'Tsunami'],
  LARGE_FIRE: ['大規模な火事', 'Large fire'],
  INLAND_FLOOD: ['内水氾濫', 'Inland flooding'],
  VOLCANO: ['火山現象', 'Volcanic phenomena'],
} as const satisfies Record<string, readonly [string, string]>;
export type Hazard = keyof typeof HAZARDS;

export { terms } from '@renkei/input-checks';
