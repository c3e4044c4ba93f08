// The one donation point, against a real instance holding the three demo regions: an offer is matched to the
// sites whose needs it meets, nearest first; one site accepts and its stock and needs change together; a
// second acceptance, even a concurrent one, is refused and changes nothing. Real HTTP, database and tokens.
import { demoUuid } from '@renkei/db';
import { addDays, tokyoDate } from '@renkei/scalars';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { donationOffer, foodNeed, stockLot } from './db/schema.js';
import { foodBanksTestBench } from './test-bench.js';

const KIKUCHI_FB = `kikuchi:FoodSite:${demoUuid('kikuchi-food-fb-kikuchi-soko')}`;
const KOSHI_PANTRY = `kikuchi:FoodSite:${demoUuid('kikuchi-food-koshi-pantry')}`;
const HIDAMARI = `kikuchi:FoodSite:${demoUuid('kikuchi-food-hidamari-shokudo')}`;
const GIFU_FB = `gifu:FoodSite:${demoUuid('gifu-food-seiryu-ogaki-soko')}`;
const NIIGATA_FB = `niigata:FoodSite:${demoUuid('niigata-food-minatomachi-soko')}`;

const bench = foodBanksTestBench('food-banks-test');
const ask = bench.ask.bind(bench);
const today = tokyoDate(new Date());

const OFFER = `mutation($input: DonationOfferInput!) { createDonationOffer(input: $input) { id region status lines { category quantity unit bestBefore } } }`;
const MATCHES = `query($id: ID!, $after: String, $first: Int) { donationMatches(offerId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { distanceKm site { id region name } needsMet { category needed covered neededBy soonestBestBefore } } } } }`;
const ACCEPT = `mutation($offer: ID!, $site: ID!) { acceptDonationOffer(offerId: $offer, siteId: $site) {
  offer { id status acceptedSiteId } needsMet { category needed covered }
  site { id needs { category quantity } stock { category available } } } }`;

const rice = (quantity: number, inDays: number) => ({
  donorKind: 'COMPANY',
  donorName: '（試験）みどり精米所',
  donorContact: '総務課 096-000-0000',
  pickupMunicipalityCode: '432105',
  pickupNote: '平日 9〜17時',
  lines: [{ category: 'RICE', description: '精米 10kg袋', quantity, bestBefore: addDays(today, inDays) }],
});

async function offer(input: Record<string, unknown>) {
  const { data, errors } = await ask<{ createDonationOffer: { id: string } }>('public', OFFER, { input });
  expect(errors).toBeUndefined();
  return data!.createDonationOffer.id;
}

async function siteNeedsAndStock(siteId: string) {
  const localId = siteId.split(':')[2]!;
  const needs = await bench.subgraph.orm.select().from(foodNeed).where(eq(foodNeed.siteId, localId));
  const lots = await bench.subgraph.orm.select().from(stockLot).where(eq(stockLot.siteId, localId));
  return { needs: needs.map((n) => `${n.category}:${n.quantity}`).sort(), lots: lots.length };
}

interface Match {
  distanceKm: number | null;
  site: { id: string; region: string; name: string };
  needsMet: { category: string; needed: number; covered: number }[];
}

describe('an offer of 200 kg of rice best before next month', () => {
  it('is matched to the sites in need across regions, nearest first, leaving out a site that needs longer shelf life', async () => {
    const id = await offer(rice(200, 30));
    const { data, errors } = await ask<{ donationMatches: { totalCount: number; edges: { node: Match }[] } }>('public', MATCHES, { id });
    expect(errors).toBeUndefined();
    const matches = data!.donationMatches.edges.map((e) => e.node);
    expect(new Set(matches.map((m) => m.site.region))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    const distances = matches.map((m) => m.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(matches[0]!.site.region).toBe('kikuchi');
    const ids = matches.map((m) => m.site.id);
    expect(ids).toContain(KIKUCHI_FB);
    expect(ids).toContain(KOSHI_PANTRY);
    // ひだまり子ども食堂 needs rice with 60 days left: 30-day rice does not meet it.
    expect(ids).not.toContain(HIDAMARI);
    const fb = matches.find((m) => m.site.id === KIKUCHI_FB)!;
    expect(fb.needsMet).toEqual([expect.objectContaining({ category: 'RICE', needed: 150, covered: 150 })]);
    expect(data!.donationMatches.totalCount).toBe(matches.length);
  });

  it('is accepted by one site, whose stock and needs change together; a second acceptance is refused and changes nothing', async () => {
    const id = await offer(rice(200, 30));
    const before = await siteNeedsAndStock(KIKUCHI_FB);
    expect(before.needs).toContain('RICE:150');
    const first = await ask<{ acceptDonationOffer: { offer: { status: string; acceptedSiteId: string }; needsMet: unknown[]; site: { needs: { category: string }[]; stock: { category: string; available: number }[] } } }>(
      'foodbank',
      ACCEPT,
      { offer: id, site: KIKUCHI_FB },
    );
    expect(first.errors).toBeUndefined();
    const accepted = first.data!.acceptDonationOffer;
    expect(accepted.offer).toMatchObject({ status: 'ACCEPTED', acceptedSiteId: KIKUCHI_FB });
    expect(accepted.needsMet).toEqual([expect.objectContaining({ category: 'RICE', needed: 150, covered: 150 })]);
    // The need is met in full, so it is gone; the 200 kg are in stock on top of the 40 kg already there.
    expect(accepted.site.needs.map((n) => n.category)).not.toContain('RICE');
    expect(accepted.site.stock.find((s) => s.category === 'RICE')!.available).toBe(240);
    const after = await siteNeedsAndStock(KIKUCHI_FB);

    const second = await ask('gifuFoodbank', ACCEPT, { offer: id, site: GIFU_FB });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageJa: expect.any(String) });
    const again = await ask('foodbank', ACCEPT, { offer: id, site: KIKUCHI_FB });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await siteNeedsAndStock(KIKUCHI_FB)).toEqual(after);
    expect((await siteNeedsAndStock(GIFU_FB)).needs).toContain('RICE:100');
    const matches = await ask('public', MATCHES, { id });
    expect(matches.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('goes to exactly one of two sites that accept it at the same moment', async () => {
    const id = await offer(rice(80, 30));
    const results = await Promise.all([
      ask('gifuFoodbank', ACCEPT, { offer: id, site: GIFU_FB }),
      ask('niigataFoodbank', ACCEPT, { offer: id, site: NIIGATA_FB }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    const [row] = await bench.subgraph.orm.select().from(donationOffer).where(eq(donationOffer.id, id.split(':')[2]!));
    const winner = results[0]!.errors ? NIIGATA_FB : GIFU_FB;
    const loser = winner === GIFU_FB ? NIIGATA_FB : GIFU_FB;
    expect(row!.acceptedSiteId).toBe(winner);
    const donated = await bench.subgraph.orm.select().from(stockLot).where(eq(stockLot.source, `donation ${id}`));
    expect(donated.map((l) => l.siteId)).toEqual([winner.split(':')[2]]);
    // A need larger than the offer is lowered by it, not removed: 100 − 80 or 120 − 80 kg are still needed.
    expect((await siteNeedsAndStock(winner)).needs).toContain(winner === GIFU_FB ? 'RICE:20' : 'RICE:40');
    expect((await siteNeedsAndStock(loser)).needs).toContain(loser === GIFU_FB ? 'RICE:100' : 'RICE:120');
  });
});

describe('what an offer must be', () => {
  it('refuses food past its best-before, and writes nothing', async () => {
    const before = (await bench.subgraph.orm.select().from(donationOffer)).length;
    const { errors } = await ask('public', OFFER, { input: rice(10, -1) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines.0.bestBefore' });
    expect(errors?.[0]?.extensions?.messageJa).toMatch(/賞味期限/);
    expect((await bench.subgraph.orm.select().from(donationOffer)).length).toBe(before);
  });

  it.each([
    ['a quantity of 0', { quantity: 0 }, 'input.lines.0.quantity'],
    ['half a can', { category: 'CANNED', quantity: 2.5 }, 'input.lines.0.quantity'],
    ['an unknown municipality', { pickupMunicipalityCode: '999999' }, 'input.pickupMunicipalityCode'],
  ])('refuses %s', async (_, change, field) => {
    const base = rice(10, 30);
    const line = { ...base.lines[0]!, ...('quantity' in change ? { quantity: change.quantity } : {}), ...('category' in change ? { category: change.category } : {}) };
    const input = { ...base, lines: [line], ...('pickupMunicipalityCode' in change ? { pickupMunicipalityCode: change.pickupMunicipalityCode } : {}) };
    const { errors } = await ask('public', OFFER, { input });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is refused by a site whose needs it does not meet, with nothing changed', async () => {
    const id = await offer({ ...rice(10, 30), lines: [{ category: 'DRINKS', quantity: 24, bestBefore: addDays(today, 90) }] });
    const before = await siteNeedsAndStock(KOSHI_PANTRY);
    const { errors } = await ask('foodbank', ACCEPT, { offer: id, site: KIKUCHI_FB });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await siteNeedsAndStock(KOSHI_PANTRY)).toEqual(before);
  });

  it("lets only the site's own staff accept for it", async () => {
    const id = await offer(rice(10, 30));
    const { errors } = await ask('cafeteria', ACCEPT, { offer: id, site: KIKUCHI_FB });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const publicTry = await ask('public', ACCEPT, { offer: id, site: KIKUCHI_FB });
    expect(publicTry.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe("the donor's name and contact", () => {
  const DONOR = 'query($id: ID!) { donationOffer(id: $id) { status donor { name contact } } }';

  it('are read only by the staff of the site that accepted the offer, with a purpose, and the read is audited', async () => {
    const id = await offer(rice(30, 30));
    for (const caller of ['public', 'foodbank', 'city', 'admin'] as const) {
      const { data, errors } = await ask<{ donationOffer: { donor: unknown } }>(caller, DONOR, { id }, { 'x-hub-purpose': 'pickup' });
      expect(data?.donationOffer?.donor ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    // フードバンク清流ぎふ still needs rice whichever site took the concurrent offer above.
    const accepted = await ask('gifuFoodbank', ACCEPT, { offer: id, site: GIFU_FB });
    expect(accepted.errors, JSON.stringify(accepted.errors)).toBeUndefined();
    const noPurpose = await ask('gifuFoodbank', DONOR, { id });
    expect(noPurpose.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PURPOSE_REQUIRED' });
    const { data, errors } = await ask<{ donationOffer: { donor: { name: string; contact: string } } }>('gifuFoodbank', DONOR, { id }, { 'x-hub-purpose': encodeURIComponent('引取りの連絡') });
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    expect(data!.donationOffer.donor).toEqual({ name: '（試験）みどり精米所', contact: '総務課 096-000-0000' });
    const audit = await bench.subgraph.orm.execute(`select operation, record_ids from food_banks.audit_record where action = 'read' and operation like '%donor%'`);
    expect(JSON.stringify(audit)).toContain(id);
  });

  it('never appear in a log', () => {
    expect(JSON.stringify(bench.logs.lines)).not.toContain('みどり精米所');
    expect(JSON.stringify(bench.logs.lines)).not.toContain('096-000-0000');
  });
});
