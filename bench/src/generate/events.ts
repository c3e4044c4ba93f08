// The events subgraph's rows: five years of events organised by the generated organisations (named by global ID,
// as the subgraph stores them), some as rounds of a series, with their co-organisers, invitees, attendance, links
// and registrations. Columns are filled as its write path fills them (db/writes.ts columnsOf): sort_key is the
// start as an ISO instant, search_text the normalised title, readings, description, venue and organiser.
import { normaliseForSearch } from '@renkei/japanese-text';
import type { TablePass } from './load.js';
import { EVENT_DESCRIPTIONS, EVENT_TITLES, FACILITIES, ROOMS, SOFT_WORDS, TOPICS, TOWNS, type Word } from './names.js';
import { addressIn, placeIn, pointNear, type Place } from './places.js';
import { networkGlobalId, organisationGlobalId, type Plan } from './plan.js';
import { randomFor, STREAM, type Random } from './random.js';
import { DAY_MS, daysBetween, EVENTS_FROM, EVENTS_TO, iso, REFERENCE_TIME, tokyoDay, tokyoMidnightMs, weekdayOf } from './time.js';

const TYPE_WEIGHTS = {
  CHILDRENS_CAFETERIA: 16,
  TRAINING: 14,
  STUDY_SESSION: 12,
  OTHER: 11,
  INFORMATION_EXCHANGE: 8,
  LIAISON_MEETING: 8,
  MOBILE_CONSULTATION: 8,
  NETWORK_MEETING: 6,
  CASE_MEETING: 6,
  CASE_REVIEW: 5,
  SYMPOSIUM: 3,
  FESTIVAL: 3,
} as const;
type EventType = keyof typeof TYPE_WEIGHTS;

/** Who may see events of a type: a case review is for its network's members, a case meeting for its invitees. */
const AUDIENCES: Record<EventType, Readonly<Record<string, number>>> = {
  CASE_REVIEW: { NETWORK_MEMBERS: 1 },
  CASE_MEETING: { INVITED: 1 },
  NETWORK_MEETING: { NETWORK_MEMBERS: 6, STAFF_ONLY: 4 },
  LIAISON_MEETING: { STAFF_ONLY: 6, INVITED: 2, PUBLIC: 2 },
  TRAINING: { STAFF_ONLY: 4, PUBLIC: 6 },
  STUDY_SESSION: { PUBLIC: 8, STAFF_ONLY: 2 },
  INFORMATION_EXCHANGE: { PUBLIC: 6, STAFF_ONLY: 3, NETWORK_MEMBERS: 1 },
  SYMPOSIUM: { PUBLIC: 1 },
  MOBILE_CONSULTATION: { PUBLIC: 1 },
  CHILDRENS_CAFETERIA: { PUBLIC: 1 },
  FESTIVAL: { PUBLIC: 1 },
  OTHER: { PUBLIC: 9, STAFF_ONLY: 1 },
};

const WITH_CAPACITY: readonly EventType[] = ['TRAINING', 'STUDY_SESSION', 'SYMPOSIUM', 'CHILDRENS_CAFETERIA', 'INFORMATION_EXCHANGE'];
const MEETINGS: readonly EventType[] = ['TRAINING', 'STUDY_SESSION', 'INFORMATION_EXCHANGE', 'NETWORK_MEETING', 'LIAISON_MEETING', 'CASE_REVIEW', 'CASE_MEETING'];
const SERIES_TYPES: readonly EventType[] = ['LIAISON_MEETING', 'NETWORK_MEETING', 'STUDY_SESSION', 'TRAINING', 'CHILDRENS_CAFETERIA'];
const ATTENDEE_KINDS = ['GOVERNMENT', 'SOCIAL_WELFARE_COUNCIL', 'NPO', 'WELFARE_PROVIDER', 'MEDICAL', 'EDUCATION', 'BUSINESS', 'WELFARE_VOLUNTEER', 'PUBLIC', 'OTHER'];

/** Every 25th event is a round of a series of up to 8 rounds. */
const SERIES_STRIDE = 25;
const SERIES_ROUNDS = 8;
/** Readings are katakana only: 第3回 reads ダイサンカイ. */
const ROUND_KANA = ['イチ', 'ニ', 'サン', 'ヨン', 'ゴ', 'ロク', 'ナナ', 'ハチ'];

const CALENDAR_DAYS = daysBetween(EVENTS_FROM, EVENTS_TO);

export function seriesCount(plan: Plan): number {
  return Math.ceil(Math.ceil(plan.counts.events / SERIES_STRIDE) / SERIES_ROUNDS);
}

interface Series {
  id: string;
  organiser: number;
  place: Place;
  type: EventType;
  audience: string;
  title: string;
  titleKana: string | null;
  /** Days after EVENTS_FROM. */
  firstDay: number;
  intervalDays: number;
  startHour: number;
  random: Random;
}

function seriesOf(plan: Plan, j: number): Series {
  const random = randomFor(plan.seed, STREAM.series, j);
  const id = random.uuid();
  const organiser = random.int(0, plan.organisations.count - 1);
  const place = plan.geography.places[plan.organisations.placeOf[organiser]!]!;
  const type = random.pick(SERIES_TYPES);
  const intervalDays = type === 'CHILDRENS_CAFETERIA' ? random.pick([14, 28]) : random.pick([28, 56, 91]);
  const firstDay = random.int(0, CALENDAR_DAYS - intervalDays * SERIES_ROUNDS);
  const [topic, topicKana] = random.pick(TOPICS);
  const [soft, softKana] = random.pick(SOFT_WORDS);
  const titles: Record<string, [string, string | null]> = {
    LIAISON_MEETING: [`${place.name}${topic}連絡会議`, null],
    NETWORK_MEETING: [`${place.name}支援ネットワーク定例会`, null],
    STUDY_SESSION: [`${topic}連続講座`, `${topicKana}レンゾクコウザ`],
    TRAINING: [`${topic}研修（連続）`, `${topicKana}ケンシュウ`],
    CHILDRENS_CAFETERIA: [`${soft}子ども食堂`, `${softKana}コドモショクドウ`],
  };
  const [title, titleKana] = titles[type]!;
  return {
    id,
    organiser,
    place,
    type,
    audience: type === 'CHILDRENS_CAFETERIA' || type === 'STUDY_SESSION' ? 'PUBLIC' : 'STAFF_ONLY',
    title,
    titleKana,
    firstDay,
    intervalDays,
    startHour: type === 'CHILDRENS_CAFETERIA' ? 17 : random.pick([10, 14, 15]),
    random,
  };
}

interface EventSkeleton {
  i: number;
  id: string;
  random: Random;
  type: EventType;
  audience: string;
  organiser: number;
  network: number;
  series: Series | null;
  round: number | null;
  place: Place;
  allDay: boolean;
  startsAt: number;
  endsAt: number;
  capacity: number | null;
  registrationDeadline: number | null;
  status: string;
}

/** Days are counted from EVENTS_FROM: the first day's midnight in Japan, and its day of the week. */
const FIRST_MIDNIGHT = tokyoMidnightMs(EVENTS_FROM);
const FIRST_WEEKDAY = weekdayOf(EVENTS_FROM);

/** Moves a day to the weekend (cafeterias, festivals) or to a weekday (meetings), if that stays in the calendar. */
function dayFor(type: EventType, day: number, random: Random): number {
  const weekday = (FIRST_WEEKDAY + day) % 7;
  const weekend = weekday === 0 || weekday === 6;
  let moved = day;
  if ((type === 'CHILDRENS_CAFETERIA' || type === 'FESTIVAL') && !weekend && random.chance(0.6)) moved = day + 6 - weekday;
  else if (MEETINGS.includes(type) && weekend) moved = day + (weekday === 6 ? 2 : 1);
  return moved > CALENDAR_DAYS ? day : moved;
}

/** An instant at a time of day in Japan on a day of the calendar. */
const at = (day: number, hours: number, minutes = 0) => FIRST_MIDNIGHT + day * DAY_MS + hours * 3_600_000 + minutes * 60_000;

/** What the child tables need of event i: cheap to draw again, no text. Its full row draws on from `random`. */
function eventSkeleton(plan: Plan, i: number): EventSkeleton {
  const random = randomFor(plan.seed, STREAM.event, i);
  const id = random.uuid();
  const orgs = plan.organisations;
  const k = i % SERIES_STRIDE === 0 ? i / SERIES_STRIDE : -1;
  const series = k >= 0 ? seriesOf(plan, Math.floor(k / SERIES_ROUNDS)) : null;
  let type: EventType = series ? series.type : random.weighted(TYPE_WEIGHTS);
  let audience = series ? series.audience : random.weighted(AUDIENCES[type]);
  let network = -1;
  let organiser: number;
  if (audience === 'NETWORK_MEMBERS' && plan.networks.length > 0) {
    const n = plan.networks[random.int(0, plan.networks.length - 1)]!;
    network = n.index;
    organiser = random.pick(n.members);
  } else {
    if (audience === 'NETWORK_MEMBERS') [type, audience] = ['STUDY_SESSION', 'PUBLIC'];
    organiser = series ? series.organiser : random.int(0, orgs.count - 1);
  }
  const home = plan.geography.places[orgs.placeOf[organiser]!]!;
  const place = series || random.chance(0.75) ? home : placeIn(plan.geography.prefectures[home.prefectureIndex]!, random);
  const round = series ? (k % SERIES_ROUNDS) + 1 : null;
  const day = series ? series.firstDay + (round! - 1) * series.intervalDays : dayFor(type, random.int(0, CALENDAR_DAYS), random);
  const allDay = (type === 'FESTIVAL' && random.chance(0.5)) || (type === 'OTHER' && random.chance(0.4));
  let startsAt: number;
  let endsAt: number;
  if (allDay) {
    startsAt = at(day, 0);
    endsAt = at(day + (type === 'FESTIVAL' && random.chance(0.2) ? 2 : 1), 0);
  } else {
    const hour = series ? series.startHour : type === 'CHILDRENS_CAFETERIA' ? random.pick([11, 17]) : random.pick([10, 13, 14, 15, 18]);
    startsAt = at(day, hour, series || hour === 17 ? 0 : random.pick([0, 0, 30]));
    endsAt = startsAt + random.pick([90, 120, 150, 180]) * 60_000;
  }
  const capacity = WITH_CAPACITY.includes(type) && random.chance(0.7) ? (type === 'CHILDRENS_CAFETERIA' ? random.int(20, 60) : random.int(2, 20) * 10) : null;
  // Registration closes at 17:00 a few days before (events with a capacity are never all-day).
  const registrationDeadline = capacity !== null && random.chance(0.7) ? at(day - random.int(1, 7), 17) : null;
  const roll = random.float();
  const status = roll < 0.02 ? 'CANCELLED' : roll < 0.025 ? 'POSTPONED' : 'SCHEDULED';
  return { i, id, random, type, audience, organiser, network, series, round, place, allDay, startsAt, endsAt, capacity, registrationDeadline, status };
}

function titleOf(e: EventSkeleton, random: Random): { title: string; titleKana: string | null } {
  if (e.series) {
    const round = ROUND_KANA[e.round! - 1]!;
    return { title: `第${e.round}回 ${e.series.title}`, titleKana: e.series.titleKana ? `ダイ${round}カイ ${e.series.titleKana}` : null };
  }
  const template = random.pick(EVENT_TITLES[e.type]!);
  const [topic, topicKana] = random.pick(TOPICS);
  const [soft, softKana] = random.pick(SOFT_WORDS);
  const n = random.int(2, 30);
  const title = template.replace('{topic}', topic).replace('{soft}', soft).replace('{place}', e.place.name).replace('{n}', String(n));
  // A reading only where every part has one: not for a place's name, nor for the Latin "in".
  const readable = !template.includes('{place}') && random.chance(0.6) && /^[^A-Za-z0-9「」（）・]*$/u.test(template.replace(/\{\w+\}/g, ''));
  const kana = readable ? kanaOf(template, topicKana, softKana) : null;
  return { title, titleKana: kana };
}

/** Readings of the title templates' fixed words (those of EVENT_TITLES whose every word has one). */
const TITLE_KANA: Record<string, string> = {
  研修会: 'ケンシュウカイ', 実務研修: 'ジツムケンシュウ', 学習会: 'ガクシュウカイ', 勉強会: 'ベンキョウカイ', セミナー: 'セミナー', 講座: 'コウザ',
  情報交換会: 'ジョウホウコウカンカイ', 子ども食堂交流会: 'コドモショクドウコウリュウカイ', 支援者交流会: 'シエンシャコウリュウカイ', 交流会: 'コウリュウカイ',
  シンポジウム: 'シンポジウム', 地域福祉シンポジウム: 'チイキフクシシンポジウム', ネットワーク会議: 'ネットワークカイギ',
  子ども支援ネットワーク会議: 'コドモシエンネットワークカイギ', 連絡会: 'レンラクカイ', 関係機関連絡会議: 'カンケイキカンレンラクカイギ',
  事例検討会: 'ジレイケントウカイ', 合同事例検討会: 'ゴウドウジレイケントウカイ', ケース会議: 'ケースカイギ', 支援調整会議: 'シエンチョウセイカイギ',
  個別ケース検討会議: 'コベツケースケントウカイギ', くらしと仕事の相談会: 'クラシトシゴトノソウダンカイ', 年末年始なんでも相談会: 'ネンマツネンシナンデモソウダンカイ',
  子ども食堂: 'コドモショクドウ', みんな食堂: 'ミンナショクドウ', ふくしまつり: 'フクシマツリ', ボランティアフェスタ: 'ボランティアフェスタ', まつり: 'マツリ',
  フードドライブ: 'フードドライブ', ボランティア説明会: 'ボランティアセツメイカイ', 街頭啓発活動: 'ガイトウケイハツカツドウ',
};

/** The reading of a title from its template; null when one of its words has no reading here. */
function kanaOf(template: string, topicKana: string, softKana: string): string | null {
  const reading = TITLE_KANA[template.replace('{topic}', '').replace('{soft}', '').trim()];
  if (reading === undefined) return null;
  if (template.startsWith('{topic}')) return `${topicKana}${reading}`;
  return template.startsWith('{soft}') ? `${softKana}${reading}` : reading;
}

function eventRow(plan: Plan, i: number): unknown[] {
  const e = eventSkeleton(plan, i);
  const { random, place } = e;
  const orgs = plan.organisations;
  const { title, titleKana } = titleOf(e, random);
  const description = EVENT_DESCRIPTIONS[e.type]!;
  const online = MEETINGS.includes(e.type) && random.chance(0.15);
  const venue = online && random.chance(0.5) ? null : venueIn(place, random);
  const organizerName = orgs.names[e.organiser]!;
  const slug = `o${orgs.ids[e.organiser]!.slice(0, 8)}`;
  const createdAt = e.startsAt - random.int(10, 90) * DAY_MS - random.int(0, 86_399) * 1000;
  const searchText = normaliseForSearch([title, titleKana, null, description, venue?.name, venue?.address, organizerName].filter(Boolean).join(' '));
  return [
    e.id,
    place.regionCode,
    e.type,
    title,
    titleKana,
    null,
    description,
    e.series?.id ?? null,
    e.round,
    null,
    null,
    organisationGlobalId(plan, e.organiser),
    organizerName,
    e.network >= 0 ? networkGlobalId(plan, plan.networks[e.network]!) : null,
    venue?.name ?? null,
    venue?.address ?? null,
    venue?.room ?? null,
    venue?.latitude ?? null,
    venue?.longitude ?? null,
    null,
    venue?.parking ?? null,
    online ? `https://meet.example/j/${e.id.slice(0, 8)}` : null,
    place.code,
    e.allDay,
    iso(e.startsAt),
    iso(e.endsAt),
    tokyoDay(e.startsAt),
    // An event ending at midnight ends on the day before (as validation.ts works it out).
    tokyoDay(e.endsAt - 1),
    e.type === 'CHILDRENS_CAFETERIA' ? '受付は開始30分前から' : null,
    e.audience,
    e.capacity,
    e.registrationDeadline === null ? null : iso(e.registrationDeadline),
    e.registrationDeadline === null ? null : 'ウェブフォームまたは電話で申し込む',
    (e.type === 'SYMPOSIUM' || e.type === 'TRAINING') && random.chance(0.1),
    e.type === 'CHILDRENS_CAFETERIA' ? random.pick([0, 100, 300]) : e.capacity !== null ? 0 : null,
    e.type === 'CHILDRENS_CAFETERIA' ? '子どもは無料' : null,
    e.status,
    e.status === 'CANCELLED' ? random.pick(['台風の接近のため中止します。', '感染症の拡大防止のため中止します。']) : e.status === 'POSTPONED' ? '講師の都合により延期します。' : null,
    `${organizerName} 事務局`,
    `000-0000-${String(random.int(0, 9999)).padStart(4, '0')}`,
    null,
    random.chance(0.3) ? `https://${slug}.example/events/${e.id.slice(0, 8)}` : null,
    null,
    null,
    'bench',
    iso(e.startsAt),
    searchText,
    iso(createdAt),
    iso(createdAt),
  ];
}

function venueIn(place: Place, random: Random) {
  const [facility] = random.pick<Word>(FACILITIES);
  const point = pointNear(place, random);
  return {
    name: `${place.name}${facility}`,
    address: addressIn(place, random.pick(TOWNS)[0], random),
    room: random.pick(ROOMS),
    latitude: point.latitude,
    longitude: point.longitude,
    parking: random.chance(0.5) ? 'あり（無料）' : null,
  };
}

/** A child table's own draws for event i: each child table has its own, so they can be written in any order. */
const partsOf = (plan: Plan, i: number, table: number) => randomFor(plan.seed, STREAM.eventParts, i * 8 + table);

/** Organisations of the event's region other than its organiser, without repeats. */
function othersInRegion(plan: Plan, e: EventSkeleton, random: Random, count: number): number[] {
  const region = plan.organisations.byRegion[e.place.regionIndex]!;
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < count && tries < count * 4; tries++) {
    const o = region[random.int(0, region.length - 1)]!;
    if (o !== e.organiser) chosen.add(o);
  }
  return [...chosen];
}

function* eachEvent(plan: Plan, rows: (e: EventSkeleton) => unknown[][]): Iterable<unknown[]> {
  for (let i = 0; i < plan.counts.events; i++) yield* rows(eventSkeleton(plan, i));
}

function seriesRow(plan: Plan, j: number): unknown[] {
  const s = seriesOf(plan, j);
  const created = at(s.firstDay, 0) - s.random.int(14, 60) * DAY_MS;
  return [s.id, s.place.regionCode, s.title, s.titleKana, EVENT_DESCRIPTIONS[s.type], organisationGlobalId(plan, s.organiser), iso(created)];
}

export function eventPasses(plan: Plan): TablePass[] {
  const reference = REFERENCE_TIME.getTime();
  return [
    {
      table: 'events.event_series',
      columns: ['id', 'region', 'title', 'title_kana', 'description', 'organizer_id', 'created_at'],
      rows: function* () {
        for (let j = 0; j < seriesCount(plan); j++) yield seriesRow(plan, j);
      },
    },
    {
      table: 'events.event',
      columns: [
        'id', 'region', 'type', 'title', 'title_kana', 'title_en', 'description', 'series_id', 'round', 'round_host_id',
        'round_host_municipality_code', 'organizer_id', 'organizer_name', 'network_id', 'venue_name', 'address', 'address_detail',
        'latitude', 'longitude', 'access', 'parking', 'online_url', 'municipality_code', 'all_day', 'starts_at', 'ends_at',
        'start_date', 'end_date', 'time_note', 'audience', 'capacity', 'registration_deadline', 'registration_method', 'childcare',
        'fee_yen', 'fee_note', 'status', 'status_note', 'contact_name', 'contact_phone', 'contact_extension', 'url', 'note',
        'source_key', 'source', 'sort_key', 'search_text', 'created_at', 'updated_at',
      ],
      rows: function* () {
        for (let i = 0; i < plan.counts.events; i++) yield eventRow(plan, i);
      },
    },
    {
      table: 'events.co_organizer',
      columns: ['event_id', 'organization_id', 'position'],
      rows: () =>
        eachEvent(plan, (e) => {
          const random = partsOf(plan, e.i, 0);
          if (e.type === 'CASE_MEETING' || !random.chance(0.1)) return [];
          return othersInRegion(plan, e, random, random.int(1, 2)).map((o, k) => [e.id, organisationGlobalId(plan, o), k]);
        }),
    },
    {
      table: 'events.invitee',
      columns: ['id', 'event_id', 'organization_id', 'municipality_code', 'position'],
      rows: () =>
        eachEvent(plan, (e) => {
          if (e.audience !== 'INVITED') return [];
          const random = partsOf(plan, e.i, 1);
          const organisations = othersInRegion(plan, e, random, random.int(0, 3)).map((o) => [organisationGlobalId(plan, o), null]);
          const prefecture = plan.geography.prefectures[e.place.prefectureIndex]!;
          const places = random.sample(prefecture.places, organisations.length === 0 ? random.int(1, 2) : random.int(0, 1));
          return [...organisations, ...places.map((p) => [null, p.code])].map(([org, code], k) => [random.uuid(), e.id, org, code, k]);
        }),
    },
    {
      table: 'events.attendance',
      columns: ['event_id', 'kind', 'count'],
      rows: () =>
        eachEvent(plan, (e) => {
          const random = partsOf(plan, e.i, 2);
          if (e.endsAt > reference || e.status !== 'SCHEDULED' || !random.chance(0.2)) return [];
          return random.sample(ATTENDEE_KINDS, random.int(2, 4)).map((kind) => [e.id, kind, random.int(1, 40)]);
        }),
    },
    {
      table: 'events.event_link',
      columns: ['event_id', 'position', 'kind', 'url', 'title'],
      rows: () =>
        eachEvent(plan, (e) => {
          const random = partsOf(plan, e.i, 3);
          const past = e.endsAt <= reference;
          if (!random.chance(past ? 0.08 : 0.1)) return [];
          const slug = `o${plan.organisations.ids[e.organiser]!.slice(0, 8)}`;
          return past
            ? [[e.id, 0, 'REPORT', `https://${slug}.example/reports/${e.id.slice(0, 8)}.pdf`, '開催報告']]
            : [[e.id, 0, 'FLYER', `https://${slug}.example/flyers/${e.id.slice(0, 8)}.pdf`, 'チラシ']];
        }),
    },
    {
      table: 'events.registration',
      columns: ['id', 'event_id', 'organization_id', 'subject', 'participants', 'registered_at'],
      rows: () =>
        eachEvent(plan, (e) => {
          const random = partsOf(plan, e.i, 4);
          if (e.capacity === null || e.registrationDeadline === null || !random.chance(0.25)) return [];
          const deadline = Math.min(e.registrationDeadline, reference);
          return othersInRegion(plan, e, random, random.int(1, 3)).map((o) => [
            random.uuid(),
            e.id,
            organisationGlobalId(plan, o),
            `bench-staff-${String(o).padStart(6, '0')}`,
            random.int(1, 4),
            iso(deadline - random.int(1, 20) * DAY_MS),
          ]);
        }),
    },
  ];
}
