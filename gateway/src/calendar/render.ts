// Events as an iCalendar (RFC 5545) feed that calendar applications subscribe to. ical-generator writes the
// properties, escapes text and folds lines; what goes into each property is decided here.
import ical, { escape, ICalEventClass, ICalEventStatus } from 'ical-generator';

/** The event fields a feed shows, as FEED_EVENT_FIELDS selects them. Nobody's attendance or invitation is among them. */
export interface FeedEvent {
  id: string;
  type: string;
  title: string;
  titleEn: string | null;
  description: string | null;
  status: string;
  statusNote: string | null;
  allDay: boolean;
  /** YYYY-MM-DD, Japan's calendar; the first day. */
  startDate: string;
  /** YYYY-MM-DD, Japan's calendar; the last day (inclusive). */
  endDate: string;
  /** ISO 8601 with +09:00; null for an all-day event. */
  startsAt: string | null;
  endsAt: string | null;
  timeNote: string | null;
  venue: {
    name: string;
    address: string | null;
    addressDetail: string | null;
    location: { latitude: number; longitude: number } | null;
  } | null;
  onlineUrl: string | null;
  url: string | null;
  organizerName: string | null;
  audience: string;
  updatedAt: string;
  feeYen: number | null;
  capacity: number | null;
}

/** The GraphQL selection that fills a FeedEvent. */
export const FEED_EVENT_FIELDS = /* GraphQL */ `
  fragment FeedEvent on Event {
    id type title titleEn description status statusNote allDay startDate endDate startsAt endsAt timeNote
    venue { name address addressDetail location { latitude longitude } }
    onlineUrl url organizerName audience updatedAt feeYen capacity
  }
`;

export interface CalendarInfo {
  name: string;
  description?: string;
  /** The feed's own address, when known. */
  url?: string;
}

/** The Japanese labels of the events subgraph's EventType vocabulary (its eventVocabularies). */
const TYPE_LABELS: Record<string, string> = {
  INFORMATION_EXCHANGE: '情報交換会',
  SYMPOSIUM: 'シンポジウム',
  TRAINING: '研修',
  STUDY_SESSION: '学習会',
  NETWORK_MEETING: 'ネットワーク会議',
  LIAISON_MEETING: '連絡会議',
  CASE_REVIEW: '事例検討会',
  CASE_MEETING: 'ケース会議',
  MOBILE_CONSULTATION: '出張相談会',
  CHILDRENS_CAFETERIA: '子ども食堂',
  FESTIVAL: 'まつり',
  OTHER: 'その他',
};

const STATUS_PREFIX: Record<string, string> = { CANCELLED: '【中止】', POSTPONED: '【延期】' };
const STATUS_NOTE_LABEL: Record<string, string> = { CANCELLED: '中止の理由', POSTPONED: '延期の理由' };
const yen = new Intl.NumberFormat('ja-JP');

/** A calendar's applications refetch a subscribed feed this often (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 60 * 60;

/** The day after a YYYY-MM-DD date, as a Date at UTC midnight: ical-generator writes DATE values in UTC. */
function dayAfter(date: string): Date {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

/**
 * ical-generator escapes commas and semicolons in a URL as in text, which a URI value must not have (RFC 5545
 * 3.3.13); percent-encoded they mean the same to any web server.
 */
function uri(url: string): string {
  return url.replace(/,/g, '%2C').replace(/;/g, '%3B');
}

function descriptionOf(event: FeedEvent): string {
  const parts: string[] = [];
  const noteLabel = STATUS_NOTE_LABEL[event.status];
  if (noteLabel && event.statusNote) parts.push(`${noteLabel}：${event.statusNote}`);
  if (event.description) parts.push(event.description);
  const lines: string[] = [];
  if (event.titleEn) lines.push(`英語名：${event.titleEn}`);
  if (event.timeNote) lines.push(`日時：${event.timeNote}`);
  if (event.organizerName) lines.push(`主催：${event.organizerName}`);
  if (event.feeYen !== null) lines.push(`参加費：${event.feeYen === 0 ? '無料' : `${yen.format(event.feeYen)}円`}`);
  if (event.capacity !== null) lines.push(`定員：${yen.format(event.capacity)}人`);
  if (event.onlineUrl) lines.push(`オンライン：${event.onlineUrl}`);
  if (event.url) lines.push(`詳細：${event.url}`);
  if (lines.length > 0) parts.push(lines.join('\n'));
  return parts.join('\n\n');
}

/**
 * The feed as iCalendar text. Timed events are written in UTC, which every application reads the same way
 * (Japan keeps no daylight saving time, so nothing is lost); all-day events as DATE values ending the day after
 * their last day, RFC 5545's exclusive end. DTSTAMP is the event's last update, so that the text, and with it
 * the ETag, stays the same while nothing changes.
 */
export function renderCalendar(events: FeedEvent[], calendar: CalendarInfo): string {
  const cal = ical({
    prodId: { company: 'renkei-hub', product: 'calendar', language: 'JA' },
    scale: 'GREGORIAN',
    // ical-generator writes the calendar's name and description as they are given: escaped here, as TEXT.
    name: escape(calendar.name, false),
    description: calendar.description ? escape(calendar.description, false) : null,
    url: calendar.url ?? null,
    ttl: REFRESH_SECONDS,
  });
  for (const event of events) {
    const updated = new Date(event.updatedAt);
    const timed = !event.allDay && event.startsAt !== null;
    const entry = cal.createEvent({
      id: `${event.id}@renkei-hub`,
      stamp: updated,
      lastModified: updated,
      allDay: !timed,
      start: timed ? new Date(event.startsAt!) : new Date(`${event.startDate}T00:00:00Z`),
      end: timed ? (event.endsAt ? new Date(event.endsAt) : null) : dayAfter(event.endDate),
      summary: `${STATUS_PREFIX[event.status] ?? ''}${event.title}`,
      description: descriptionOf(event) || null,
      status:
        event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : event.status === 'POSTPONED' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      class: event.audience === 'PUBLIC' ? ICalEventClass.PUBLIC : ICalEventClass.PRIVATE,
      categories: [{ name: TYPE_LABELS[event.type] ?? event.type }],
      url: event.url ? uri(event.url) : null,
    });
    const { venue } = event;
    if (venue) {
      const address = [venue.address, venue.addressDetail].filter(Boolean).join(' ');
      entry.location({
        title: venue.name,
        ...(address ? { address } : {}),
        ...(venue.location ? { geo: { lat: venue.location.latitude, lon: venue.location.longitude } } : {}),
      });
    } else if (event.onlineUrl) {
      entry.location({ title: 'オンライン' });
    }
  }
  // ical-generator leaves the last line (END:VCALENDAR) without the CRLF that RFC 5545 ends every line with.
  return `${cal.toString()}\r\n`;
}
