// The events' controlled vocabularies: stored as their English codes, labelled in Japanese and English.

export const EVENT_TYPES = {
  INFORMATION_EXCHANGE: ['情報交換会', 'Information exchange'],
  SYMPOSIUM: ['シンポジウム', 'Symposium'],
  TRAINING: ['研修', 'Training'],
  STUDY_SESSION: ['学習会', 'Study session'],
  NETWORK_MEETING: ['ネットワーク会議', 'Network meeting'],
  LIAISON_MEETING: ['連絡会議', 'Liaison meeting'],
  CASE_REVIEW: ['事例検討会', 'Case review'],
  CASE_MEETING: ['ケース会議', 'Case meeting'],
  MOBILE_CONSULTATION: ['出張相談会', 'Mobile consultation day'],
  CHILDRENS_CAFETERIA: ['子ども食堂', "Children's cafeteria"],
  FESTIVAL: ['まつり', 'Festival'],
  OTHER: ['その他', 'Other'],
} as const satisfies Record<string, readonly [string, string]>;
export type EventType = keyof typeof EVENT_TYPES;

export const AUDIENCES = {
  PUBLIC: ['一般公開', 'Everyone'],
  NETWORK_MEMBERS: ['ネットワークの会員', 'Members of its network'],
  STAFF_ONLY: ['支援機関の職員', 'Staff of support organisations'],
  INVITED: ['招待された参加者のみ', 'Invited participants only'],
} as const satisfies Record<string, readonly [string, string]>;
export type Audience = keyof typeof AUDIENCES;

export const STATUSES = {
  SCHEDULED: ['開催予定', 'Scheduled'],
  CANCELLED: ['中止', 'Cancelled'],
  POSTPONED: ['延期', 'Postponed'],
} as const satisfies Record<string, readonly [string, string]>;
export type EventStatus = keyof typeof STATUSES;

export const ATTENDEE_KINDS = {
  GOVERNMENT: ['行政', 'Government'],
  SOCIAL_WELFARE_COUNCIL: ['社会福祉協議会', 'Council of social welfare'],
  NPO: ['NPO・市民団体', "NPO or citizens' group"],
  WELFARE_PROVIDER: ['社会福祉法人・福祉事業所', 'Welfare provider'],
  MEDICAL: ['医療機関', 'Medical'],
  EDUCATION: ['学校・教育機関', 'Education'],
  BUSINESS: ['企業・生協', 'Business or cooperative'],
  WELFARE_VOLUNTEER: ['民生委員・児童委員', 'Commissioned welfare volunteer'],
  PUBLIC: ['一般市民', 'Member of the public'],
  OTHER: ['その他', 'Other'],
} as const satisfies Record<string, readonly [string, string]>;
export type AttendeeKind = keyof typeof ATTENDEE_KINDS;

/** The event types the open dataset's titles name, in the order they are looked for. */
const TYPE_WORDS: [RegExp, EventType][] = [
  [/シンポジウム/u, 'SYMPOSIUM'],
  [/研修/u, 'TRAINING'],
  [/学習会|勉強会|講座|セミナー/u, 'STUDY_SESSION'],
  [/情報交換会|交流会/u, 'INFORMATION_EXCHANGE'],
  [/連絡会議|連絡会/u, 'LIAISON_MEETING'],
  [/ネットワーク会議/u, 'NETWORK_MEETING'],
  [/相談会/u, 'MOBILE_CONSULTATION'],
  [/子ども食堂|こども食堂|子供食堂/u, 'CHILDRENS_CAFETERIA'],
  [/まつり|祭り|祭|フェス/u, 'FESTIVAL'],
];

/**
 * The type an open-data title suggests. A published dataset lists public events, so a title that reads like a
 * case review or case meeting is never given those restricted types here: it stays OTHER.
 */
export function typeFromTitle(title: string): EventType {
  return TYPE_WORDS.find(([words]) => words.test(title))?.[1] ?? 'OTHER';
}

export { terms } from '@renkei/input-checks';
