// The controlled vocabularies of the organisations subgraph. Each term has a stable English code (the GraphQL
// enum value and what the database stores) and its Japanese and English labels. The schema's enums are checked
// against these lists by a test, so the two cannot drift apart.

export interface Term {
  ja: string;
  en: string;
}

function vocabulary<const T extends Record<string, Term>>(terms: T): T {
  return terms;
}

export const LEGAL_FORMS = vocabulary({
  NPO: { ja: 'NPO法人（特定非営利活動法人）', en: 'Non-profit organisation (NPO corporation)' },
  CERTIFIED_NPO: { ja: '認定NPO法人', en: 'Certified NPO corporation' },
  SOCIAL_WELFARE_CORPORATION: { ja: '社会福祉法人', en: 'Social welfare corporation' },
  COUNCIL_OF_SOCIAL_WELFARE: { ja: '社会福祉協議会（社協）', en: 'Council of social welfare' },
  GENERAL_INCORPORATED_ASSOCIATION: { ja: '一般社団法人', en: 'General incorporated association' },
  PUBLIC_INTEREST_INCORPORATED_ASSOCIATION: { ja: '公益社団法人', en: 'Public interest incorporated association' },
  GENERAL_INCORPORATED_FOUNDATION: { ja: '一般財団法人', en: 'General incorporated foundation' },
  CONSUMER_COOPERATIVE: { ja: '生活協同組合（生協）', en: 'Consumer cooperative' },
  MUNICIPAL_DEPARTMENT: { ja: '自治体の課・機関', en: 'Municipal or prefectural department' },
  SCHOOL: { ja: '学校', en: 'School' },
  COMPANY: { ja: '株式会社等', en: 'Company' },
  VOLUNTARY_GROUP: { ja: '任意団体', en: 'Voluntary group without legal personality' },
});
export type LegalForm = keyof typeof LEGAL_FORMS;

/** Only a voluntary group (任意団体) lacks legal personality (001:851). */
export function hasLegalPersonality(form: LegalForm): boolean {
  return form !== 'VOLUNTARY_GROUP';
}

export const PROGRAMME_ROLES = vocabulary({
  SELF_RELIANCE_CONSULTATION: { ja: '自立相談支援事業', en: 'Self-reliance consultation support' },
  EMPLOYMENT_PREPARATION: { ja: '就労準備支援事業', en: 'Employment preparation support' },
  EMPLOYMENT_TRAINING: { ja: '就労訓練事業', en: 'Supported employment training' },
  HOUSEHOLD_FINANCE_CONSULTATION: { ja: '家計改善支援事業（家計相談支援）', en: 'Household finance consultation' },
  TEMPORARY_LIVING_SUPPORT: { ja: '一時生活支援事業', en: 'Temporary living support (emergency housing)' },
  LEARNING_SUPPORT: { ja: '子どもの学習・生活支援事業', en: "Children's learning and living support" },
});
export type ProgrammeRole = keyof typeof PROGRAMME_ROLES;

export const DELIVERY_MODES = vocabulary({
  DIRECT: { ja: '直営', en: 'Run directly by the municipality' },
  CONTRACTED: { ja: '委託', en: 'Contracted out by the municipality' },
});
export type DeliveryMode = keyof typeof DELIVERY_MODES;

export const SERVICE_CATEGORIES = vocabulary({
  CONSULTATION: { ja: '総合相談', en: 'General consultation' },
  LEARNING_SUPPORT: { ja: '学習支援', en: 'Learning support' },
  FOOD_PROVISION: { ja: '食材提供', en: 'Food provision' },
  EMPLOYMENT_SUPPORT: { ja: '就労支援', en: 'Employment support' },
  HOUSEHOLD_FINANCE: { ja: '家計相談', en: 'Household finance consultation' },
  HOUSING: { ja: '住まい', en: 'Housing' },
  DEBT_RESOLUTION: { ja: '債務整理', en: 'Debt resolution' },
  PLACE_TO_BE: { ja: '居場所', en: 'A place to be (ibasho)' },
  CHILDREN_CAFETERIA: { ja: '子ども食堂', en: "Children's cafeteria" },
  HOME_VISIT: { ja: '訪問', en: 'Home visits (outreach)' },
  CASH_BENEFIT: { ja: '金銭給付', en: 'Cash benefit' },
  EMERGENCY_LOAN: { ja: '金銭貸付（緊急小口資金）', en: 'Emergency small loan' },
  SCHOLARSHIP_INFORMATION: { ja: '奨学金情報', en: 'Scholarship information' },
  LABOUR_LAW_EDUCATION: { ja: '労働法教育', en: 'Labour law education' },
  ACCOMPANIMENT: { ja: '同行支援', en: 'Accompanying people to appointments' },
});
export type ServiceCategory = keyof typeof SERVICE_CATEGORIES;

export const TARGET_GROUPS = vocabulary({
  CHILDREN: { ja: '子ども', en: 'Children' },
  YOUTH: { ja: '若者', en: 'Young people' },
  SINGLE_PARENTS: { ja: 'ひとり親', en: 'Single parents' },
  OLDER_PEOPLE: { ja: '高齢者', en: 'Older people' },
  DISABILITY: { ja: '障害', en: 'People with disabilities' },
  FOREIGN_NATIONALS: { ja: '外国籍', en: 'Foreign nationals' },
  HIKIKOMORI: { ja: 'ひきこもり', en: 'People in social withdrawal (hikikomori)' },
  SCHOOL_REFUSAL: { ja: '不登校', en: 'Children not attending school' },
  YOUNG_CARERS: { ja: 'ヤングケアラー', en: 'Young carers' },
  DV_SURVIVORS: { ja: 'DV被害', en: 'Survivors of domestic violence' },
  FORMER_OFFENDERS: { ja: '刑余者', en: 'People leaving prison' },
});
export type TargetGroup = keyof typeof TARGET_GROUPS;

export const SCHOOL_AGE_BANDS = vocabulary({
  PRESCHOOL: { ja: '未就学児', en: 'Pre-school' },
  ELEMENTARY: { ja: '小学生', en: 'Elementary school' },
  JUNIOR_HIGH: { ja: '中学生', en: 'Junior high school' },
  HIGH_SCHOOL: { ja: '高校生', en: 'High school' },
});
export type SchoolAgeBand = keyof typeof SCHOOL_AGE_BANDS;

export const WEEKDAYS = vocabulary({
  MONDAY: { ja: '月', en: 'Monday' },
  TUESDAY: { ja: '火', en: 'Tuesday' },
  WEDNESDAY: { ja: '水', en: 'Wednesday' },
  THURSDAY: { ja: '木', en: 'Thursday' },
  FRIDAY: { ja: '金', en: 'Friday' },
  SATURDAY: { ja: '土', en: 'Saturday' },
  SUNDAY: { ja: '日', en: 'Sunday' },
});
export type Weekday = keyof typeof WEEKDAYS;

export const NETWORK_MEMBER_ROLES = vocabulary({
  SECRETARIAT: { ja: '事務局', en: 'Secretariat' },
  CORE_MEMBER: { ja: '幹事・コアメンバー', en: 'Core member' },
  MEMBER: { ja: '会員・構成団体', en: 'Member' },
  ADVISOR: { ja: 'オブザーバー・助言者', en: 'Observer or advisor' },
});
export type NetworkMemberRole = keyof typeof NETWORK_MEMBER_ROLES;
