// Sites, stock and needs as the public, a site's staff and other staff see and change them: the public sees
// sites, opening days and needs; stock is for staff, and what is past its best-before is never available;
// only the site's staff change its stock and needs, and concurrent changes are never lost. Real HTTP, database, tokens.
import { demoUuid } from '@renkei/db';
import { addDays, tokyoDate } from '@renkei/scalars';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { foodNeed, stockLot } from './db/schema.js';
import { dayOf } from './resolvers/site.js';
import { foodBanksTestBench } from './test-bench.js';

const KIKUCHI_FB = `kikuchi:FoodSite:${demoUuid('kikuchi-food-fb-kikuchi-soko')}`;
const today = tokyoDate(new Date());

const bench = foodBanksTestBench('food-sites-test');
const ask = bench.ask.bind(bench);

interface Level {
  category: string;
  available: number;
  expired: number;
  lots: { id: string; quantity: number; expired: boolean; bestBefore: string | null }[];
}
const STOCK = 'query($id: ID!) { foodSite(id: $id) { stock { category available expired soonestBestBefore lots { id quantity expired bestBefore } } } }';
async function stock(): Promise<Record<string, Level>> {
  const { data, errors } = await ask<{ foodSite: { stock: Level[] } }>('foodbank', STOCK, { id: KIKUCHI_FB });
  expect(errors).toBeUndefined();
  return Object.fromEntries(data!.foodSite.stock.map((s) => [s.category, s]));
}

/** The next day on or after today that falls on a weekday. */
function next(weekday: string): string {
  for (let i = 0; i < 7; i++) if (dayOf(addDays(today, i)).weekday === weekday) return addDays(today, i);
  throw new Error(weekday);
}

describe('what the public sees', () => {
  it('finds sites nearest first, with their opening days and needs, and not their stock', async () => {
    const { data, errors } = await ask<{ foodSites: { totalCount: number; edges: { distanceKm: number; node: { id: string; region: string; needs: { category: string }[]; openingTimes: unknown[] } }[] } }>(
      'public',
      '{ foodSites(filter: { near: { municipalityCode: "432105" } }, first: 100) { totalCount edges { distanceKm node { id region openingTimes { weekday opens closes weeksOfMonth } needs { category quantity unit neededBy } } } } }',
    );
    expect(errors).toBeUndefined();
    const edges = data!.foodSites.edges;
    expect(edges.length).toBe(data!.foodSites.totalCount);
    expect(new Set(edges.map((e) => e.node.region))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    expect(edges.map((e) => e.distanceKm)).toEqual([...edges.map((e) => e.distanceKm)].sort((a, b) => a - b));
    const fb = edges.find((e) => e.node.id === KIKUCHI_FB)!;
    expect(fb.node.needs.map((n) => n.category)).toContain('RICE');
    expect(fb.node.openingTimes.length).toBeGreaterThan(0);
    const hidden = await ask<{ foodSite: { stock: unknown } }>('public', STOCK, { id: KIKUCHI_FB });
    expect(hidden.data?.foodSite?.stock ?? null).toBeNull();
    expect(hidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('finds the sites open on a day and those short of a category', async () => {
    const openOn = (date: string) =>
      ask<{ foodSites: { edges: { node: { id: string; openOn: boolean } }[] } }>('public', 'query($d: Date!) { foodSites(filter: { openOn: $d }, first: 100) { edges { node { id openOn(date: $d) } } } }', { d: date });
    // フードバンク菊池 opens on Tuesdays and Thursdays.
    const tuesday = await openOn(next('TUESDAY'));
    expect(tuesday.data!.foodSites.edges.map((e) => e.node.id)).toContain(KIKUCHI_FB);
    expect(tuesday.data!.foodSites.edges.every((e) => e.node.openOn)).toBe(true);
    const monday = await openOn(next('MONDAY'));
    expect(monday.data!.foodSites.edges.map((e) => e.node.id)).not.toContain(KIKUCHI_FB);
    const short = await ask<{ foodSites: { edges: { node: { needs: { category: string }[] } }[] } }>(
      'public',
      '{ foodSites(filter: { needs: [BABY_GOODS] }, first: 100) { edges { node { needs { category } } } } }',
    );
    expect(short.data!.foodSites.edges.length).toBeGreaterThan(0);
    expect(short.data!.foodSites.edges.every((e) => e.node.needs.some((n) => n.category === 'BABY_GOODS'))).toBe(true);
    const bad = await ask('public', '{ foodSites(filter: { withinKm: 5 }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.withinKm' });
  });
});

describe('stock', () => {
  it('never counts what is past its best-before as available', async () => {
    const levels = await stock();
    // The demo's tuna cans went past their best-before five days before it was loaded; the mackerel cans did not.
    expect(levels.CANNED).toMatchObject({ available: 96, expired: 24 });
    expect(levels.CANNED!.lots.filter((l) => l.expired).map((l) => l.quantity)).toEqual([24]);
    expect(levels.HYGIENE!.expired).toBe(0);
  });

  it("is taken in by the site's staff, and food past its best-before is refused with nothing written", async () => {
    const before = await stock();
    const RECORD = 'mutation($id: ID!, $lots: [FoodStockLotInput!]!) { recordFoodStock(siteId: $id, lots: $lots) { id } }';
    const ok = await ask('foodbank', RECORD, { id: KIKUCHI_FB, lots: [{ category: 'RETORT', quantity: 12, bestBefore: addDays(today, 100) }] });
    expect(ok.errors).toBeUndefined();
    expect((await stock()).RETORT!.available).toBe(before.RETORT!.available + 12);
    const past = await ask('foodbank', RECORD, { id: KIKUCHI_FB, lots: [{ category: 'RETORT', quantity: 5 }, { category: 'FRESH', quantity: 3, bestBefore: addDays(today, -1) }] });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lots.1.bestBefore' });
    const other = await ask('cafeteria', RECORD, { id: KIKUCHI_FB, lots: [{ category: 'RETORT', quantity: 5 }] });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stock()).RETORT!.available).toBe(before.RETORT!.available + 12);
  });

  it('loses no change when many are made at once, and refuses to go below zero', async () => {
    const ADJUST = 'mutation($id: ID!, $change: Float!) { adjustFoodStock(lotId: $id, change: $change) { quantity version } }';
    const lot = (await stock()).CANNED!.lots.find((l) => !l.expired)!;
    const results = await Promise.all(Array.from({ length: 10 }, () => ask('foodbank', ADJUST, { id: lot.id, change: -2 })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [row] = await bench.subgraph.orm.select().from(stockLot).where(eq(stockLot.id, lot.id.split(':')[2]!));
    expect(row).toMatchObject({ quantity: lot.quantity - 20, version: 11 });
    const tooMuch = await ask('foodbank', ADJUST, { id: lot.id, change: -(lot.quantity - 20 + 1) });
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const half = await ask('foodbank', ADJUST, { id: lot.id, change: -0.5 });
    expect(half.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'change' });
    // Nothing is added to a lot past its best-before (the demo's tuna cans); taking it out is still possible.
    const expired = (await stock()).CANNED!.lots.find((l) => l.expired)!;
    const added = await ask('foodbank', ADJUST, { id: expired.id, change: 5 });
    expect(added.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageJa: expect.stringContaining('賞味期限') });
    expect((await stock()).CANNED!.expired).toBe(expired.quantity);
    expect((await ask('foodbank', ADJUST, { id: expired.id, change: -4 })).errors).toBeUndefined();
  });
});

describe('needs', () => {
  const SET = 'mutation($id: ID!, $need: FoodNeedInput!) { setFoodNeed(siteId: $id, need: $need) { needs { category quantity neededBy minShelfLifeDays } } }';

  it("are set and withdrawn by the site's staff and shown to the public", async () => {
    const set = await ask('foodbank', SET, { id: KIKUCHI_FB, need: { category: 'HYGIENE', quantity: 40, neededBy: addDays(today, 20) } });
    expect(set.errors).toBeUndefined();
    const seen = await ask<{ foodSite: { needs: { category: string; quantity: number }[] } }>('public', 'query($id: ID!) { foodSite(id: $id) { needs { category quantity } } }', { id: KIKUCHI_FB });
    expect(seen.data!.foodSite.needs).toContainEqual({ category: 'HYGIENE', quantity: 40 });
    const withdrawn = await ask<{ setFoodNeed: { needs: { category: string }[] } }>('foodbank', SET, { id: KIKUCHI_FB, need: { category: 'HYGIENE', quantity: 0 } });
    expect(withdrawn.data!.setFoodNeed.needs.map((n) => n.category)).not.toContain('HYGIENE');
    const past = await ask('foodbank', SET, { id: KIKUCHI_FB, need: { category: 'HYGIENE', quantity: 5, neededBy: addDays(today, -3) } });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'need.neededBy' });
    const other = await ask('worker', SET, { id: KIKUCHI_FB, need: { category: 'HYGIENE', quantity: 5 } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a need past its deadline', () => {
  it('is no longer shown or found', async () => {
    const SET = 'mutation($id: ID!, $need: FoodNeedInput!) { setFoodNeed(siteId: $id, need: $need) { id } }';
    expect((await ask('foodbank', SET, { id: KIKUCHI_FB, need: { category: 'DRINKS', quantity: 24, neededBy: addDays(today, 3) } })).errors).toBeUndefined();
    const NEEDS = 'query($id: ID!) { foodSite(id: $id) { needs { category } } }';
    const FIND = '{ foodSites(filter: { needs: [DRINKS] }, first: 100) { edges { node { id } } } }';
    expect((await ask<{ foodSite: { needs: { category: string }[] } }>('public', NEEDS, { id: KIKUCHI_FB })).data!.foodSite.needs.map((n) => n.category)).toContain('DRINKS');
    // Three days on: the deadline has passed.
    await bench.subgraph.orm.update(foodNeed).set({ neededBy: addDays(today, -1) }).where(and(eq(foodNeed.siteId, KIKUCHI_FB.split(':')[2]!), eq(foodNeed.category, 'DRINKS')));
    expect((await ask<{ foodSite: { needs: { category: string }[] } }>('public', NEEDS, { id: KIKUCHI_FB })).data!.foodSite.needs.map((n) => n.category)).not.toContain('DRINKS');
    const found = await ask<{ foodSites: { edges: { node: { id: string } }[] } }>('public', FIND);
    expect(found.data!.foodSites.edges.map((e) => e.node.id)).not.toContain(KIKUCHI_FB);
  });
});

describe('the cost of a listing', () => {
  it("takes as many SQL statements for many organisations' sites with their stock and needs as for one", async () => {
    const query = /* GraphQL */ `
      query($r: [_Any!]!) {
        _entities(representations: $r) { ... on Organization { foodSites(first: 10) { totalCount edges { node { needs { quantity } stock { available } } } } } }
      }
    `;
    const organisations = (keys: string[]) => keys.map((key) => ({ __typename: 'Organization', id: `kikuchi:Organization:${demoUuid(key)}` }));
    const one = organisations(['kikuchi-foodbank-kikuchi']);
    const many = organisations(['kikuchi-foodbank-kikuchi', 'kikuchi-kodomo-shokudo-hidamari', 'kikuchi-kikuaikai', 'kikuchi-greencoop-kumamoto']);
    for (const [r, requestId] of [[one, 'sql-one'], [many, 'sql-many']] as const) {
      const { errors } = await ask('foodbank', query, { r }, { 'x-request-id': requestId });
      expect(errors).toBeUndefined();
    }
    const [few, lots] = [await bench.logs.sqlStatementsOf('sql-one'), await bench.logs.sqlStatementsOf('sql-many')];
    console.info(`SQL statements: 1 organisation → ${few}, 4 organisations → ${lots}`);
    expect(few).toBeGreaterThan(0);
    expect(lots).toBe(few);
  });
});

