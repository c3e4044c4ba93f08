// What the anonymiser finds and why it changes it, in the terms of 個人情報保護法施行規則 第62条 (行政機関等匿名加工
// 情報の作成の方法に関する基準): measure 1 removes descriptions that identify a person, 2 individual identification
// codes, 3 codes that link back to the source record, 4 unusual descriptions, 5 what the rest of the data allows.

export type FindingKind =
  | 'INDIVIDUAL_NUMBER'
  | 'PENSION_NUMBER'
  | 'PASSPORT_NUMBER'
  | 'DRIVING_LICENCE_NUMBER'
  | 'INSURANCE_NUMBER'
  | 'PHONE_NUMBER'
  | 'POSTAL_CODE'
  | 'EMAIL_ADDRESS'
  | 'URL'
  | 'CASE_NUMBER'
  | 'OTHER_NUMBER'
  | 'PERSONAL_NAME'
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'EXACT_DATE'
  | 'SCHOOL'
  | 'WORKPLACE'
  | 'MEDICAL_INSTITUTION'
  | 'EXACT_AGE'
  | 'VERY_OLD_AGE'
  | 'GENERALISED_PLACE';

/** A piece of the input the anonymiser replaces. Offsets are UTF-16 positions in the input, end exclusive. */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  replacement: string;
}

export interface FindingRule {
  /** The measure of 施行規則 第62条 (1 to 5) the change carries out. */
  measure: 1 | 2 | 3 | 4 | 5;
  reason: string;
  reasonJa: string;
}

export const FINDING_RULES: Record<FindingKind, FindingRule> = {
  INDIVIDUAL_NUMBER: { measure: 2, reason: 'Individual number (My Number, check digit matches) removed', reasonJa: '個人番号（マイナンバー、検査用数字が一致）を削除' },
  PENSION_NUMBER: { measure: 2, reason: 'Basic pension number removed', reasonJa: '基礎年金番号を削除' },
  PASSPORT_NUMBER: { measure: 2, reason: 'Passport number removed', reasonJa: '旅券番号を削除' },
  DRIVING_LICENCE_NUMBER: { measure: 2, reason: "Driving licence number removed", reasonJa: '運転免許証の番号を削除' },
  INSURANCE_NUMBER: { measure: 2, reason: 'Health or care insurance symbol and number removed', reasonJa: '保険証の記号・番号を削除' },
  PHONE_NUMBER: { measure: 1, reason: 'Phone number removed', reasonJa: '電話番号を削除' },
  POSTAL_CODE: { measure: 1, reason: 'Postal code removed', reasonJa: '郵便番号を削除' },
  EMAIL_ADDRESS: { measure: 1, reason: 'E-mail address removed', reasonJa: 'メールアドレスを削除' },
  URL: { measure: 1, reason: 'Web address removed', reasonJa: 'URLを削除' },
  CASE_NUMBER: { measure: 3, reason: "The source record's number removed: nothing may link back to it", reasonJa: '元の記録に結び付く番号（ケース番号等）を削除' },
  OTHER_NUMBER: { measure: 2, reason: 'Long number removed: it may be an account, card or record number', reasonJa: '桁の多い番号（口座・カード・記録の番号の可能性）を削除' },
  PERSONAL_NAME: { measure: 1, reason: 'Personal name replaced by a letter (the same person keeps the same letter within this text only)', reasonJa: '人名を記号に置換（同じ人はこの文章の中でだけ同じ記号）' },
  ADDRESS: { measure: 1, reason: 'Address below the municipality removed', reasonJa: '市区町村より詳しい住所を削除' },
  BIRTH_DATE: { measure: 1, reason: 'Date of birth removed', reasonJa: '生年月日を削除' },
  EXACT_DATE: { measure: 1, reason: 'Exact date generalised to its month', reasonJa: '正確な日付を月までに一般化' },
  SCHOOL: { measure: 1, reason: 'Name of a school or nursery removed', reasonJa: '学校・保育所等の名称を削除' },
  WORKPLACE: { measure: 1, reason: 'Name of a workplace removed', reasonJa: '勤務先の名称を削除' },
  MEDICAL_INSTITUTION: { measure: 1, reason: 'Name of a hospital or clinic removed', reasonJa: '医療機関の名称を削除' },
  EXACT_AGE: { measure: 5, reason: 'Exact age generalised to its decade', reasonJa: '年齢を年代に一般化' },
  GENERALISED_PLACE: { measure: 5, reason: 'Municipality named in the text widened to the area the post is shared as', reasonJa: '本文中の市区町村名を、投稿の地域の区分まで一般化' },
  VERY_OLD_AGE: { measure: 4, reason: 'Very old age top-coded', reasonJa: '高齢の年齢を上限でまとめて表記（トップコーディング）' },
};

/** Ages from this one on are written as 「90歳以上」. */
export const TOP_CODED_AGE = 90;
