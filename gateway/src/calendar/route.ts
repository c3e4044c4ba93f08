// Calendar feeds at /calendar/: a region's, a municipality's or an organisation's events as iCalendar, for
// calendar applications to subscribe to. Each page of a feed is a GraphQL operation run through the gateway's own
// Apollo Server with the context /graphql would build from the same headers, so the field access rules,
// request limits and regional fan-out are those of /graphql, and a caller sees only the events they may see.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { parseGlobalId } from '@renkei/regions';
import { HttpProblem, type HttpRoute, type IncomingRequest } from '@renkei/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../gateway.js';
import { FEED_EVENT_FIELDS, renderCalendar, type FeedEvent } from './render.js';

export const CALENDAR_PREFIX = '/calendar/';
/** A feed holds at most this many events; its description says when more were left out. */
export const MAX_FEED_EVENTS = 2000;
/** The longest window a caller may ask for, in days from `from` to `to`: the events filter's own limit. */
export const MAX_WINDOW_DAYS = 400;
const DEFAULT_PAST_DAYS = 90;
const DEFAULT_FUTURE_DAYS = 365;
const PAGE_SIZE = 100;
/** Pages per window, beyond which a subgraph that keeps answering "more" is not followed. */
const MAX_PAGES = MAX_FEED_EVENTS / PAGE_SIZE + 5;
const REALM = 'Basic realm="renkei-hub calendar", charset="UTF-8"';
const MAX_AGE_SECONDS = 300;

export interface CalendarRouteOptions {
  apollo: ApolloServer<GatewayContext>;
  /** The context /graphql builds from a request's headers (context.ts). */
  context: (request: IncomingRequest) => Promise<GatewayContext>;
  /** The clock, for tests. */
  now?: () => Date;
}

interface Window {
  from: string;
  to: string;
}

interface Connection {
  edges: { node: FeedEvent }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What the three operations answer, each field only in its own. */
interface FeedData {
  region?: { name: string } | null;
  municipality?: { name: string } | null;
  organization?: { name: string; events: Connection | null } | null;
  events?: Connection | null;
}

interface Feed {
  /** ASCII, for the file name. */
  slug: string;
  query: string;
  variables(window: Window, after: string | null): Record<string, unknown>;
  /** The calendar owner's name and this page of its events; null where GraphQL gave none. */
  read(data: FeedData | null): { name: string | null; page: Connection | null };
  /** Whether `to` is applied by the query (else the route stops at `to` itself: events come in order of start). */
  filtersTo: boolean;
  /** What to call it when it does not exist. */
  missing: [string, string];
}

const PAGE_FIELDS = /* GraphQL */ `
  fragment FeedPage on EventConnection {
    pageInfo { hasNextPage endCursor }
    edges { node { ...FeedEvent } }
  }
  ${FEED_EVENT_FIELDS}
`;

function regionFeed(code: string): Feed {
  return {
    slug: code,
    query: /* GraphQL */ `
      query RegionCalendar($code: ID!, $filter: EventFilter!, $after: String) {
        region(code: $code) { name }
        events(filter: $filter, regions: [$code], first: ${PAGE_SIZE}, after: $after) { ...FeedPage }
      }
      ${PAGE_FIELDS}
    `,
    variables: (window, after) => ({ code, filter: window, after }),
    read: (data) => ({ name: data?.region?.name ?? null, page: data?.events ?? null }),
    filtersTo: true,
    missing: [`There is no region ${code}`, `地域「${code}」は見つかりません。`],
  };
}

function municipalityFeed(code: string): Feed {
  return {
    slug: code,
    query: /* GraphQL */ `
      query MunicipalityCalendar($code: ID!, $filter: EventFilter!, $after: String) {
        municipality(code: $code) { name }
        events(filter: $filter, first: ${PAGE_SIZE}, after: $after) { ...FeedPage }
      }
      ${PAGE_FIELDS}
    `,
    variables: (window, after) => ({ code, filter: { ...window, municipalityCodes: [code] }, after }),
    read: (data) => ({ name: data?.municipality?.name ?? null, page: data?.events ?? null }),
    filtersTo: true,
    missing: [`There is no municipality ${code}`, `市区町村「${code}」は見つかりません。`],
  };
}

function organizationFeed(id: string): Feed {
  return {
    slug: id.replace(/[^A-Za-z0-9-]/g, '-'),
    query: /* GraphQL */ `
      query OrganizationCalendar($id: ID!, $from: Date, $after: String) {
        organization(id: $id) { name events(from: $from, first: ${PAGE_SIZE}, after: $after) { ...FeedPage } }
      }
      ${PAGE_FIELDS}
    `,
    variables: (window, after) => ({ id, from: window.from, after }),
    read: (data) => ({ name: data?.organization?.name ?? null, page: data?.organization?.events ?? null }),
    filtersTo: false,
    missing: [`There is no organisation ${id}`, `組織「${id}」は見つかりません。`],
  };
}

function notFound(message = 'No such calendar', messageJa = 'カレンダーが見つかりません。'): HttpProblem {
  return new HttpProblem(404, 'NOT_FOUND', message, messageJa);
}

function feedFor(pathname: string): Feed {
  const match = /^(region|municipality|organization)\/([^/]+)\.ics$/.exec(pathname.slice(CALENDAR_PREFIX.length));
  if (!match) {
    throw notFound(
      'Not found: calendars are at /calendar/region/<code>.ics, /calendar/municipality/<code>.ics and /calendar/organization/<id>.ics',
      '見つかりません。カレンダーは /calendar/region/<地域コード>.ics、/calendar/municipality/<市区町村コード>.ics、/calendar/organization/<組織ID>.ics です。',
    );
  }
  let key: string;
  try {
    key = decodeURIComponent(match[2]!);
  } catch {
    throw notFound();
  }
  if (match[1] === 'region' && /^[a-z][a-z0-9-]{1,31}$/.test(key)) return regionFeed(key);
  if (match[1] === 'municipality' && /^\d{6}$/.test(key)) return municipalityFeed(key);
  if (match[1] === 'organization' && parseGlobalId(key, 'Organization')) return organizationFeed(key);
  throw notFound();
}

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function badInput(message: string, messageJa: string): HttpProblem {
  return new HttpProblem(400, 'BAD_USER_INPUT', message, messageJa);
}

function dateParameter(params: URLSearchParams, name: 'from' | 'to'): string | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  // A real calendar day: 2026-02-30 does not survive the round trip.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badInput(`${name} must be a date as YYYY-MM-DD`, `${name} は YYYY-MM-DD 形式の日付で指定してください。`);
  }
  return value;
}

/** The window asked for; by default from 90 days before today in Japan to 365 days after. */
function windowOf(params: URLSearchParams, now: Date): Window {
  // Japan keeps no daylight saving time: its calendar day is the UTC day nine hours on.
  const today = new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const from = dateParameter(params, 'from');
  const to = dateParameter(params, 'to');
  const window = { from: from ?? addDays(today, -DEFAULT_PAST_DAYS), to: to ?? addDays(today, DEFAULT_FUTURE_DAYS) };
  const days = daysBetween(window.from, window.to);
  if (days < 0) throw badInput('to must not be before from', 'to は from 以降の日付にしてください。');
  // The default window is longer than a caller may ask for; it is fetched in parts (windowParts).
  if ((from !== undefined || to !== undefined) && days > MAX_WINDOW_DAYS) {
    throw badInput(
      `The window may be at most ${MAX_WINDOW_DAYS} days; ${window.from} to ${window.to} is ${days}`,
      `期間は最長${MAX_WINDOW_DAYS}日です（${window.from}〜${window.to}は${days}日）。`,
    );
  }
  return window;
}

/** The window cut into parts the events filter accepts (at most 400 days from `from` to `to` each). */
function windowParts(window: Window): Window[] {
  const parts: Window[] = [];
  for (let from = window.from; from <= window.to; from = addDays(from, MAX_WINDOW_DAYS + 1)) {
    const end = addDays(from, MAX_WINDOW_DAYS);
    parts.push({ from, to: end < window.to ? end : window.to });
  }
  return parts;
}

function unauthenticated(res: ServerResponse, message: string, messageJa: string): HttpProblem {
  res.setHeader('www-authenticate', REALM);
  return new HttpProblem(401, 'UNAUTHENTICATED', message, messageJa);
}

/**
 * The Authorization header as /graphql takes it. Calendar applications send Basic credentials, not bearer
 * tokens: the password is then the token, and the user name is whatever the application asked for.
 */
function bearerAuthorization(res: ServerResponse, authorization: string | undefined): string | undefined {
  const basic = /^basic\s+(\S*)\s*$/i.exec(authorization ?? '');
  if (!basic) return authorization || undefined;
  const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(basic[1]!) ? Buffer.from(basic[1]!, 'base64').toString('utf8') : '';
  const password = decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : '';
  if (password === '') {
    throw unauthenticated(
      res,
      'Give the token as the password of Basic credentials, or as Authorization: Bearer <JWT>',
      'トークンを Basic 認証のパスワードとして、または Authorization: Bearer <JWT> で送ってください。',
    );
  }
  return `Bearer ${password}`;
}

async function contextFor(
  options: CalendarRouteOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  requestId: string,
): Promise<GatewayContext> {
  const authorization = bearerAuthorization(res, req.headers.authorization);
  // Clients that send credentials only when challenged can ask for the challenge with ?auth=required.
  if (authorization === undefined && url.searchParams.get('auth') === 'required') {
    throw unauthenticated(res, 'Sign in to see this calendar', 'このカレンダーを見るにはサインインしてください。');
  }
  const headers: IncomingHttpHeaders = { ...req.headers, authorization };
  if (authorization === undefined) delete headers.authorization;
  try {
    return await options.context({ headers, requestId });
  } catch (error) {
    const { extensions } = error as Partial<GraphQLError>;
    if (extensions?.code === 'UNAUTHENTICATED') {
      throw unauthenticated(res, (error as Error).message, String(extensions.messageJa ?? '認証に失敗しました。'));
    }
    throw error;
  }
}

function codesOf(errors: readonly GraphQLFormattedError[]): Set<string> {
  return new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
}

/** Why GraphQL gave no calendar at all, as the problem the caller is told. */
function refusal(feed: Feed, errors: readonly GraphQLFormattedError[], res: ServerResponse): Error {
  const codes = codesOf(errors);
  const first = (code: string) => errors.find((e) => e.extensions?.code === code)!;
  if (errors.length === 0 || codes.has('BAD_USER_INPUT') || codes.has('NOT_FOUND')) return notFound(...feed.missing);
  if (codes.has('UNAUTHENTICATED')) {
    const error = first('UNAUTHENTICATED');
    return unauthenticated(res, error.message, String(error.extensions?.messageJa ?? '認証に失敗しました。'));
  }
  if (codes.has('FORBIDDEN')) {
    const error = first('FORBIDDEN');
    return new HttpProblem(403, 'FORBIDDEN', error.message, String(error.extensions?.messageJa ?? 'このカレンダーは見られません。'));
  }
  if (codes.has('SERVICE_UNAVAILABLE') || codes.has('REGION_UNAVAILABLE')) {
    return new HttpProblem(503, 'SERVICE_UNAVAILABLE', 'The events cannot be fetched right now', 'いま催しを取得できません。');
  }
  // Anything else (a limit, a bug) is the route's fault, not the caller's: a 500, logged by Apollo with its codes.
  return new Error(`the calendar operation failed: ${[...codes].join(', ')}`);
}

interface Collected {
  name: string;
  events: FeedEvent[];
  capped: boolean;
  partial: boolean;
}

async function collect(options: CalendarRouteOptions, feed: Feed, window: Window, contextValue: GatewayContext, res: ServerResponse): Promise<Collected> {
  const events = new Map<string, FeedEvent>();
  let name: string | null = null;
  let partial = false;
  let capped = false;
  const parts = feed.filtersTo ? windowParts(window) : [window];
  windows: for (const [index, part] of parts.entries()) {
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < MAX_PAGES; pageNumber++) {
      const response = await options.apollo.executeOperation({ query: feed.query, variables: feed.variables(part, after) }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('the calendar operation answered incrementally');
      const { data, errors = [] } = response.body.singleResult;
      const { name: owner, page } = feed.read((data as FeedData | null | undefined) ?? null);
      if (owner === null || page === null) {
        if (name === null) throw refusal(feed, errors, res);
        // A later page failed: serve what came before it.
        partial = true;
        break windows;
      }
      name = owner;
      if (errors.length > 0) partial = true;
      let beyondTo = false;
      for (const { node } of page.edges) {
        if (!feed.filtersTo && node.startDate > window.to) {
          beyondTo = true;
          break;
        }
        events.set(node.id, node);
      }
      const more = page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null && page.pageInfo.endCursor !== after && !beyondTo;
      if (events.size >= MAX_FEED_EVENTS) {
        capped = events.size > MAX_FEED_EVENTS || more || index < parts.length - 1;
        break windows;
      }
      if (!more) break;
      after = page.pageInfo.endCursor;
    }
  }
  return { name: name!, events: [...events.values()].slice(0, MAX_FEED_EVENTS), capped, partial };
}

function descriptionOf(window: Window, collected: Collected): string {
  const lines = [`${window.from}〜${window.to}の催し（renkei-hub）`];
  if (collected.capped) {
    lines.push(`件数が多いため、最初の${MAX_FEED_EVENTS.toLocaleString('ja-JP')}件だけを載せています。期間（from・to）を狭めてください。`);
  }
  if (collected.partial) lines.push('一部のデータを取得できなかったため、載っていない催しがあります。');
  return lines.join('\n');
}

/** A file name for Content-Disposition's filename* (RFC 8187), which allows fewer characters than a URI component. */
function extendedFilename(name: string): string {
  return `UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  // If-None-Match compares weakly (RFC 9110 13.1.2).
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function calendarRoute(options: CalendarRouteOptions): HttpRoute {
  const now = options.now ?? (() => new Date());
  return {
    prefix: CALENDAR_PREFIX,
    async handle(req, res, { url, requestId }) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'Use GET or HEAD', 'GET または HEAD を使ってください。');
      }
      const feed = feedFor(url.pathname);
      const window = windowOf(url.searchParams, now());
      const contextValue = await contextFor(options, req, res, url, requestId);
      const collected = await collect(options, feed, window, contextValue, res);
      const calendarName = `${collected.name}の催し`;
      const body = renderCalendar(collected.events, { name: calendarName, description: descriptionOf(window, collected) });
      const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
      const headers: Record<string, string> = {
        etag,
        // A feed depends on who asks: a shared cache must not hand one caller's feed to another.
        'cache-control': `${contextValue.identity.authenticated ? 'private' : 'public'}, max-age=${MAX_AGE_SECONDS}`,
        vary: 'Authorization',
        ...(collected.partial ? { 'x-hub-partial': 'true' } : {}),
      };
      if (matchesETag(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="${feed.slug}.ics"; filename*=${extendedFilename(`${calendarName}.ics`)}`,
        'content-length': String(Buffer.byteLength(body)),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}
