// Referrals as a consultation worker and a site use them: a random code, a household size and a window, never
// a name; the site sees and redeems its own; a code is redeemed once, even when two try at the same moment;
// every read is audited; the municipality and the prefecture see monthly counts with small ones suppressed.
import { demoUuid } from '@renkei/db';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditRecord, foodReferral } from './db/schema.js';
import { suppressedCell } from './resolvers/query.js';
import { foodBanksTestBench } from './test-bench.js';

const KIKUCHI_FB = `kikuchi:FoodSite:${demoUuid('kikuchi-food-fb-kikuchi-soko')}`;
const KOSHI_PANTRY = `kikuchi:FoodSite:${demoUuid('kikuchi-food-koshi-pantry')}`;

const bench = foodBanksTestBench('food-referrals-test');
const ask = bench.ask.bind(bench);

const REFER = `mutation($input: ReferHouseholdInput!) { referHousehold(input: $input) { id code householdSize status pickupFrom pickupUntil site { id } referringOrganization { id } } }`;
const REDEEM = `mutation($site: ID!, $code: String!) { redeemFoodReferral(siteId: $site, code: $code) { id status redeemedAt } }`;
const SITE_REFERRALS = `query($id: ID!, $status: FoodReferralStatus) { foodSite(id: $id) { referrals(status: $status, first: 100) { totalCount edges { node { id code householdSize status } } } } }`;

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function refer(siteId = KIKUCHI_FB, householdSize = 3) {
  const { data, errors } = await ask<{ referHousehold: { id: string; code: string; status: string } }>('worker', REFER, {
    input: { siteId, householdSize, categories: ['RICE'], pickupUntil: inHours(72) },
  });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.referHousehold;
}

describe('a referral', () => {
  it('carries a random code, the household size and a window, and comes back to the worker who made it', async () => {
    const a = await refer();
    const b = await refer();
    expect(a.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(a.code).not.toBe(b.code);
    expect(a.status).toBe('ISSUED');
    const made = await ask<{ foodReferralsMade: { edges: { node: { id: string } }[] } }>('worker', '{ foodReferralsMade(first: 100) { edges { node { id } } } }');
    expect(made.data!.foodReferralsMade.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('is made only by a consultation worker, and refuses a bad household size or window, writing nothing', async () => {
    const before = (await bench.subgraph.orm.select().from(foodReferral)).length;
    const byStaff = await ask('foodbank', REFER, { input: { siteId: KIKUCHI_FB, householdSize: 2, pickupUntil: inHours(24) } });
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bySize = await ask('worker', REFER, { input: { siteId: KIKUCHI_FB, householdSize: 0, pickupUntil: inHours(24) } });
    expect(bySize.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.householdSize' });
    const past = await ask('worker', REFER, { input: { siteId: KIKUCHI_FB, householdSize: 2, pickupUntil: inHours(-1) } });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pickupUntil' });
    const long = await ask('worker', REFER, { input: { siteId: KIKUCHI_FB, householdSize: 2, pickupUntil: inHours(24 * 61) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pickupUntil' });
    const farOff = await ask('worker', REFER, { input: { siteId: KIKUCHI_FB, householdSize: 2, pickupFrom: inHours(24 * 61), pickupUntil: inHours(24 * 62) } });
    expect(farOff.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pickupFrom' });
    const otherRegion = await ask('worker', REFER, { input: { siteId: `gifu:FoodSite:${demoUuid('gifu-food-kakamigahara-pantry')}`, householdSize: 2, pickupUntil: inHours(24) } });
    expect(otherRegion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await bench.subgraph.orm.select().from(foodReferral)).length).toBe(before);
  });

  it("is seen by the site's own staff only, and every read is audited", async () => {
    const made = await refer();
    const own = await ask<{ foodSite: { referrals: { edges: { node: { id: string; code: string } }[] } } }>('foodbank', SITE_REFERRALS, { id: KIKUCHI_FB, status: 'ISSUED' });
    expect(own.errors).toBeUndefined();
    expect(own.data!.foodSite.referrals.edges.map((e) => e.node.code)).toContain(made.code);
    for (const caller of ['public', 'cafeteria', 'city', 'kumamotoPref', 'admin'] as const) {
      const { data, errors } = await ask<{ foodSite: { referrals: unknown } }>(caller, SITE_REFERRALS, { id: KIKUCHI_FB });
      expect(data?.foodSite?.referrals ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    const reads = await bench.subgraph.orm.select().from(auditRecord).where(sql`${auditRecord.action} = 'read' and ${auditRecord.operation} = 'FoodSite.referrals'`);
    expect(reads.some((r) => r.recordIds.includes(made.id) && r.subject === 't-foodbank')).toBe(true);
  });
});

describe('redeeming a referral', () => {
  it('works once: the second time is refused, and so is a code of another site', async () => {
    const { code } = await refer();
    const first = await ask<{ redeemFoodReferral: { status: string } }>('foodbank', REDEEM, { site: KIKUCHI_FB, code: code.toLowerCase().replace('-', '') });
    expect(first.errors).toBeUndefined();
    expect(first.data!.redeemFoodReferral.status).toBe('REDEEMED');
    const second = await ask('foodbank', REDEEM, { site: KIKUCHI_FB, code });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageJa: 'この紹介はすでに受取済みです。' });
    const elsewhere = await refer(KOSHI_PANTRY);
    const wrongSite = await ask('foodbank', REDEEM, { site: KIKUCHI_FB, code: elsewhere.code });
    expect(wrongSite.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('succeeds for exactly one of five redemptions at the same moment', async () => {
    const { id, code } = await refer();
    const results = await Promise.all(Array.from({ length: 5 }, () => ask('foodbank', REDEEM, { site: KIKUCHI_FB, code })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(4);
    const [row] = await bench.subgraph.orm.select().from(foodReferral).where(eq(foodReferral.id, id.split(':')[2]!));
    expect(row!.redeemedAt).not.toBeNull();
  });

  it('is refused outside the window and for someone who does not run the site', async () => {
    const [expired] = await bench.subgraph.orm
      .select()
      .from(foodReferral)
      .where(sql`${foodReferral.redeemedAt} is null and ${foodReferral.pickupUntil} < now() and ${foodReferral.siteId} = ${KIKUCHI_FB.split(':')[2]}`);
    const late = await ask('foodbank', REDEEM, { site: KIKUCHI_FB, code: expired!.code });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageJa: 'この紹介の受取期間は終わっています。' });
    const { code } = await refer();
    const other = await ask('cafeteria', REDEEM, { site: KIKUCHI_FB, code });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const malformed = await ask('foodbank', REDEEM, { site: KIKUCHI_FB, code: 'O0O0' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });
});

describe('referral statistics', () => {
  const STATS = `query($from: String!, $to: String!) { foodReferralStatistics(fromMonth: $from, toMonth: $to) {
    suppressedBelow months cells { site { id municipality { code } } month referrals redeemed suppressed } } }`;
  interface Cell {
    site: { id: string; municipality: { code: string } };
    month: string;
    referrals: number | null;
    redeemed: number | null;
    suppressed: boolean;
  }
  const months = () => {
    const now = new Date(Date.now() + 9 * 3_600_000);
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, 1)).toISOString().slice(0, 7);
    return { from, to: now.toISOString().slice(0, 7) };
  };

  it("give the city its own sites' counts and the prefecture every site in it, with counts of 1 and 2 suppressed", async () => {
    const city = await ask<{ foodReferralStatistics: { cells: Cell[]; months: string[] } }>('city', STATS, months());
    expect(city.errors).toBeUndefined();
    const cityCells = city.data!.foodReferralStatistics.cells;
    expect(new Set(cityCells.map((c) => c.site.municipality.code))).toEqual(new Set(['432105']));
    const pref = await ask<{ foodReferralStatistics: { cells: Cell[] } }>('kumamotoPref', STATS, months());
    const prefCells = pref.data!.foodReferralStatistics.cells;
    expect(new Set(prefCells.map((c) => c.site.municipality.code)).size).toBeGreaterThan(1);
    expect(prefCells.every((c) => c.site.municipality.code.startsWith('43'))).toBe(true);
    for (const cell of prefCells) {
      if (cell.referrals !== null) expect(cell.referrals === 0 || cell.referrals >= 3).toBe(true);
      if (cell.redeemed !== null) expect(cell.redeemed === 0 || cell.redeemed >= 3).toBe(true);
    }
    expect(prefCells.some((c) => c.suppressed)).toBe(true);
    expect(prefCells.some((c) => (c.referrals ?? 0) >= 3)).toBe(true);
  });

  it('are refused to the public, site staff and workers, and bad months are refused', async () => {
    for (const caller of ['public', 'foodbank', 'worker'] as const) {
      const { errors } = await ask(caller, STATS, months());
      expect(errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    const wrong = await ask('city', STATS, { from: '2026-13', to: '2026-12' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromMonth' });
    const long = await ask('city', STATS, { from: '2020-01', to: '2026-12' });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toMonth' });
  });

  it.each([
    [0, 0, { referrals: 0, redeemed: 0, suppressed: false }],
    [2, 2, { referrals: null, redeemed: null, suppressed: true }],
    [5, 4, { referrals: 5, redeemed: null, suppressed: true }],
    [5, 2, { referrals: 5, redeemed: null, suppressed: true }],
    [7, 3, { referrals: 7, redeemed: 3, suppressed: false }],
  ])('suppress a cell of %i referrals and %i collected so that no small count can be worked out', (referrals, redeemed, expected) => {
    expect(suppressedCell(referrals, redeemed, 3)).toEqual(expected);
  });
});

describe('the logs', () => {
  it('hold no referral code', async () => {
    const { code } = await refer();
    await ask('foodbank', REDEEM, { site: KIKUCHI_FB, code });
    expect(JSON.stringify(bench.logs.lines)).not.toContain(code);
  });
});
