// The feed is read back with ical.js, an independent parser, and checked against RFC 5545's structure rather
// than against expected text: what matters is what a calendar application reads.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar, type FeedEvent } from './render.js';

// Non-standard (X-) properties are TEXT unless a VALUE says otherwise (RFC 5545 3.8.8.2), and so is NAME
// (RFC 7986); ical.js reads properties it does not know as raw text, so it is told which these are.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'name']) {
  ICAL.design.icalendar.property[name] ??= { defaultType: 'text' };
}

const base: FeedEvent = {
  id: 'kikuchi:Event:00000000-0000-4000-8000-000000000000',
  type: 'OTHER',
  title: '',
  titleEn: null,
  description: null,
  status: 'SCHEDULED',
  statusNote: null,
  allDay: false,
  startDate: '2026-12-05',
  endDate: '2026-12-05',
  startsAt: null,
  endsAt: null,
  timeNote: null,
  venue: null,
  onlineUrl: null,
  url: null,
  organizerName: null,
  audience: 'PUBLIC',
  updatedAt: '2026-11-20T09:15:00+09:00',
  feeYen: null,
  capacity: null,
};

const LONG = '生活困窮者自立支援制度の相談支援について、各市町村の担当者と社会福祉協議会の職員が事例を持ち寄り意見を交わします。'.repeat(4);

const timed: FeedEvent = {
  ...base,
  id: 'kikuchi:Event:11111111-1111-4111-8111-111111111111',
  type: 'INFORMATION_EXCHANGE',
  title: '菊池圏域 情報交換会, 第3回; 「ひきこもり支援」\n（午後の部）',
  titleEn: 'Kikuchi information exchange',
  description: `内容：事例報告, 意見交換; 質疑応答\n持ち物：筆記用具\\資料\n𠮷野家の隣です。\n${LONG}`,
  startsAt: '2026-12-05T13:30:00+09:00',
  endsAt: '2026-12-05T16:00:00+09:00',
  timeNote: '受付は13時から',
  venue: {
    name: '菊池市生涯学習センター, 2階',
    address: '熊本県菊池市隈府888',
    addressDetail: '大会議室; 東側',
    location: { latitude: 32.979, longitude: 130.8128 },
  },
  url: 'https://www.city.kikuchi.example/events?id=3,4;a',
  organizerName: '菊池市社会福祉協議会',
  feeYen: 1500,
  capacity: 40,
};

const allDayMultiDay: FeedEvent = {
  ...base,
  id: 'kikuchi:Event:22222222-2222-4222-8222-222222222222',
  type: 'FESTIVAL',
  title: '年末年始 子ども食堂まつり',
  allDay: true,
  startDate: '2026-12-31',
  endDate: '2027-01-02',
  audience: 'STAFF_ONLY',
  feeYen: 0,
};

const cancelled: FeedEvent = {
  ...base,
  id: 'kikuchi:Event:33333333-3333-4333-8333-333333333333',
  type: 'TRAINING',
  title: '相談支援員研修',
  description: '初任者向けの研修です。',
  status: 'CANCELLED',
  statusNote: '台風接近のため',
  allDay: true,
  startDate: '2027-02-28',
  endDate: '2027-02-28',
};

const postponedOnline: FeedEvent = {
  ...base,
  id: 'kikuchi:Event:44444444-4444-4444-8444-444444444444',
  type: 'CASE_REVIEW',
  title: 'オンライン事例検討会',
  status: 'POSTPONED',
  startsAt: '2027-01-15T18:00:00+09:00',
  endsAt: '2027-01-15T19:30:00+09:00',
  startDate: '2027-01-15',
  endDate: '2027-01-15',
  onlineUrl: 'https://meet.example/abc',
  audience: 'NETWORK_MEMBERS',
};

const CALENDAR = { name: '菊池地域の催し, 試験; 版', description: '2026-09-01〜2027-11-30の催し\n（試験）' };

function render(): { text: string; calendar: ICAL.Component; events: Map<string, ICAL.Component> } {
  const text = renderCalendar([timed, allDayMultiDay, cancelled, postponedOnline], CALENDAR);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map(calendar.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  return { text, calendar, events };
}

function eventOf(events: Map<string, ICAL.Component>, event: FeedEvent): ICAL.Component {
  const found = events.get(`${event.id}@renkei-hub`);
  expect(found, event.id).toBeDefined();
  return found!;
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  return component.getFirstPropertyValue(name) as ICAL.Time;
}

describe('renderCalendar', () => {
  it('is a VCALENDAR with VERSION 2.0, a PRODID, its name and description, refreshed hourly', () => {
    const { calendar } = render();
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllProperties('version').map((p) => p.getFirstValue())).toEqual(['2.0']);
    expect(calendar.getAllProperties('prodid')).toHaveLength(1);
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('renkei-hub');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(CALENDAR.name);
    expect(calendar.getFirstPropertyValue('name')).toBe(CALENDAR.name);
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(CALENDAR.description);
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(4);
  });

  it('gives each VEVENT exactly one UID (the global ID), DTSTAMP (its last update) and DTSTART, and a DTEND after DTSTART', () => {
    const { calendar } = render();
    const inputs = new Map([timed, allDayMultiDay, cancelled, postponedOnline].map((e) => [`${e.id}@renkei-hub`, e]));
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      for (const name of ['uid', 'dtstamp', 'dtstart', 'dtend']) expect(vevent.getAllProperties(name), name).toHaveLength(1);
      const input = inputs.get(String(vevent.getFirstPropertyValue('uid')));
      expect(input).toBeDefined();
      expect(time(vevent, 'dtstamp').toJSDate().getTime()).toBe(Date.parse(input!.updatedAt));
      expect(time(vevent, 'dtend').compare(time(vevent, 'dtstart'))).toBe(1);
    }
  });

  it('writes timed events as UTC date-times', () => {
    const vevent = eventOf(render().events, timed);
    for (const [name, value] of [['dtstart', timed.startsAt!], ['dtend', timed.endsAt!]] as const) {
      const property = vevent.getFirstProperty(name)!;
      expect(property.type).toBe('date-time');
      const t = property.getFirstValue() as ICAL.Time;
      expect(t.zone?.tzid).toBe('UTC');
      expect(t.toJSDate().getTime()).toBe(Date.parse(value));
    }
  });

  it('writes all-day events as DATE values whose DTEND is the day after the last day', () => {
    const { events } = render();
    for (const [event, start, end] of [
      [allDayMultiDay, '2026-12-31', '2027-01-03'],
      [cancelled, '2027-02-28', '2027-03-01'],
    ] as const) {
      const vevent = eventOf(events, event);
      for (const [name, expected] of [['dtstart', start], ['dtend', end]] as const) {
        const property = vevent.getFirstProperty(name)!;
        expect(property.type, `${event.id} ${name}`).toBe('date');
        expect((property.getFirstValue() as ICAL.Time).isDate).toBe(true);
        expect(String(property.getFirstValue())).toBe(expected);
      }
    }
  });

  it('reads back SUMMARY, DESCRIPTION and LOCATION as given, commas, semicolons, backslashes and newlines included', () => {
    const vevent = eventOf(render().events, timed);
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(timed.title);
    expect(event.location).toBe(`${timed.venue!.name}\n${timed.venue!.address} ${timed.venue!.addressDetail}`);
    const [description, details] = event.description.split('\n\n');
    expect(description).toBe(timed.description);
    expect(details!.split('\n')).toEqual([
      '英語名：Kikuchi information exchange',
      '日時：受付は13時から',
      '主催：菊池市社会福祉協議会',
      '参加費：1,500円',
      '定員：40人',
      `詳細：${timed.url}`,
    ]);
    expect(vevent.getFirstPropertyValue('geo')).toEqual([32.979, 130.8128]);
    expect(vevent.getFirstPropertyValue('categories')).toBe('情報交換会');
    expect(vevent.getFirstPropertyValue('class')).toBe('PUBLIC');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    // A URI value is not TEXT: its commas and semicolons are percent-encoded, never backslash-escaped.
    expect(vevent.getFirstPropertyValue('url')).toBe('https://www.city.kikuchi.example/events?id=3%2C4%3Ba');
  });

  it('marks cancelled and postponed events in STATUS and in the SUMMARY, and keeps non-public ones PRIVATE', () => {
    const { events } = render();
    const off = eventOf(events, cancelled);
    expect(off.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(off.getFirstPropertyValue('summary')).toBe('【中止】相談支援員研修');
    expect(off.getFirstPropertyValue('description')).toBe('中止の理由：台風接近のため\n\n初任者向けの研修です。');
    expect(off.getFirstPropertyValue('categories')).toBe('研修');
    const later = eventOf(events, postponedOnline);
    expect(later.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(later.getFirstPropertyValue('summary')).toBe('【延期】オンライン事例検討会');
    expect(later.getFirstPropertyValue('class')).toBe('PRIVATE');
    expect(later.getFirstPropertyValue('location')).toBe('オンライン');
    expect(later.getFirstPropertyValue('description')).toBe('オンライン：https://meet.example/abc');
    expect(later.getFirstPropertyValue('geo')).toBeNull();
    const staff = eventOf(events, allDayMultiDay);
    expect(staff.getFirstPropertyValue('class')).toBe('PRIVATE');
    expect(staff.getFirstPropertyValue('description')).toBe('参加費：無料');
  });

  it('names no attendee, organiser or invitee', () => {
    for (const vevent of render().calendar.getAllSubcomponents('vevent')) {
      expect(vevent.getAllProperties('attendee')).toEqual([]);
      expect(vevent.getAllProperties('organizer')).toEqual([]);
    }
  });

  it('ends every line with CRLF and folds lines to at most 75 octets', () => {
    const { text } = render();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
    // The long description was folded, and still read back whole (above).
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
  });
});
