// The events calendar end to end: three regions, each with its organisations and events instances on its own
// database, one gateway. Who sees which event is decided by the data (audience, network, invitees), in the
// events subgraph, with network memberships asked of the organisations subgraph.
import { readFileSync } from 'node:fs';
import { demoUuid } from '@renkei/db';
import { DEMO_EVENTS } from '@renkei/events-subgraph';
import type { HubClaims } from '@renkei/identity';
import { postGraphQL } from '@renkei/testing';
import ICAL from 'ical.js';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './hub.js';

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;
const eventId = (region: string, key: string) => `${region}:Event:${demoUuid(key)}`;

const CALLERS = {
  // 相談支援員 at 菊愛会: a member of 菊池圏域's liaison network, invited to 菊池市's case meeting.
  worker: { sub: 't-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  // フードバンク菊池: staff of a support organisation, in no network of those events, invited to nothing.
  foodbank: { sub: 't-foodbank', roles: ['org_staff'], organization: org('kikuchi', 'kikuchi-foodbank-kikuchi'), municipality: '432105', region: 'kikuchi' },
  gifu: { sub: 't-gifu', roles: ['consultation_worker'], organization: org('gifu', 'gifu-gifu-npo-center'), municipality: '212016', region: 'gifu' },
  city: { sub: 't-city', roles: ['municipal_staff'], organization: org('kikuchi', 'kikuchi-kikuchi-city-fukushika'), municipality: '432105', region: 'kikuchi' },
  niigataPref: { sub: 't-niigata', roles: ['prefecture_staff'], municipality: '150002', region: 'niigata' },
  admin: { sub: 't-admin', roles: ['hub_admin'] },
} satisfies Record<string, HubClaims>;
type Caller = keyof typeof CALLERS | 'public';

const CASE_MEETING = eventId('kikuchi', 'kikuchi-case-meeting-kikuchi-2026-12');
const CASE_REVIEW = eventId('kikuchi', 'kikuchi-jirei-kentokai-2026-12');

let hub: TestHub;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  hub = await startTestHub({ separateRegions: true });
  for (const [name, claims] of Object.entries(CALLERS)) tokens[name as Caller] = await hub.issuer.mint(claims);
}, 120_000);
afterAll(async () => {
  await hub?.close();
});

function ask<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}, url = hub.gatewayUrl) {
  const token = tokens[caller];
  return postGraphQL<T>(url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
}

interface CalendarNode {
  id: string;
  title: string;
  type: string;
  audience: string;
  regionCode: string;
  startDate: string;
}
interface Calendar {
  events: { totalCount: number; edges: { node: CalendarNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const CALENDAR = /* GraphQL */ `
  query Calendar($filter: EventFilter!, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { node { id title type audience regionCode startDate } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** Every event of December 2026 the caller may see, page by page. */
async function december(caller: Caller) {
  const nodes: CalendarNode[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const response: Awaited<ReturnType<typeof ask<Calendar>>> = await ask<Calendar>(caller, CALENDAR, { filter: { from: "2026-12-01", to: "2026-12-31" }, first: 10, after });
    expect(response.errors).toBeUndefined();
    totalCount = response.data!.events.totalCount;
    nodes.push(...response.data!.events.edges.map((e) => e.node));
    after = response.data!.events.pageInfo.hasNextPage ? response.data!.events.pageInfo.endCursor : null;
  } while (after);
  return { nodes, totalCount };
}

/** The demo events of December 2026 with the given audiences, read from the demo data files themselves. */
function demoDecember(audiences: string[]): string[] {
  return Object.entries(DEMO_EVENTS).flatMap(([region, data]) =>
    data.events
      .filter((e) => audiences.includes(e.audience) && e.starts.slice(0, 10) <= '2026-12-31' && e.ends.slice(0, 10) >= '2026-12-01')
      .map((e) => eventId(region, e.key)),
  );
}

describe('the calendar of December 2026 across the three regions', () => {
  it('lists public events to the public, from every region, in order of start', async () => {
    const { nodes, totalCount } = await december('public');
    expect(new Set(nodes.map((n) => n.regionCode))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    expect(nodes.every((n) => n.audience === 'PUBLIC')).toBe(true);
    expect(nodes.map((n) => n.id).sort()).toEqual(demoDecember(['PUBLIC']).sort());
    expect(totalCount).toBe(nodes.length);
    const starts = nodes.map((n) => n.startDate);
    expect(starts).toEqual([...starts].sort());
  });

  it("adds members-only events for a member of the event's network, and the case meeting it is invited to", async () => {
    const ids = (await december('worker')).nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([...demoDecember(['PUBLIC', 'STAFF_ONLY']), CASE_REVIEW, CASE_MEETING]));
  });

  it('shows staff-only events to staff, but neither members-only events of other networks nor case meetings', async () => {
    for (const caller of ['foodbank', 'gifu', 'admin'] as const) {
      const { nodes, totalCount } = await december(caller);
      const ids = nodes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining(demoDecember(['PUBLIC', 'STAFF_ONLY'])));
      expect(ids).not.toContain(CASE_MEETING);
      expect(ids).not.toContain(CASE_REVIEW);
      expect(totalCount).toBe(nodes.length);
    }
  });
});

describe('a calendar asked for wrongly', () => {
  it('answers BAD_USER_INPUT naming the argument, in English and Japanese', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { from: '2026-12-31', to: '2026-12-01' } }, 'filter.to'],
      [{ filter: { from: '2026-01-01', to: '2027-12-31' } }, 'filter.to'],
      [{ filter: { from: '2026-12-01', to: '2026-12-31', municipalityCodes: ['432106'] } }, 'filter.municipalityCodes.0'],
    ];
    for (const [variables, field] of cases) {
      const response = await ask('public', CALENDAR, variables);
      expect(response.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(String(response.errors?.[0]?.extensions?.messageJa)).toMatch(/[ぁ-んァ-ン一-龥]/u);
    }
    const badDate = await ask('public', CALENDAR, { filter: { from: '2026-02-30', to: '2026-03-01' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A page too large is the gateway's request limit.
    const tooMany = await ask('public', CALENDAR, { filter: { from: '2026-12-01', to: '2026-12-31' }, first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: expect.any(String) });
  });
});

describe('a case meeting never appears to anyone not invited', () => {
  const paths: [string, string, Record<string, unknown>][] = [
    ['event(id)', `query($id: ID!) { event(id: $id) { id title } }`, { id: CASE_MEETING }],
    [
      'the organiser’s events',
      `query($id: ID!) { organization(id: $id) { events(first: 100) { totalCount edges { node { id title } } } } }`,
      { id: org('kikuchi', 'kikuchi-kikuchi-city-fukushika') },
    ],
    ['the municipality’s events', `{ municipality(code: "432105") { events(first: 100) { totalCount edges { node { id title } } } } }`, {}],
    ['a search for its title', `{ events(filter: { from: "2026-12-01", to: "2026-12-31", text: "ケース会議" }) { totalCount edges { node { id } } } }`, {}],
    ['a filter on its type', `{ events(filter: { from: "2026-01-01", to: "2027-01-31", types: [CASE_MEETING] }, regions: ["kikuchi"]) { totalCount edges { node { id } } } }`, {}],
    ['an entity reference', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id title } } }`, { r: [{ __typename: 'Event', id: CASE_MEETING }] }],
  ];

  for (const caller of ['public', 'foodbank', 'gifu', 'admin'] as const) {
    it(`is hidden from ${caller} by every path, through the gateway and at the subgraph, and never counted`, async () => {
      for (const [what, query, variables] of paths) {
        const urls = what === 'an entity reference' ? [hub.events.kikuchi!.url] : [hub.gatewayUrl, hub.events.kikuchi!.url];
        for (const url of urls) {
          const response = await ask(caller, query, variables, url);
          const text = JSON.stringify(response);
          expect(text, `${what} at ${url}`).not.toContain(CASE_MEETING.split(':')[2]);
          expect(text, `${what} at ${url}`).not.toContain('ケース会議（菊池市）');
        }
      }
      const byType = await ask<{ events: { totalCount: number } }>(caller, paths[4]![1]);
      // 合志市's 支援調整会議 and 菊池市's ケース会議 are the kikuchi case meetings; neither invites this caller.
      expect(byType.data?.events.totalCount ?? 0).toBe(0);
    });
  }

  it('is shown to an invited organisation and to the invited local government’s own staff', async () => {
    for (const caller of ['worker', 'city'] as const) {
      const response = await ask<{ event: { title: string; invitees: { organization: { name: string } | null; municipality: { name: string } | null }[] } }>(
        caller,
        `query($id: ID!) { event(id: $id) { title invitees { organization { name } municipality { name } } } }`,
        { id: CASE_MEETING },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.event.title).toBe('ケース会議（菊池市）');
      expect(response.data!.event.invitees.map((i) => i.organization?.name ?? i.municipality?.name)).toContain('菊池市');
    }
  });

  it('never shows attendance or registrations to the public', async () => {
    const past = eventId('kikuchi', 'kikuchi-goudou-kenshu-2026-10');
    const publicEvent = demoDecember(['PUBLIC'])[0]!;
    const response = await ask('public', `query($id: ID!) { event(id: $id) { title attendance { total } registeredParticipants invitees { municipality { code } } } }`, {
      id: publicEvent,
    });
    expect(response.data).toEqual({ event: { title: expect.any(String), attendance: null, registeredParticipants: null, invitees: null } });
    expect(response.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['event.attendance', 'UNAUTHENTICATED'],
      ['event.invitees', 'UNAUTHENTICATED'],
      ['event.registeredParticipants', 'UNAUTHENTICATED'],
    ]);
    const staff = await ask<{ event: { attendance: { total: number; byKind: { kind: string; count: number }[] } } }>(
      'foodbank',
      `query($id: ID!) { event(id: $id) { attendance { total byKind { kind count } } } }`,
      { id: past },
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.event.attendance.total).toBe(staff.data!.event.attendance.byKind.reduce((n, k) => n + k.count, 0));
  });
});

describe('organisers write events', () => {
  const CREATE = /* GraphQL */ `
    mutation($input: CreateEventInput!) { createEvent(input: $input) { id title status regionCode organizer { name } startsAt endsAt registrationOpen } }
  `;
  const base = {
    type: 'TRAINING',
    title: '相談支援員 合同研修（テスト）',
    municipalityCode: '432105',
    startsAt: '2027-02-10T13:30:00+09:00',
    endsAt: '2027-02-10T16:00:00+09:00',
    audience: 'PUBLIC',
    capacity: 2,
    venue: { name: '菊池市生涯学習センター', latitude: 32.98, longitude: 130.81 },
  };
  const countTests = async () =>
    (await ask<Calendar>('admin', CALENDAR, { filter: { from: '2027-02-01', to: '2027-02-28', text: '合同研修（テスト）' } })).data!.events.totalCount;

  it('refuses bad input with the field at fault, in English and Japanese, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: '2027-02-10T12:00:00+09:00' }, 'input.endsAt'],
      [{ capacity: 0 }, 'input.capacity'],
      [{ municipalityCode: '432106' }, 'input.municipalityCode'],
      [{ type: 'CASE_MEETING' }, 'input.audience'],
      [{ type: 'CASE_REVIEW', audience: 'NETWORK_MEMBERS' }, 'input.networkId'],
      [{ registrationDeadline: '2027-02-11T00:00:00+09:00' }, 'input.registrationDeadline'],
      [{ venue: { name: '会場', latitude: 95, longitude: 130 } }, 'input.venue.latitude'],
    ];
    for (const [change, field] of cases) {
      const response = await ask('city', CREATE, { input: { ...base, ...change } });
      expect(response.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(String(response.errors?.[0]?.extensions?.messageJa)).toMatch(/[ぁ-んァ-ン一-龥]/u);
    }
    expect(await countTests()).toBe(0);
  });

  it('lets a municipality register, cancel, and refuse registrations after cancelling; capacity holds under concurrent registrations', async () => {
    const created = await ask<{ createEvent: { id: string; regionCode: string; organizer: { name: string }; registrationOpen: boolean } }>('city', CREATE, { input: base });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createEvent).toMatchObject({ regionCode: 'kikuchi', organizer: { name: '菊池市 健康福祉部 福祉課' }, registrationOpen: true });
    const id = created.data!.createEvent.id;
    const REGISTER = `mutation($id: ID!) { registerForEvent(id: $id, participants: 1) { participants event { registeredParticipants } } }`;
    const attempts = await Promise.all(['worker', 'foodbank', 'city', 'worker'].map((caller) => ask(caller as Caller, REGISTER, { id })));
    expect(attempts.filter((a) => !a.errors).length).toBe(2);
    expect(attempts.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);

    const cancelled = await ask<{ cancelEvent: { status: string; registrationOpen: boolean } }>('city', `mutation($id: ID!) { cancelEvent(id: $id, reason: "講師急病のため") { status registrationOpen } }`, { id });
    expect(cancelled.data!.cancelEvent).toEqual({ status: 'CANCELLED', registrationOpen: false });
    const late = await ask('worker', REGISTER, { id });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageJa: 'この催しは中止のため申し込めません。' });
  });

  it('takes a prefecture’s own code for an event of the whole prefecture, and routes it to that prefecture', async () => {
    const created = await ask<{ createEvent: { regionCode: string } }>('niigataPref', CREATE, {
      input: { ...base, title: '県域研修（テスト）', municipalityCode: '150002' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createEvent.regionCode).toBe('niigata');
    const read = await ask<{ events: { edges: { node: { prefectureWide: boolean; municipality: unknown } }[] } }>(
      'public',
      `{ events(filter: { from: "2027-02-10", to: "2027-02-10", text: "県域研修" }) { edges { node { prefectureWide municipality { code } } } } }`,
    );
    expect(read.data!.events.edges.map((e) => e.node)).toEqual([{ prefectureWide: true, municipality: null }]);
  });

  it('lets an organisation edit only its own events, and nobody write in another region', async () => {
    const own = await ask<{ createEvent: { id: string } }>('foodbank', CREATE, { input: { ...base, title: '食材配布ボランティア説明会（テスト）', type: 'OTHER' } });
    expect(own.errors).toBeUndefined();
    const other = await ask('foodbank', CREATE, { input: { ...base, organizerId: org('kikuchi', 'kikuchi-kikuaikai') } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await ask('gifu', CREATE, { input: base });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const edit = await ask('worker', `mutation($id: ID!) { updateEvent(id: $id, input: { title: "乗っ取り" }) { title } }`, { id: own.data!.createEvent.id });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('importing イベント一覧 (the national recommended dataset)', () => {
  const IMPORT = /* GraphQL */ `
    mutation($input: ImportEventsInput!) {
      importEvents(input: $input) {
        dryRun encoding rows created updated repaired rejected
        results { line no outcome event { id title municipality { name } } issues { column code severity message messageJa } }
      }
    }
  `;
  interface Report {
    importEvents: {
      encoding: string;
      rows: number;
      created: number;
      updated: number;
      repaired: number;
      rejected: number;
      results: { line: number; no: string | null; outcome: string; event: { id: string; title: string } | null; issues: { column: string | null; code: string; severity: string }[] }[];
    };
  }

  // The checked-in sample (UTF-8 with BOM) with two more faulty rows, encoded as Shift_JIS as many sites publish it.
  function shiftJisFile(): string {
    const sample = readFileSync(new URL('../../subgraphs/events/src/import/sample/event-list-sample.csv', import.meta.url), 'utf8').replace(/^\uFEFF/, '');
    const extra = [
      // 菊池市 belongs to 菊池圏域, not 新潟県.
      '432105,1,熊本県,菊池市,菊池の研修会,,,2026-12-20,2026-12-20,10:00,12:00,,,無料,,,,,,,,,,,,,,,,,,',
      // A date that does not exist.
      '152056,1,新潟県,柏崎市,柏崎の学習会,,,2026-02-30,2026-02-30,10:00,12:00,,,無料,,,,,,,,,,,,,,,,,,',
      // A phone number that is not one: the row is kept without it.
      '152056,2,新潟県,柏崎市,柏崎 くらしの相談会,,,2026-12-19,2026-12-19,10:00,15:00,,,無料,,柏崎市 福祉課,12345,,柏崎市,柏崎市役所,,,,,,,,,,,,',
    ];
    return iconv.encode(`${sample.trimEnd()}\r\n${extra.join('\r\n')}\r\n`, 'Shift_JIS').toString('base64');
  }

  it('imports the good rows, repairs what it can, and reports every faulty row with its reason', async () => {
    const fileBase64 = shiftJisFile();
    const dry = await ask<Report>('niigataPref', IMPORT, { input: { region: 'niigata', fileBase64, fileName: 'イベント一覧.csv', dryRun: true } });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importEvents).toMatchObject({ dryRun: true, encoding: 'Shift_JIS', rows: 13, created: 9, rejected: 4 });
    const before = await ask<Calendar>('public', CALENDAR, { filter: { from: '2026-01-01', to: '2026-12-31', text: '福祉なんでも相談会' } });
    expect(before.data!.events.totalCount).toBe(0);

    const response = await ask<Report>('niigataPref', IMPORT, { input: { region: 'niigata', fileBase64, fileName: 'イベント一覧.csv' } });
    expect(response.errors).toBeUndefined();
    const report = response.data!.importEvents;
    const rejected = report.results.filter((r) => r.outcome === 'REJECTED');
    // Each rejected row with the first reason given for it (2026-02-30 is also a bad end date).
    expect(rejected.map((r) => r.issues.filter((i) => i.severity === 'REJECTED')[0]?.code).sort()).toEqual(
      ['END_BEFORE_START', 'INVALID_START_DATE', 'MISSING_TITLE', 'OUTSIDE_REGION'],
    );
    expect(report).toMatchObject({ encoding: 'Shift_JIS', rows: 13, created: 9, updated: 0, rejected: 4 });
    expect(report.results.every((r) => (r.outcome === 'REJECTED') === (r.event === null))).toBe(true);
    const issues = report.results.flatMap((r) => r.issues.map((i) => i.code));
    // 15100 lost its check digit; 定員 0 is not a capacity; 12345 is not a phone number.
    expect(issues).toEqual(expect.arrayContaining(['CODE_CHECK_DIGIT_ADDED', 'CAPACITY_DROPPED', 'VALUE_DROPPED']));
    expect(report.repaired).toBeGreaterThanOrEqual(3);

    const after = await ask<Calendar>('public', CALENDAR, { filter: { from: '2026-12-01', to: '2026-12-31', text: '福祉なんでも相談会' } });
    expect(after.data!.events.edges.map((e) => e.node.regionCode)).toEqual(['niigata']);

    // The same file again updates the same events rather than adding them twice.
    const again = await ask<Report>('niigataPref', IMPORT, { input: { region: 'niigata', fileBase64 } });
    expect(again.data!.importEvents).toMatchObject({ created: 0, updated: 9, rejected: 4 });
  });

  it('refuses an import into another region or by someone who may not, and a file that is not a CSV of the dataset', async () => {
    const fileBase64 = shiftJisFile();
    const elsewhere = await ask('niigataPref', IMPORT, { input: { region: 'kikuchi', fileBase64 } });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const worker = await ask('worker', IMPORT, { input: { region: 'kikuchi', fileBase64 } });
    expect(worker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notCsv = await ask('niigataPref', IMPORT, { input: { region: 'niigata', fileBase64: Buffer.from('名前,年齢\r\n太郎,20\r\n').toString('base64') } });
    expect(notCsv.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileBase64' });
    expect(String(notCsv.errors?.[0]?.extensions?.messageJa)).toMatch(/イベント名|列/u);
  });
});

describe('the iCalendar feed', () => {
  function feed(path: string, caller?: Caller) {
    const token = caller ? tokens[caller] : undefined;
    const headers: Record<string, string> = token ? { authorization: `Basic ${Buffer.from(`calendar:${token}`).toString('base64')}` } : {};
    return fetch(new URL(path, hub.gatewayUrl), { headers });
  }

  function vevents(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  it('gives a region’s public events to a calendar application, and validates as RFC 5545', async () => {
    const response = await feed('/calendar/region/kikuchi.ics?from=2026-12-01&to=2026-12-31');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    const events = vevents(text);
    const expected = demoDecember(['PUBLIC']).filter((id) => id.startsWith('kikuchi:'));
    expect(events.map((e) => e.uid.replace(/@renkei-hub$/, '')).sort()).toEqual(expected.sort());
    for (const e of events) {
      expect(e.startDate).toBeTruthy();
      expect(e.endDate.compare(e.startDate)).toBeGreaterThanOrEqual(0);
    }
    expect(text).not.toContain('ケース会議');
  });

  it('adds what the subscriber may see when the calendar application signs in, and never a case meeting to others', async () => {
    const member = vevents(await (await feed('/calendar/region/kikuchi.ics?from=2026-12-01&to=2026-12-31', 'worker')).text()).map((e) => e.uid);
    expect(member).toEqual(expect.arrayContaining([`${CASE_MEETING}@renkei-hub`, `${CASE_REVIEW}@renkei-hub`]));
    const other = vevents(await (await feed('/calendar/municipality/432105.ics?from=2026-12-01&to=2026-12-31', 'foodbank')).text()).map((e) => e.uid);
    expect(other).not.toContain(`${CASE_MEETING}@renkei-hub`);
    expect(other.length).toBeGreaterThan(0);
    const organiser = await feed(`/calendar/organization/${encodeURIComponent(org('kikuchi', 'kikuchi-kikuchi-city-fukushika'))}.ics?from=2026-11-01&to=2027-03-31`);
    expect(organiser.status).toBe(200);
    expect(vevents(await organiser.text()).map((e) => e.uid)).not.toContain(`${CASE_MEETING}@renkei-hub`);
  });

  it('answers a bad token and a bad window clearly', async () => {
    const bad = await fetch(new URL('/calendar/region/kikuchi.ics', hub.gatewayUrl), { headers: { authorization: 'Bearer not-a-token' } });
    expect(bad.status).toBe(401);
    const window = await feed('/calendar/region/kikuchi.ics?from=2026-12-31&to=2026-12-01');
    expect(window.status).toBe(400);
    expect(((await window.json()) as { errors: { extensions: { messageJa: string } }[] }).errors[0]!.extensions.messageJa).toBeTruthy();
  });
});

describe('SQL statements per request', () => {
  it('do not grow with the number of organisations whose events are listed', async () => {
    const statements = async (count: number) => {
      const ids = [org('kikuchi', 'kikuchi-kikuchi-city-fukushika'), org('kikuchi', 'kikuchi-foodbank-kikuchi')];
      for (let i = ids.length; i < count; i++) ids.push(org('kikuchi', `no-such-organisation-${i}`));
      const requestId = `events-statements-${count}`;
      const response = await fetch(hub.events.kikuchi!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.worker}`, 'x-request-id': requestId },
        body: JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { events(first: 5) { totalCount edges { node { title coOrganizers { id } links { url } registeredParticipants } } } } } }`,
          variables: { r: ids.map((id) => ({ __typename: 'Organization', id })) },
        }),
      });
      const body = (await response.json()) as { data?: { _entities: { events: { totalCount: number } }[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities[0]!.events.totalCount).toBeGreaterThan(0);
      return hub.subgraphLogs.sqlStatementsOf(requestId);
    };
    const few = await statements(3);
    const many = await statements(40);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
