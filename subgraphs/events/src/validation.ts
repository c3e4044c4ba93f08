// Input checks for every write path (mutations, imports and the demo seeder alike). Each check throws
// BAD_USER_INPUT naming the field at fault, in English and Japanese, before anything is written.
import { badUserInput } from '@renkei/errors';
import { inputChecks, municipalityCode } from '@renkei/input-checks';
import { prefectureOfOwnCode } from '@renkei/municipalities';
import { parseGlobalId } from '@renkei/regions';
import { tokyoDate, tokyoMidnight, addDays, isCalendarDate } from '@renkei/scalars';
import type { AttendeeKind, Audience, EventStatus, EventType } from './vocabulary.js';

export const LIMITS = { title: 200, description: 4000, text: 1000, short: 200, coOrganizers: 20, invitees: 50, links: 20, spanDays: 366 } as const;

const checks = inputChecks({
  title: ['title', '名称'],
  titleKana: ['reading', '読み'],
  titleEn: ['English title', '英語名称'],
  description: ['description', '説明'],
  organizerName: ["organiser's name", '主催者名'],
  name: ['name', '名称'],
  address: ['address', '住所'],
  addressDetail: ['building and room', '方書'],
  access: ['access', 'アクセス方法'],
  parking: ['parking', '駐車場情報'],
  timeNote: ['note on the time', '日時の特記事項'],
  registrationMethod: ['how to register', '申込方法'],
  feeNote: ['fee details', '参加費の詳細'],
  phone: ['phone number', '電話番号'],
  extension: ['extension', '内線番号'],
  url: ['web page', '詳細ページ'],
  onlineUrl: ['online link', 'オンライン参加のURL'],
  note: ['notes', '備考'],
  statusNote: ['reason', '理由'],
});

/** A validated event, ready to write (the region comes from its municipality). */
export interface EventDraft {
  type: EventType;
  title: string;
  titleKana: string | null;
  titleEn: string | null;
  description: string | null;
  seriesId: string | null;
  round: number | null;
  roundHostId: string | null;
  roundHostMunicipalityCode: string | null;
  organizerId: string | null;
  organizerName: string | null;
  coOrganizerIds: string[];
  networkId: string | null;
  venueName: string | null;
  address: string | null;
  addressDetail: string | null;
  latitude: number | null;
  longitude: number | null;
  access: string | null;
  parking: string | null;
  onlineUrl: string | null;
  municipalityCode: string;
  allDay: boolean;
  startsAt: Date;
  endsAt: Date;
  startDate: string;
  endDate: string;
  timeNote: string | null;
  audience: Audience;
  invitees: { organizationId: string | null; municipalityCode: string | null }[];
  capacity: number | null;
  registrationDeadline: Date | null;
  registrationMethod: string | null;
  childcare: boolean;
  feeYen: number | null;
  feeNote: string | null;
  status: EventStatus;
  statusNote: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactExtension: string | null;
  url: string | null;
  note: string | null;
  links: { kind: string; url: string; title: string | null }[];
}

type Input = Record<string, unknown>;

/** A municipality's code, or a prefecture's own code for an event of the prefecture as a whole. */
function localGovernmentCode(value: unknown, field: string): string {
  const code = String(value ?? '').normalize('NFKC').trim();
  return prefectureOfOwnCode(code) ? code : municipalityCode(code, field);
}

function globalId(value: unknown, type: string, field: string): string | null {
  if (value === undefined || value === null) return null;
  const id = String(value);
  if (!parseGlobalId(id, type)) {
    throw badUserInput(`"${id.slice(0, 100)}" is not the ID of a ${type}`, `「${id.slice(0, 100)}」は ${type} のIDではありません。`, field);
  }
  return id;
}

function integer(value: unknown, field: string, min: number, what: [string, string]): number | null {
  if (value === undefined || value === null) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw badUserInput(`${what[0]} must be a whole number of at least ${min}`, `${what[1]}は${min}以上の整数で入力してください。`, field);
  }
  return n;
}

function date(value: unknown, field: string): string {
  const day = String(value ?? '');
  if (!isCalendarDate(day)) throw badUserInput(`"${day}" is not a date (YYYY-MM-DD)`, `「${day}」は日付（YYYY-MM-DD）ではありません。`, field);
  return day;
}

function instant(value: unknown, field: string): Date {
  const when = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(when.getTime())) throw badUserInput('Not a date and time', '日時として正しくありません。', field);
  return when;
}

function longest(startsAt: Date, endsAt: Date, field: string) {
  if (endsAt.getTime() - startsAt.getTime() > LIMITS.spanDays * 86_400_000) {
    throw badUserInput(`An event lasts at most ${LIMITS.spanDays} days`, `催しの期間は${LIMITS.spanDays}日までです。`, field);
  }
}

function when(input: Input, field: string) {
  const timed = input.startsAt !== undefined && input.startsAt !== null;
  const allDay = input.startDate !== undefined && input.startDate !== null;
  if (timed === allDay) {
    throw badUserInput(
      'Give either startsAt and endsAt (a timed event) or startDate (an all-day event)',
      '開始日時と終了日時（時刻のある催し）か、開始日（終日の催し）のどちらか一方を入力してください。',
      `${field}.${timed ? 'startDate' : 'startsAt'}`,
    );
  }
  if (timed) {
    const startsAt = instant(input.startsAt, `${field}.startsAt`);
    if (input.endsAt === undefined || input.endsAt === null) {
      throw badUserInput('A timed event needs its end (endsAt)', '終了日時を入力してください。', `${field}.endsAt`);
    }
    const endsAt = instant(input.endsAt, `${field}.endsAt`);
    if (endsAt < startsAt) throw badUserInput('The end is before the start', '終了が開始より前になっています。', `${field}.endsAt`);
    longest(startsAt, endsAt, `${field}.endsAt`);
    const startDate = tokyoDate(startsAt);
    // An event ending at midnight ends on the day before.
    const lastDay = tokyoDate(new Date(endsAt.getTime() - 1));
    return { allDay: false, startsAt, endsAt, startDate, endDate: lastDay < startDate ? startDate : lastDay };
  }
  const startDate = date(input.startDate, `${field}.startDate`);
  const endDate = input.endDate === undefined || input.endDate === null ? startDate : date(input.endDate, `${field}.endDate`);
  if (endDate < startDate) throw badUserInput('The last day is before the first', '終了日が開始日より前になっています。', `${field}.endDate`);
  const startsAt = tokyoMidnight(startDate);
  const endsAt = tokyoMidnight(addDays(endDate, 1));
  longest(startsAt, endsAt, `${field}.endDate`);
  return { allDay: true, startsAt, endsAt, startDate, endDate };
}

function venue(input: Input | null | undefined, field: string) {
  if (!input) return { venueName: null, address: null, addressDetail: null, latitude: null, longitude: null, access: null, parking: null };
  const lat = input.latitude as number | null | undefined;
  const lon = input.longitude as number | null | undefined;
  if ((lat === null || lat === undefined) !== (lon === null || lon === undefined)) {
    throw badUserInput('Give both latitude and longitude, or neither', '緯度と経度は両方を入力してください。', `${field}.${lat === null || lat === undefined ? 'latitude' : 'longitude'}`);
  }
  if (lat !== null && lat !== undefined && (lat < -90 || lat > 90)) throw badUserInput('Latitude must be from -90 to 90', '緯度は-90〜90です。', `${field}.latitude`);
  if (lon !== null && lon !== undefined && (lon < -180 || lon > 180)) throw badUserInput('Longitude must be from -180 to 180', '経度は-180〜180です。', `${field}.longitude`);
  return {
    venueName: checks.requiredText(input.name, `${field}.name`, LIMITS.short),
    address: checks.optionalText(input.address, `${field}.address`, 300),
    addressDetail: checks.optionalText(input.addressDetail, `${field}.addressDetail`, LIMITS.short),
    latitude: lat ?? null,
    longitude: lon ?? null,
    access: checks.optionalText(input.access, `${field}.access`, LIMITS.text),
    parking: checks.optionalText(input.parking, `${field}.parking`, LIMITS.text),
  };
}

function list<T>(value: unknown, field: string, max: number, what: [string, string]): T[] {
  const items = (value ?? []) as T[];
  if (items.length > max) throw badUserInput(`At most ${max} ${what[0]} may be given`, `${what[1]}は${max}件までです。`, field);
  return items;
}

/** The whole event, checked: used for a new event, and for an edited one after the changes are applied. */
export function eventDraft(input: Input, field = 'input'): EventDraft {
  const type = input.type as EventType;
  const audience = input.audience as Audience;
  const span = when(input, field);
  const networkId = globalId(input.networkId, 'Network', `${field}.networkId`);
  const invitees = list<Input>(input.invitees, `${field}.invitees`, LIMITS.invitees, ['invitees', '招待する参加者']).map((inv, i) => {
    const at = `${field}.invitees.${i}`;
    const organizationId = globalId(inv.organizationId, 'Organization', `${at}.organizationId`);
    const code = inv.municipalityCode === undefined || inv.municipalityCode === null ? null : municipalityCode(inv.municipalityCode, `${at}.municipalityCode`);
    if ((organizationId === null) === (code === null)) {
      throw badUserInput('Each invitee is either an organisation or a local government', '招待する参加者は団体か自治体のどちらか一方で指定してください。', at);
    }
    return { organizationId, municipalityCode: code };
  });
  if (type === 'CASE_REVIEW' && audience !== 'NETWORK_MEMBERS') {
    throw badUserInput('A case review (事例検討会) is for the members of its network only: audience NETWORK_MEMBERS', '事例検討会の対象はネットワークの会員（NETWORK_MEMBERS）に限ります。', `${field}.audience`);
  }
  if (type === 'CASE_MEETING' && audience !== 'INVITED') {
    throw badUserInput('A case meeting (ケース会議) is for its invited participants only: audience INVITED', 'ケース会議の対象は招待された参加者（INVITED）に限ります。', `${field}.audience`);
  }
  if (audience === 'NETWORK_MEMBERS' && !networkId) {
    throw badUserInput('A members-only event names its network (networkId)', '会員限定の催しにはネットワーク（networkId）を指定してください。', `${field}.networkId`);
  }
  if (audience === 'INVITED' && invitees.length === 0) {
    throw badUserInput('An invitation-only event names its invitees', '招待制の催しには招待する参加者を指定してください。', `${field}.invitees`);
  }
  if (audience !== 'INVITED' && invitees.length > 0) {
    throw badUserInput('Only an invitation-only event (INVITED) has invitees', '招待する参加者を指定できるのは招待制（INVITED）の催しだけです。', `${field}.invitees`);
  }
  const seriesId = globalId(input.seriesId, 'EventSeries', `${field}.seriesId`);
  const round = integer(input.round, `${field}.round`, 1, ['The round', '回']);
  if (round !== null && !seriesId) throw badUserInput('A round number needs its series (seriesId)', '回を指定するにはシリーズ（seriesId）も指定してください。', `${field}.seriesId`);
  const capacity = integer(input.capacity, `${field}.capacity`, 1, ['The capacity', '定員']);
  const registrationDeadline = input.registrationDeadline ? instant(input.registrationDeadline, `${field}.registrationDeadline`) : null;
  if (registrationDeadline && registrationDeadline > span.startsAt) {
    throw badUserInput('The registration deadline is after the start', '申込締切が開始より後になっています。', `${field}.registrationDeadline`);
  }
  const coOrganizerIds = [
    ...new Set(
      list<unknown>(input.coOrganizerIds, `${field}.coOrganizerIds`, LIMITS.coOrganizers, ['co-organisers', '共催団体']).map(
        (id, i) => globalId(id, 'Organization', `${field}.coOrganizerIds.${i}`)!,
      ),
    ),
  ];
  const contact = (input.contact ?? {}) as Input;
  const extension = checks.optionalText(contact.extension, `${field}.contact.extension`, 10);
  if (extension !== null && !/^\d{1,10}$/.test(extension.normalize('NFKC'))) {
    throw badUserInput('The extension is digits only', '内線番号は数字で入力してください。', `${field}.contact.extension`);
  }
  return {
    type,
    title: checks.requiredText(input.title, `${field}.title`, LIMITS.title),
    titleKana: checks.kana(input.titleKana, `${field}.titleKana`, false),
    titleEn: checks.optionalText(input.titleEn, `${field}.titleEn`, LIMITS.title),
    description: checks.optionalText(input.description, `${field}.description`, LIMITS.description),
    seriesId,
    round,
    roundHostId: globalId(input.roundHostId, 'Organization', `${field}.roundHostId`),
    roundHostMunicipalityCode:
      input.roundHostMunicipalityCode === undefined || input.roundHostMunicipalityCode === null
        ? null
        : municipalityCode(input.roundHostMunicipalityCode, `${field}.roundHostMunicipalityCode`),
    organizerId: globalId(input.organizerId, 'Organization', `${field}.organizerId`),
    organizerName: checks.optionalText(input.organizerName, `${field}.organizerName`, LIMITS.short),
    coOrganizerIds,
    networkId,
    ...venue(input.venue as Input | null | undefined, `${field}.venue`),
    onlineUrl: checks.website(input.onlineUrl, `${field}.onlineUrl`, { httpsOnly: true }),
    municipalityCode: localGovernmentCode(input.municipalityCode, `${field}.municipalityCode`),
    ...span,
    timeNote: checks.optionalText(input.timeNote, `${field}.timeNote`, LIMITS.short),
    audience,
    invitees,
    capacity,
    registrationDeadline,
    registrationMethod: checks.optionalText(input.registrationMethod, `${field}.registrationMethod`, LIMITS.text),
    childcare: input.childcare === true,
    feeYen: integer(input.feeYen, `${field}.feeYen`, 0, ['The fee', '参加費']),
    feeNote: checks.optionalText(input.feeNote, `${field}.feeNote`, LIMITS.text),
    status: (input.status as EventStatus | undefined) ?? 'SCHEDULED',
    statusNote: checks.optionalText(input.statusNote, `${field}.statusNote`, LIMITS.text),
    contactName: checks.optionalText(contact.name, `${field}.contact.name`, LIMITS.short),
    contactPhone: checks.phone(contact.phone, `${field}.contact.phone`),
    contactExtension: extension === null ? null : extension.normalize('NFKC'),
    url: checks.website(input.url, `${field}.url`),
    note: checks.optionalText(input.note, `${field}.note`, LIMITS.text),
    links: list<Input>(input.links, `${field}.links`, LIMITS.links, ['links', 'リンク']).map((link, i) => ({
      kind: String(link.kind),
      url: checks.website(link.url, `${field}.links.${i}.url`)!,
      title: checks.optionalText(link.title, `${field}.links.${i}.title`, LIMITS.short),
    })),
  };
}

export function attendanceCounts(input: { kind: AttendeeKind; count: number }[], field = 'attendance') {
  const seen = new Set<string>();
  return input.map((row, i) => {
    if (seen.has(row.kind)) throw badUserInput(`${row.kind} is given twice`, `${row.kind} が重複しています。`, `${field}.${i}.kind`);
    seen.add(row.kind);
    return { kind: row.kind, count: integer(row.count, `${field}.${i}.count`, 0, ['A count', '人数'])! };
  });
}

export function participants(value: number): number {
  const n = integer(value, 'participants', 1, ['The number of participants', '参加人数'])!;
  if (n > 1000) throw badUserInput('At most 1000 participants per registration', '1回の申込は1000人までです。', 'participants');
  return n;
}

export const statusNote = (value: unknown, field: string) => checks.optionalText(value, field, LIMITS.text);
