// One table maps roles to scopes. Schema directives name scopes, never roles, so that a deployment can give a
// role more or less without touching a schema.
import type { Identity, Role } from '@renkei/identity';

export const SCOPES = {
  'directory:read-staff': 'Directory details meant for staff of member organisations / 会員団体職員向けの情報',
  'organizations:write': 'Register and edit any organisation of the own region / 自地域の団体の登録・編集',
  'organizations:write-own': 'Edit the own organisation / 自団体の編集',
  'events:read-staff': 'Events for staff of support organisations / 支援機関職員向けの催し',
  'events:write': 'Register and edit any event of the own region, import event lists / 自地域の催しの登録・編集・一括取込',
  'events:write-own': "Register and edit the own organisation's events / 自団体の催しの登録・編集",
  'shelters:read-confidential':
    'Locations of confidential shelters (DV shelters) of the sharing scope, to refer a person / 秘匿シェルター（DVシェルター）の所在地（共有範囲内、紹介のため）',
  'shelters:write': "Register and edit the own region's shelters, import evacuation sites / 自地域の施設の登録・編集・避難場所の一括取込",
  'shelters:write-own': "Edit the own organisation's shelters and their vacancy / 自団体が運営する施設と空き状況の更新",
  'food:read-stock': 'Stock quantities of food sites / 食の支援の拠点の在庫数量',
  'food:write': "Register food sites of the own region / 自地域の食の支援の拠点の登録",
  'food:write-own': "Run the own organisation's food sites: stock, needs, donations, referral pickups / 自団体の拠点の在庫・不足・寄付の受入れ・紹介の受取",
  'food:refer': 'Refer a household to a food site / 世帯を食の支援の拠点に紹介',
  'food:read-statistics': 'Referral counts of the own municipality or prefecture, small counts suppressed / 自市町村・自県の紹介件数（少数は秘匿）',
  'consultations:read': 'Anonymised case consultations within the sharing scope / 共有範囲内の匿名化された事例相談の閲覧',
  'consultations:write': 'Post anonymised case consultations and answer them / 匿名化された事例相談の投稿・回答',
  'consultations:read-statistics':
    'Consultation counts of the own municipality or prefecture, small counts suppressed / 自市町村・自県の相談件数（少数は秘匿）',
  'audit:read-region': "Read the own region's audit trail / 自地域の監査記録の閲覧",
  'audit:read': 'Read every audit trail / すべての監査記録の閲覧',
  developer: 'Schema introspection and the IDE outside development / 開発者向け機能',
} as const;
export type Scope = keyof typeof SCOPES;

export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  public: [],
  org_staff: [
    'directory:read-staff',
    'organizations:write-own',
    'events:read-staff',
    'events:write-own',
    'shelters:write-own',
    'food:read-stock',
    'food:write-own',
  ],
  municipal_staff: [
    'directory:read-staff',
    'organizations:write',
    'events:read-staff',
    'events:write',
    'shelters:write',
    'food:read-stock',
    'food:write',
    'food:read-statistics',
    'consultations:read-statistics',
  ],
  // Consultation workers convene case meetings for their own organisation, and refer people to shelters: they
  // alone (with a confidential shelter's own operator) learn where a DV shelter is. They alone refer households
  // to food sites, and they alone read and write case consultations (staff read statistics, not narratives).
  consultation_worker: [
    'directory:read-staff',
    'events:read-staff',
    'events:write-own',
    'shelters:read-confidential',
    'shelters:write-own',
    'food:read-stock',
    'food:write-own',
    'food:refer',
    'consultations:read',
    'consultations:write',
  ],
  prefecture_staff: [
    'directory:read-staff',
    'organizations:write',
    'events:read-staff',
    'events:write',
    'shelters:write',
    'food:read-stock',
    'food:write',
    'food:read-statistics',
    'consultations:read-statistics',
    'audit:read-region',
  ],
  // Administrators run the hub; they neither learn where DV shelters are nor touch the operators' vacancy.
  hub_admin: [
    'directory:read-staff',
    'organizations:write',
    'events:read-staff',
    'events:write',
    'audit:read-region',
    'audit:read',
    'developer',
  ],
};

export function scopesOf(identity: Identity): Set<Scope> {
  return new Set(identity.roles.flatMap((role) => ROLE_SCOPES[role] ?? []));
}

/** What statistics a caller with the given scope covers: their own municipality (municipal staff) or their prefecture (prefecture staff). */
export function statisticsScope(identity: Identity, scope: Scope): { municipalityCodes: string[]; prefectures: string[] } {
  const code = identity.municipalityCode;
  if (!identity.authenticated || !code || !scopesOf(identity).has(scope)) return { municipalityCodes: [], prefectures: [] };
  return {
    municipalityCodes: identity.roles.includes('municipal_staff') ? [code] : [],
    prefectures: identity.roles.includes('prefecture_staff') ? [code.slice(0, 2)] : [],
  };
}
