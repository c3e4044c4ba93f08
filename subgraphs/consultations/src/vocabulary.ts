// The consultations' controlled vocabularies (the brief's, from the seeds' case studies): stored as their English
// codes, labelled in Japanese and English.

export const AGE_BANDS = {
  UNDER_10: ['10歳未満', 'Under 10', 0, 9],
  TEENS: ['10代', 'Teens', 10, 19],
  TWENTIES: ['20代', 'Twenties', 20, 29],
  THIRTIES: ['30代', 'Thirties', 30, 39],
  FORTIES: ['40代', 'Forties', 40, 49],
  FIFTIES: ['50代', 'Fifties', 50, 59],
  SIXTIES: ['60代', 'Sixties', 60, 69],
  SEVENTIES: ['70代', 'Seventies', 70, 79],
  EIGHTIES: ['80代', 'Eighties', 80, 89],
  NINETY_PLUS: ['90歳以上', '90 and over', 90, null],
} as const satisfies Record<string, readonly [string, string, number, number | null]>;
export type AgeBandCode = keyof typeof AGE_BANDS;

export const SEXES = {
  FEMALE: ['女性', 'Female'],
  MALE: ['男性', 'Male'],
  OTHER: ['その他', 'Other'],
} as const satisfies Record<string, readonly [string, string]>;
export type SexCode = keyof typeof SEXES;

export const HOUSEHOLDS = {
  SINGLE: ['単身', 'Living alone'],
  COUPLE: ['夫婦のみ', 'Couple'],
  COUPLE_WITH_CHILDREN: ['夫婦と子', 'Couple with children'],
  SINGLE_PARENT: ['ひとり親と子', 'Single parent with children'],
  WITH_PARENTS: ['親と同居（成人した子）', 'Adult living with parents'],
  THREE_GENERATIONS: ['三世代', 'Three generations'],
  OTHER: ['その他', 'Other'],
} as const satisfies Record<string, readonly [string, string]>;
export type HouseholdCode = keyof typeof HOUSEHOLDS;

/** The issue categories of the seeds' case studies and of the monthly reports. */
export const ISSUE_CATEGORIES = {
  ECONOMIC_HARDSHIP: ['経済的困窮', 'Economic hardship'],
  DEBT: ['債務・多重債務', 'Debt, multiple debts'],
  ARREARS: ['滞納（家賃・税・光熱費）', 'Arrears (rent, tax, utilities)'],
  HOUSING: ['住まい（路上・車上を含む）', 'Housing (including rough sleeping and living in a car)'],
  EMPLOYMENT: ['就労', 'Work'],
  HOUSEHOLD_FINANCES: ['家計管理', 'Household finances'],
  ILLNESS: ['病気', 'Illness'],
  DISABILITY: ['障害（知的・精神・発達）', 'Disability (intellectual, mental, developmental)'],
  HIKIKOMORI: ['ひきこもり', 'Social withdrawal (hikikomori)'],
  SCHOOL_ABSENCE: ['不登校', 'School non-attendance'],
  DOMESTIC_VIOLENCE: ['DV', 'Domestic violence'],
  CARE: ['介護', 'Care of a family member'],
  AFTER_PRISON: ['刑余', 'After prison'],
  CHILD_REARING: ['子育て', 'Raising children'],
} as const satisfies Record<string, readonly [string, string]>;
export type IssueCategory = keyof typeof ISSUE_CATEGORIES;
export const ISSUE_CATEGORY_CODES = Object.keys(ISSUE_CATEGORIES) as IssueCategory[];

/** Supports used, by the seeds' categories A–E (002:L2107). */
export const SUPPORT_CATEGORIES = {
  STATUTORY: ['A 法に基づく支援', 'A: support under the Act'],
  OTHER_SCHEME: ['B 他制度', 'B: other schemes'],
  INFORMAL: ['C インフォーマル', 'C: informal support'],
  OWN_SUPPORT: ['D 機関自らの支援', "D: the agency's own support"],
  OTHER: ['E その他', 'E: other'],
} as const satisfies Record<string, readonly [string, string]>;
export type SupportCategory = keyof typeof SUPPORT_CATEGORIES;

export const PROCESS_STAGES = {
  OUTREACH: ['把握', 'Outreach'],
  CONSULTATION: ['相談', 'Consultation'],
  ASSESSMENT: ['アセスメント', 'Assessment'],
  PLANNING: ['プラン作成', 'Planning'],
  SUPPORT_MEETING: ['支援調整会議', 'Support co-ordination meeting'],
  SUPPORT: ['支援', 'Support'],
  MONITORING: ['モニタリング', 'Monitoring'],
  EVALUATION: ['評価', 'Evaluation'],
  CLOSURE: ['終結', 'Closure'],
} as const satisfies Record<string, readonly [string, string]>;
export type ProcessStage = keyof typeof PROCESS_STAGES;

/** Under what a post is shared (the brief: record the legal basis on anything shared). */
export const LEGAL_BASES = {
  CONSENT: ['本人の同意（相談受付・申込票）', "The person's consent on the intake form"],
  SUPPORT_MEETING: ['支援会議（守秘義務のもとでの共有）', 'A support meeting (支援会議), under its duty of confidentiality'],
  ANONYMISED: ['匿名加工（個人を特定できない形でのみ共有）', 'Anonymised: shared only in a form that identifies no one'],
} as const satisfies Record<string, readonly [string, string]>;
export type LegalBasis = keyof typeof LEGAL_BASES;

/** Who reads a post: the worker's municipality, the whole region (consortium or prefecture), or the regions sharing with it. */
export const SHARING_SCOPES = {
  MUNICIPALITY: ['同じ市町村の相談支援員', 'Consultation workers of the same municipality'],
  REGION: ['同じ地域（圏域・県）の相談支援員', 'Consultation workers of the same region (consortium or prefecture)'],
  NETWORK: ['共有協定のある地域の相談支援員まで', 'Also consultation workers of regions under a sharing agreement'],
} as const satisfies Record<string, readonly [string, string]>;
export type SharingScope = keyof typeof SHARING_SCOPES;

/**
 * The widest scope each legal basis allows: a 支援会議 shares among its members (in 菊池圏域 case meetings stay per
 * municipality, 002:L8104), consent on the intake form covers the partner agencies of the region, and a post that
 * relies on anonymisation alone may go to the network.
 */
export const SCOPES_ALLOWED: Record<LegalBasis, readonly SharingScope[]> = {
  SUPPORT_MEETING: ['MUNICIPALITY'],
  CONSENT: ['MUNICIPALITY', 'REGION'],
  ANONYMISED: ['MUNICIPALITY', 'REGION', 'NETWORK'],
};

export const POST_STATUSES = {
  HELD_BACK: ['保留（同じ区分の投稿が揃うまで非公開）', 'Held back until enough posts share its description'],
  OPEN: ['回答募集中', 'Open for answers'],
  ANSWERED: ['回答あり', 'Answered'],
  CLOSED: ['終了', 'Closed'],
} as const satisfies Record<string, readonly [string, string]>;
export type PostStatus = keyof typeof POST_STATUSES;
