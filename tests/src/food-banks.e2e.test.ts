// The one donation point end to end: three regions, each with its organisations and food-banks instances on its
// own database, one gateway. An offer of 200 kg of rice best before next month, to be picked up in 菊池市, is
// matched to the sites in need across the regions, nearest first; one site accepts it and its stock and needs
// change together; a second acceptance is refused. A site of another region can take an offer too: the region
// that holds the offer decides, so two regions' sites accepting at once cannot both get it.
import { demoUuid } from '@renkei/db';
import type { HubClaims } from '@renkei/identity';
import { addDays, tokyoDate } from '@renkei/scalars';
import { postGraphQL } from '@renkei/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './hub.js';

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;
const site = (region: string, key: string) => `${region}:FoodSite:${demoUuid(key)}`;

const CALLERS = {
  kikuchiFoodbank: { sub: 't-kikuchi-fb', roles: ['org_staff'], organization: org('kikuchi', 'kikuchi-foodbank-kikuchi'), municipality: '432105', region: 'kikuchi' },
  gifuFoodbank: { sub: 't-gifu-fb', roles: ['org_staff'], organization: org('gifu', 'gifu-foodbank-seiryu'), municipality: '212024', region: 'gifu' },
  niigataFoodbank: { sub: 't-niigata-fb', roles: ['org_staff'], organization: org('niigata', 'niigata-minatomachi-foodbank'), municipality: '151033', region: 'niigata' },
  worker: { sub: 't-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
} satisfies Record<string, HubClaims>;
type Caller = keyof typeof CALLERS | 'public';

const KIKUCHI_FB = site('kikuchi', 'kikuchi-food-fb-kikuchi-soko');
const GIFU_FB = site('gifu', 'gifu-food-seiryu-ogaki-soko');
const NIIGATA_FB = site('niigata', 'niigata-food-minatomachi-soko');
const today = tokyoDate(new Date());

let hub: TestHub;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  hub = await startTestHub({ separateRegions: true });
  for (const [name, claims] of Object.entries(CALLERS)) tokens[name as Caller] = await hub.issuer.mint(claims);
}, 120_000);
afterAll(() => hub?.close());

function ask<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const token = tokens[caller];
  return postGraphQL<T>(hub.gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {});
}

const OFFER = /* GraphQL */ `
  mutation Offer($input: DonationOfferInput!) { createDonationOffer(input: $input) { id region status lines { category quantity unit bestBefore } } }
`;
const MATCHES = /* GraphQL */ `
  query Matches($id: ID!, $after: String) {
    donationMatches(offerId: $id, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { distanceKm site { id region name kind municipality { code } } needsMet { category unit needed covered neededBy soonestBestBefore } } }
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($offer: ID!, $site: ID!) {
    acceptDonationOffer(offerId: $offer, siteId: $site) {
      offer { id status acceptedSiteId }
      needsMet { category needed covered }
      site { id name needs { category quantity } stock { category available } }
    }
  }
`;
const SITE = `query($id: ID!) { foodSite(id: $id) { needs { category quantity } stock { category available } } }`;

const riceOffer = (quantity: number, municipality = '432105') => ({
  donorKind: 'COMPANY',
  donorName: '（試験）くまもと精米',
  donorContact: '総務課 096-000-0001',
  pickupMunicipalityCode: municipality,
  lines: [{ category: 'RICE', description: '精米 10kg袋', quantity, bestBefore: addDays(today, 30) }],
});

interface Match {
  distanceKm: number;
  site: { id: string; region: string; name: string; kind: string };
  needsMet: { category: string; unit: string; needed: number; covered: number; neededBy: string | null; soonestBestBefore: string | null }[];
}

interface MatchPage {
  edges: { node: Match }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

async function offer(input: Record<string, unknown>) {
  const { data, errors } = await ask<{ createDonationOffer: { id: string; region: string } }>('public', OFFER, { input });
  expect(errors).toBeUndefined();
  return data!.createDonationOffer;
}

async function matchesOf(id: string): Promise<Match[]> {
  const all: Match[] = [];
  let after: string | null = null;
  do {
    const answer: { data?: { donationMatches: MatchPage } | null; errors?: unknown } = await ask<{ donationMatches: MatchPage }>('public', MATCHES, { id, after });
    expect(answer.errors).toBeUndefined();
    const page = answer.data!.donationMatches;
    all.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

type Site = { needs: { category: string; quantity: number }[]; stock: { category: string; available: number }[] };
async function riceAt(caller: Caller, id: string) {
  const { data, errors } = await ask<{ foodSite: Site }>(caller, SITE, { id });
  expect(errors).toBeUndefined();
  return { need: data!.foodSite.needs.find((n) => n.category === 'RICE')?.quantity ?? 0, stock: data!.foodSite.stock.find((s) => s.category === 'RICE')?.available ?? 0 };
}

describe('200 kg of rice best before next month, offered in 菊池市', () => {
  it('is matched to the sites in need across the three regions, nearest first, accepted by one, and refused a second time', async () => {
    const created = await offer(riceOffer(200));
    expect(created.region).toBe('kikuchi');
    const matches = await matchesOf(created.id);
    const lines = matches.map(
      (m) =>
        `${m.distanceKm.toFixed(1).padStart(6)} km  ${m.site.region.padEnd(8)} ${m.site.name}  ` +
        m.needsMet.map((n) => `米 不足${n.needed}kg に ${n.covered}kg（期限 ${n.neededBy ?? 'なし'}）`).join(' '),
    );
    console.info(`Matches for 200 kg of rice best before ${addDays(today, 30)}, picked up in 菊池市:\n${lines.join('\n')}`);
    expect(new Set(matches.map((m) => m.site.region))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    expect(matches.map((m) => m.distanceKm)).toEqual([...matches.map((m) => m.distanceKm)].sort((a, b) => a - b));
    expect(matches[0]!.site.region).toBe('kikuchi');
    // Sites whose rice need asks for 60 days before best-before are not proposed 30-day rice.
    expect(matches.map((m) => m.site.id)).not.toContain(site('kikuchi', 'kikuchi-food-hidamari-shokudo'));

    const before = await riceAt('kikuchiFoodbank', KIKUCHI_FB);
    const accepted = await ask<{ acceptDonationOffer: { offer: { status: string; acceptedSiteId: string }; needsMet: { covered: number }[] } }>('kikuchiFoodbank', ACCEPT, {
      offer: created.id,
      site: KIKUCHI_FB,
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptDonationOffer.offer).toMatchObject({ status: 'ACCEPTED', acceptedSiteId: KIKUCHI_FB });
    const after = await riceAt('kikuchiFoodbank', KIKUCHI_FB);
    console.info(
      `Accepted by フードバンク菊池 食品倉庫: rice need ${before.need} kg → ${after.need} kg, rice available ${before.stock} kg → ${after.stock} kg`,
    );
    expect(after.stock).toBe(before.stock + 200);
    expect(after.need).toBe(Math.max(0, before.need - accepted.data!.acceptDonationOffer.needsMet[0]!.covered));

    // The second acceptance, from a site of another region, is refused by the region holding the offer.
    const gifuBefore = await riceAt('gifuFoodbank', GIFU_FB);
    const second = await ask('gifuFoodbank', ACCEPT, { offer: created.id, site: GIFU_FB });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageJa: expect.stringContaining('受け入れました') });
    console.info(`Second acceptance (岐阜): ${second.errors?.[0]?.extensions?.code} ${second.errors?.[0]?.message}`);
    expect(await riceAt('gifuFoodbank', GIFU_FB)).toEqual(gifuBefore);
    const again = await ask('kikuchiFoodbank', ACCEPT, { offer: created.id, site: KIKUCHI_FB });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await riceAt('kikuchiFoodbank', KIKUCHI_FB)).toEqual(after);
  });

  it('can go to a site of another region: that region records the stock, the offer’s region the acceptance', async () => {
    const created = await offer(riceOffer(60));
    const before = await riceAt('gifuFoodbank', GIFU_FB);
    const accepted = await ask<{ acceptDonationOffer: { offer: { status: string; acceptedSiteId: string } } }>('gifuFoodbank', ACCEPT, { offer: created.id, site: GIFU_FB });
    expect(accepted.errors).toBeUndefined();
    const after = await riceAt('gifuFoodbank', GIFU_FB);
    expect(after.stock).toBe(before.stock + 60);
    expect(after.need).toBe(Math.max(0, before.need - 60));
    const held = await ask<{ donationOffer: { status: string; acceptedSiteId: string } }>('public', 'query($id: ID!) { donationOffer(id: $id) { status acceptedSiteId } }', { id: created.id });
    expect(held.data!.donationOffer).toEqual({ status: 'ACCEPTED', acceptedSiteId: GIFU_FB });
  });

  it('goes to exactly one of two regions’ sites that accept it at the same moment, and the other keeps its stock', async () => {
    const created = await offer(riceOffer(20));
    const before = { gifu: await riceAt('gifuFoodbank', GIFU_FB), niigata: await riceAt('niigataFoodbank', NIIGATA_FB) };
    const [gifu, niigata] = await Promise.all([
      ask('gifuFoodbank', ACCEPT, { offer: created.id, site: GIFU_FB }),
      ask('niigataFoodbank', ACCEPT, { offer: created.id, site: NIIGATA_FB }),
    ]);
    expect([gifu, niigata].filter((r) => !r.errors)).toHaveLength(1);
    expect([gifu, niigata].filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    const after = { gifu: await riceAt('gifuFoodbank', GIFU_FB), niigata: await riceAt('niigataFoodbank', NIIGATA_FB) };
    const [winner, loser] = gifu.errors ? (['niigata', 'gifu'] as const) : (['gifu', 'niigata'] as const);
    expect(after[winner].stock).toBe(before[winner].stock + 20);
    expect(after[loser]).toEqual(before[loser]);
  });

  it('is offered by the public in any region, but a site’s staff accept only for their own region', async () => {
    const created = await offer(riceOffer(10, '212024'));
    expect(created.region).toBe('gifu');
    const wrongRegion = await ask('kikuchiFoodbank', ACCEPT, { offer: created.id, site: GIFU_FB });
    expect(wrongRegion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a referral through the hub', () => {
  it('is made by a worker, seen by the site, and redeemed once', async () => {
    const REFER = `mutation($input: ReferHouseholdInput!) { referHousehold(input: $input) { id code status } }`;
    const made = await ask<{ referHousehold: { code: string } }>('worker', REFER, {
      input: { siteId: KIKUCHI_FB, householdSize: 2, pickupUntil: new Date(Date.now() + 48 * 3_600_000).toISOString() },
    });
    expect(made.errors).toBeUndefined();
    const REDEEM = `mutation($site: ID!, $code: String!) { redeemFoodReferral(siteId: $site, code: $code) { status } }`;
    const code = made.data!.referHousehold.code;
    const [a, b] = await Promise.all([ask('kikuchiFoodbank', REDEEM, { site: KIKUCHI_FB, code }), ask('kikuchiFoodbank', REDEEM, { site: KIKUCHI_FB, code })]);
    expect([a, b].filter((r) => !r.errors)).toHaveLength(1);
    expect([a, b].filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
  });
});

describe('a claim made straight at the region holding the offer', () => {
  it('is refused for a site the caller’s organisation does not run, and the donor stays unread', async () => {
    const created = await offer(riceOffer(5));
    const otherOrganisationsSite = site('gifu', 'gifu-food-kakamigahara-pantry');
    const claim = await postGraphQL(
      hub.foodBanks.kikuchi!.url,
      `mutation($o: ID!, $s: ID!) { claimDonationOffer(offerId: $o, siteId: $s) { id status } }`,
      { o: created.id, s: otherOrganisationsSite },
      { authorization: `Bearer ${tokens.gifuFoodbank}`, 'x-hub-region': 'kikuchi' },
    );
    expect(claim.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const donor = await postGraphQL<{ donationOffer: { status: string; donor: unknown } }>(
      hub.foodBanks.kikuchi!.url,
      `query($o: ID!) { donationOffer(id: $o) { status donor { name } } }`,
      { o: created.id },
      { authorization: `Bearer ${tokens.gifuFoodbank}`, 'x-hub-region': 'kikuchi', 'x-hub-purpose': 'check' },
    );
    expect(donor.data?.donationOffer?.status).toBe('OPEN');
    expect(donor.data?.donationOffer?.donor ?? null).toBeNull();
    expect(JSON.stringify(donor)).not.toContain('くまもと精米');
  });
});
