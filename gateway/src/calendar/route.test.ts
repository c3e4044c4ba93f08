// The calendar route on the real HTTP shell, in front of a small Apollo Server whose fields have the shapes of
// the supergraph's (events, organization, region, municipality) and whose resolvers record what they were asked
// and with which context. This checks the route: paths, windows, paging, credentials, problems and caching.
// It does not check the gateway's access rules, limits or regional fan-out, which this stand-in does not have;
// the end-to-end test through the real gateway and events subgraph does.
import { ApolloServer } from '@apollo/server';
import { hubError } from '@renkei/errors';
import { createLocalIssuer, createTokenVerifier, type LocalIssuer } from '@renkei/identity';
import { startGraphQLServer, type RunningServer } from '@renkei/server';
import { createLogger } from '@renkei/telemetry';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gatewayContext } from '../context.js';
import type { GatewayContext } from '../gateway.js';
import type { FeedEvent } from './render.js';
import { calendarRoute, MAX_FEED_EVENTS } from './route.js';

const typeDefs = /* GraphQL */ `
  scalar Date
  scalar DateTime
  type Query {
    events(filter: EventFilter!, first: Int = 20, after: String, regions: [ID!]): EventConnection!
    organization(id: ID!): Organization
    region(code: ID!): Region
    municipality(code: ID!): Municipality
  }
  input EventFilter {
    from: Date!
    to: Date!
    municipalityCodes: [ID!]
    text: String
    includeCancelled: Boolean = true
  }
  type Region { code: ID! name: String! }
  type Municipality { code: ID! name: String! }
  type Organization { id: ID! name: String! events(from: Date, first: Int = 20, after: String): EventConnection! }
  type EventConnection { totalCount: Int! edges: [EventEdge!]! pageInfo: PageInfo! }
  type EventEdge { cursor: String! node: Event! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Event {
    id: ID! type: EventType! title: String! titleEn: String description: String status: EventStatus! statusNote: String
    allDay: Boolean! startDate: Date! endDate: Date! startsAt: DateTime endsAt: DateTime timeNote: String venue: Venue
    onlineUrl: String url: String organizerName: String audience: EventAudience! updatedAt: DateTime! feeYen: Int capacity: Int
  }
  type Venue { name: String! address: String addressDetail: String location: GeoPoint }
  type GeoPoint { latitude: Float! longitude: Float! }
  enum EventType { INFORMATION_EXCHANGE TRAINING FESTIVAL OTHER }
  enum EventStatus { SCHEDULED CANCELLED POSTPONED }
  enum EventAudience { PUBLIC NETWORK_MEMBERS STAFF_ONLY INVITED }
`;

interface StoredEvent extends FeedEvent {
  region: string;
  municipalityCode: string;
  /** Makes its venue fail, as a region that stops answering would. */
  failing?: boolean;
}

const REGIONS: Record<string, string> = { kikuchi: '菊池地域', gifu: '岐阜県', big: '大きな地域' };
const MUNICIPALITIES: Record<string, string> = { '432041': '菊池市', '434035': '大津町' };
const ORGANIZATION = 'kikuchi:Organization:0f8b5a3e-2c4d-4e6f-8a1b-2c3d4e5f6a7b';

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function stored(region: string, n: number, fields: Partial<StoredEvent> = {}): StoredEvent {
  const day = fields.startDate ?? addDays('2026-07-01', Math.floor(n / 2));
  return {
    id: `${region}:Event:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    region,
    municipalityCode: n % 2 === 0 ? '432041' : '434035',
    type: 'INFORMATION_EXCHANGE',
    title: `情報交換会 第${n}回`,
    titleEn: null,
    description: null,
    status: 'SCHEDULED',
    statusNote: null,
    allDay: false,
    startDate: day,
    endDate: day,
    startsAt: `${day}T10:00:00+09:00`,
    endsAt: `${day}T12:00:00+09:00`,
    timeNote: null,
    venue: { name: '菊池市役所', address: '熊本県菊池市隈府888', addressDetail: null, location: null },
    onlineUrl: null,
    url: null,
    organizerName: null,
    audience: 'PUBLIC',
    updatedAt: '2026-06-01T09:00:00+09:00',
    feeYen: null,
    capacity: null,
    ...fields,
  };
}

const EVENTS: StoredEvent[] = [
  ...Array.from({ length: 250 }, (_, n) => stored('kikuchi', n)),
  // Across the two parts the default window is fetched in (2026-03-18〜2027-04-22, 2027-04-23〜2027-06-16).
  stored('kikuchi', 900, { allDay: true, startDate: '2027-04-20', endDate: '2027-04-25', startsAt: null, endsAt: null }),
  stored('kikuchi', 901, { startDate: '2027-05-10', endDate: '2027-05-10', startsAt: '2027-05-10T10:00:00+09:00', endsAt: '2027-05-10T11:00:00+09:00' }),
  stored('gifu', 1, { municipalityCode: '212016' }),
  stored('gifu', 2, { municipalityCode: '212016', failing: true }),
  ...Array.from({ length: MAX_FEED_EVENTS + 150 }, (_, n) => stored('big', n, { startDate: '2026-08-01', endDate: '2026-08-01', startsAt: '2026-08-01T10:00:00+09:00' })),
];

interface Call {
  field: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
  subject: string | null;
}

const calls: Call[] = [];

/** The window an events call asked for, without the filter's defaults. */
function windowOf(call: Call): string {
  const { from, to } = call.args.filter as { from: string; to: string };
  return `${from}..${to}`;
}

// X- properties are TEXT unless a VALUE says otherwise (RFC 5545 3.8.8.2); ical.js reads unknown ones raw.
for (const name of ['x-wr-calname', 'x-wr-caldesc']) {
  ICAL.design.icalendar.property[name] ??= { defaultType: 'text' };
}

function page(list: StoredEvent[], first: number, after: string | null | undefined) {
  if (first > 100) throw hubError('LIMIT_EXCEEDED', 'A page size is too large', 'ページの件数が大きすぎます');
  const start = after ? Number(after) : 0;
  const slice = list.slice(start, start + first);
  return {
    totalCount: list.length,
    edges: slice.map((node, i) => ({ cursor: String(start + i + 1), node })),
    pageInfo: { hasNextPage: start + first < list.length, endCursor: slice.length ? String(start + slice.length) : null },
  };
}

function record(field: string, args: Record<string, unknown>, context: GatewayContext) {
  calls.push({ field, args, authorization: context.authorization, subject: context.identity.subject });
}

const resolvers = {
  Query: {
    events(_: unknown, args: { filter: { from: string; to: string; municipalityCodes?: string[] }; first: number; after?: string; regions?: string[] }, context: GatewayContext) {
      record('events', args, context);
      const unknown = (args.regions ?? []).filter((code) => !REGIONS[code]);
      if (unknown.length) throw hubError('BAD_USER_INPUT', `There is no region ${unknown.join(', ')}`, `地域「${unknown.join('、')}」はありません。`);
      const { from, to, municipalityCodes } = args.filter;
      const list = EVENTS.filter(
        (e) =>
          e.endDate >= from &&
          e.startDate <= to &&
          (!args.regions || args.regions.includes(e.region)) &&
          (!municipalityCodes || municipalityCodes.includes(e.municipalityCode)),
      );
      return page(list, args.first, args.after);
    },
    region: (_: unknown, { code }: { code: string }) => (REGIONS[code] ? { code, name: REGIONS[code] } : null),
    municipality(_: unknown, { code }: { code: string }) {
      if (!MUNICIPALITIES[code]) throw hubError('BAD_USER_INPUT', `There is no local government ${code}`, `自治体コード「${code}」はありません。`);
      return { code, name: MUNICIPALITIES[code] };
    },
    organization: (_: unknown, { id }: { id: string }) => (id === ORGANIZATION ? { id, name: '菊池市社会福祉協議会' } : null),
  },
  Organization: {
    events(_: unknown, args: { from?: string; first: number; after?: string }, context: GatewayContext) {
      record('organization.events', args, context);
      return page(EVENTS.filter((e) => e.region === 'kikuchi' && (!args.from || e.endDate >= args.from)), args.first, args.after);
    },
  },
  Event: {
    venue(event: StoredEvent) {
      if (event.failing) throw hubError('REGION_UNAVAILABLE', 'The region gifu did not answer', '岐阜県のデータは応答がないため含まれていません。');
      return event.venue;
    },
  },
};

// 2026-06-16 05:00 in Japan, still the 15th in UTC: the default window is counted from Japan's day.
const NOW = new Date('2026-06-15T20:00:00Z');

let issuer: LocalIssuer;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  issuer = await createLocalIssuer({ issuer: 'https://idp.test', audience: 'renkei-hub' });
  const verifier = createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks });
  const apollo = new ApolloServer<GatewayContext>({ typeDefs, resolvers });
  await apollo.start();
  const context = gatewayContext(verifier);
  server = await startGraphQLServer({
    service: 'gateway',
    apollo,
    logger: createLogger('gateway', 'silent'),
    port: 0,
    host: '127.0.0.1',
    context,
    acceptRequestId: false,
    routes: [calendarRoute({ apollo, context, now: () => NOW })],
  });
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server?.close());
beforeEach(() => {
  calls.length = 0;
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> {
  return fetch(`${base}${path}`, { method, headers });
}

function parse(text: string): { calendar: ICAL.Component; uids: string[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, uids: calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid'))) };
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

async function problem(response: Response): Promise<{ code: unknown; message: unknown; messageJa: unknown }> {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string; messageJa: string } }[] };
  const [error] = body.errors;
  return { code: error!.extensions.code, message: error!.message, messageJa: error!.extensions.messageJa };
}

describe('a region feed', () => {
  it('covers 90 days before to 365 days after today in Japan by default, asked in parts the events filter accepts', async () => {
    const response = await get('/calendar/region/kikuchi.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect([...new Set(calls.map(windowOf))]).toEqual(['2026-03-18..2027-04-22', '2027-04-23..2027-06-16']);
    for (const call of calls) expect(call.args.regions).toEqual(['kikuchi']);
    const { calendar, uids } = parse(await response.text());
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('菊池地域の催し');
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('2026-03-18〜2027-06-16');
    // The event across the two parts is in both answers and in the feed once.
    expect(uids).toHaveLength(252);
    expect(new Set(uids).size).toBe(252);
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="kikuchi.ics"; filename*=UTF-8''${encodeURIComponent('菊池地域の催し')}.ics`,
    );
    expect(response.headers.get('x-hub-partial')).toBeNull();
  });

  it('pages through the events 100 at a time until the last page', async () => {
    const response = await get('/calendar/region/kikuchi.ics?from=2026-07-01&to=2026-12-31');
    expect(response.status).toBe(200);
    expect(calls.map((c) => [c.args.first, c.args.after ?? null])).toEqual([
      [100, null],
      [100, '100'],
      [100, '200'],
    ]);
    expect(new Set(calls.map(windowOf))).toEqual(new Set(['2026-07-01..2026-12-31']));
    const { uids } = parse(await response.text());
    expect(uids).toHaveLength(250);
    expect(uids[0]).toBe(`${EVENTS[0]!.id}@renkei-hub`);
  });

  it(`stops at ${MAX_FEED_EVENTS} events and says so in X-WR-CALDESC`, async () => {
    const response = await get('/calendar/region/big.ics?from=2026-08-01&to=2026-08-31');
    const { calendar, uids } = parse(await response.text());
    expect(uids).toHaveLength(MAX_FEED_EVENTS);
    expect(calls).toHaveLength(MAX_FEED_EVENTS / 100);
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('最初の2,000件だけ');
  });

  it('serves what came back when part of the answer failed, and says so in X-Hub-Partial', async () => {
    const response = await get('/calendar/region/gifu.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-hub-partial')).toBe('true');
    // The event whose venue failed is still served, without a venue.
    const { calendar, uids } = parse(await response.text());
    expect(uids).toHaveLength(2);
    expect(calendar.getAllSubcomponents('vevent').filter((e) => e.getFirstPropertyValue('location') === null)).toHaveLength(1);
  });

  it('is not found for a region there is none of, or a path that is no calendar', async () => {
    const unknown = await get('/calendar/region/nowhere.ics');
    expect(unknown.status).toBe(404);
    expect(await problem(unknown)).toEqual({ code: 'NOT_FOUND', message: 'There is no region nowhere', messageJa: '地域「nowhere」は見つかりません。' });
    for (const path of ['/calendar/region/Kikuchi!.ics', '/calendar/region/kikuchi', '/calendar/prefecture/43.ics', '/calendar/municipality/4320.ics']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect((await problem(response)).code).toBe('NOT_FOUND');
    }
  });
});

describe('municipality and organisation feeds', () => {
  it("filter a municipality's events by its code and carry its name", async () => {
    const response = await get('/calendar/municipality/432041.ics?from=2026-07-01&to=2026-07-31');
    expect(response.status).toBe(200);
    expect(calls[0]!.args.filter).toMatchObject({ from: '2026-07-01', to: '2026-07-31', municipalityCodes: ['432041'] });
    const { calendar, uids } = parse(await response.text());
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('菊池市の催し');
    expect(uids).toHaveLength(31);
    expect((await get('/calendar/municipality/999999.ics')).status).toBe(404);
  });

  it("page an organisation's events from `from` and stop at `to`", async () => {
    const response = await get(`/calendar/organization/${encodeURIComponent(ORGANIZATION)}.ics?from=2026-07-01&to=2026-07-05`);
    expect(response.status).toBe(200);
    expect(calls.map((c) => [c.field, c.args.from, c.args.after ?? null])).toEqual([['organization.events', '2026-07-01', null]]);
    const { calendar, uids } = parse(await response.text());
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('菊池市社会福祉協議会の催し');
    expect(uids).toHaveLength(10);
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="kikuchi-Organization-[0-9a-f-]+\.ics"/);
    const other = await get(`/calendar/organization/${encodeURIComponent(ORGANIZATION.replace('0f8b', '1f8b'))}.ics`);
    expect(other.status).toBe(404);
    expect((await problem(other)).code).toBe('NOT_FOUND');
  });
});

describe('the window', () => {
  it.each([
    ['?from=2026-02-30', 'from must be a date as YYYY-MM-DD'],
    ['?to=20261231', 'to must be a date as YYYY-MM-DD'],
    ['?from=2026-12-01&to=2026-11-30', 'to must not be before from'],
    ['?from=2026-01-01&to=2027-02-06', 'The window may be at most 400 days; 2026-01-01 to 2027-02-06 is 401'],
  ])('refuses %s with 400 BAD_USER_INPUT in both languages', async (query, message) => {
    const response = await get(`/calendar/region/kikuchi.ics${query}`);
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.message).toBe(message);
    expect(body.messageJa).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(calls).toEqual([]);
  });

  it('takes 400 days, in one operation per page', async () => {
    const response = await get('/calendar/region/kikuchi.ics?from=2026-01-01&to=2027-02-05');
    expect(response.status).toBe(200);
    expect(new Set(calls.map(windowOf))).toEqual(new Set(['2026-01-01..2027-02-05']));
  });
});

describe('credentials', () => {
  it('serve the public without any, cacheable by anyone', async () => {
    const response = await get('/calendar/region/kikuchi.ics?from=2026-07-01&to=2026-07-10');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('vary')).toBe('Authorization');
    expect(calls[0]).toMatchObject({ authorization: undefined, subject: null });
  });

  it('take the token as the password of Basic credentials and pass it on as a bearer token', async () => {
    const token = await issuer.mint({ sub: 'staff-1', roles: ['municipal_staff'], municipality: '432041' });
    const response = await get('/calendar/region/kikuchi.ics?from=2026-07-01&to=2026-07-10', { authorization: basic('calendar-app', token) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call).toMatchObject({ authorization: `Bearer ${token}`, subject: 'staff-1' });
    calls.length = 0;
    const bearer = await get('/calendar/region/kikuchi.ics?from=2026-07-01&to=2026-07-10', { authorization: `Bearer ${token}` });
    expect(bearer.status).toBe(200);
    expect(calls[0]).toMatchObject({ authorization: `Bearer ${token}`, subject: 'staff-1' });
  });

  it('refuse a bad token with 401 and a Basic challenge, never serving the public instead', async () => {
    const stranger = await createLocalIssuer({ issuer: issuer.issuer, audience: issuer.audience });
    const forged = await stranger.mint({ sub: 'staff-1', roles: ['municipal_staff'] });
    for (const authorization of [basic('me', forged), basic('me', ''), 'Basic !!!', `Bearer ${forged}`, 'Token abc']) {
      const response = await get('/calendar/region/kikuchi.ics', { authorization });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="renkei-hub calendar", charset="UTF-8"');
      const body = await problem(response);
      expect(body.code).toBe('UNAUTHENTICATED');
      expect(body.messageJa).toMatch(/[ぁ-んァ-ン一-龥]/);
    }
    expect(calls).toEqual([]);
  });

  it('are asked for with ?auth=required, for applications that send them only when challenged', async () => {
    const challenged = await get('/calendar/region/kikuchi.ics?auth=required');
    expect(challenged.status).toBe(401);
    expect(challenged.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const token = await issuer.mint({ sub: 'staff-2', roles: ['org_staff'] });
    const answered = await get('/calendar/region/kikuchi.ics?auth=required&from=2026-07-01&to=2026-07-02', { authorization: basic('x', token) });
    expect(answered.status).toBe(200);
  });
});

describe('caching', () => {
  it('answers If-None-Match with 304 while the feed is unchanged, and HEAD with the headers only', async () => {
    const path = '/calendar/region/kikuchi.ics?from=2026-07-01&to=2026-07-10';
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const body = await first.text();
    expect((await get(path)).headers.get('etag')).toBe(etag);

    const unchanged = await get(path, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(unchanged.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await get(path, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    expect((await get(path, { 'if-none-match': '"other"' })).status).toBe(200);
    expect((await get('/calendar/region/kikuchi.ics?from=2026-07-01&to=2026-07-11', { 'if-none-match': etag })).status).toBe(200);

    const head = await get(path, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(await head.text()).toBe('');
  });

  it('refuses other methods with 405', async () => {
    const response = await get('/calendar/region/kikuchi.ics', {}, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
