// Mutations: validate, check the caller may write this record, then write and audit in one transaction.
import { badUserInput, hubError, notFound } from '@renkei/errors';
import { municipalityCode } from '@renkei/input-checks';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import { regionToWrite } from '@renkei/subgraph-host';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { assertMayCreateSite, assertMayRefer, assertRunsSite, organizationOf } from '../access.js';
import { auditWrite, offerGlobalId, referralGlobalId } from '../audit.js';
import type { FoodBanksContext } from '../context.js';
import { donationOffer, foodNeed, foodReferral, foodSite, stockLot, type DonationOfferRow, type FoodSiteRow } from '../db/schema.js';
import { insertReferral, insertSite, insertStock, reduceNeeds, setNeed, type Tx } from '../db/writes.js';
import { needsMetBy, usableLines } from '../matching.js';
import type { OfferView } from '../regional-offers.js';
import { foodSiteDraft, needDraft, normaliseReferralCode, offerDraft, referralDraft, stockChange, stockLots } from '../validation.js';
import type { FoodCategory } from '../vocabulary.js';
import { findOffer } from './offer.js';
import { loadSite, siteGlobalId, stockLotView } from './site.js';

const conflict = (message: string, messageJa: string) => hubError('CONFLICT', message, messageJa);

/** A site to change: of a region this request may write, run by the caller's organisation. */
async function runSite(ctx: FoodBanksContext, id: string): Promise<FoodSiteRow> {
  const parsed = parseGlobalId(id, 'FoodSite');
  const row = parsed && ctx.writableRegions.includes(parsed.region) ? await loadSite(ctx, id) : null;
  if (!row) throw notFound('There is no such food site', 'その拠点はありません。');
  return row;
}

const touch = (tx: Tx, siteId: string) => tx.update(foodSite).set({ updatedAt: new Date() }).where(eq(foodSite.id, siteId));

/** Marks an offer held here as taken by a site: one conditional UPDATE, so of two acceptances only one succeeds. */
async function takeOffer(tx: Tx, offerId: string, siteId: string, organizationId: string): Promise<DonationOfferRow> {
  const [taken] = await tx
    .update(donationOffer)
    .set({ status: 'ACCEPTED', acceptedSiteId: siteId, acceptedOrganizationId: organizationId, acceptedAt: new Date() })
    .where(and(eq(donationOffer.id, offerId), eq(donationOffer.status, 'OPEN')))
    .returning();
  if (!taken) throw conflict('This offer has been accepted by another site already', 'この申出はすでに他の拠点が受け入れました。');
  return taken;
}

/** An offer held by this instance, for a claim or a release from a site of another region. */
async function heldOffer(ctx: FoodBanksContext, offerId: string, siteId: string) {
  const offer = parseGlobalId(offerId, 'DonationOffer');
  const site = parseGlobalId(siteId, 'FoodSite');
  if (!offer || !ctx.writableRegions.includes(offer.region)) throw notFound('There is no such donation offer', 'その寄付の申出はありません。');
  // The site is the caller's own region's, another than the offer's (a site of the offer's own region accepts
  // in one transaction there), and that region must share food banks with the offer's.
  if (!site || site.region !== ctx.identity.region || site.region === offer.region || !ctx.regions.includes(offer.region)) {
    throw hubError('FORBIDDEN', 'Only a site of a region that shares food banks with this one may take its offers', 'この地域の申出を受け入れられるのは、フードバンクを共有する地域の拠点だけです。');
  }
  // The site must be one the caller's organisation runs: its own region's instance says so, not the caller.
  const organizationId = organizationOf(ctx.identity);
  if (!organizationId || (await ctx.offers.siteOwner(siteId)) !== organizationId) {
    throw hubError('FORBIDDEN', 'Only the staff of the organisation that runs the site may take an offer for it', '申出を受け入れられるのは拠点を運営する団体の職員だけです。');
  }
  return { offer, organizationId };
}

/** How long after a claim the accepting region may give it back: long enough for its commit, not for second thoughts. */
const RELEASE_WITHIN_SECONDS = 60;

export const mutationResolvers = {
  Mutation: {
    createFoodSite: async (_: unknown, { input }: { input: Record<string, unknown> }, ctx: FoodBanksContext) => {
      const region = regionToWrite(ctx, municipalityCode(input.municipalityCode, 'input.municipalityCode'), 'input.municipalityCode');
      const draft = foodSiteDraft({ ...input, organizationId: input.organizationId ?? ctx.identity.organizationId ?? null });
      assertMayCreateSite(ctx.identity, region, draft);
      return ctx.orm.transaction(async (tx) => {
        const row = await insertSite(tx, region, draft);
        await auditWrite(tx, ctx, 'Mutation.createFoodSite', [siteGlobalId(row)], Object.keys(input));
        return row;
      });
    },
    recordFoodStock: async (_: unknown, args: { siteId: string; lots: unknown }, ctx: FoodBanksContext) => {
      const lots = stockLots(args.lots, 'lots', ctx.today);
      const site = await runSite(ctx, args.siteId);
      assertRunsSite(ctx.identity, site);
      return ctx.orm.transaction(async (tx) => {
        await insertStock(tx, site.id, lots);
        const [row] = await touch(tx, site.id).returning();
        await auditWrite(tx, ctx, 'Mutation.recordFoodStock', [args.siteId], lots.map((l) => `stock.${l.category}`));
        return row;
      });
    },
    adjustFoodStock: async (_: unknown, args: { lotId: string; change: number }, ctx: FoodBanksContext) => {
      const parsed = parseGlobalId(args.lotId, 'FoodStockLot');
      const [lot] = parsed && ctx.writableRegions.includes(parsed.region) ? await ctx.orm.select().from(stockLot).where(eq(stockLot.id, parsed.localId)) : [];
      const site = lot ? await loadSite(ctx, formatGlobalId(parsed!.region, 'FoodSite', lot.siteId)) : null;
      if (!lot || !site) throw notFound('There is no such stock lot', 'その在庫ロットはありません。');
      assertRunsSite(ctx.identity, site);
      const change = stockChange(lot.category as FoodCategory, args.change, 'change');
      if (change > 0 && lot.bestBefore !== null && lot.bestBefore < ctx.today) {
        throw conflict('This lot is past its best-before: it can only be taken out', 'このロットは賞味期限を過ぎています。減らすことだけができます。');
      }
      return ctx.orm.transaction(async (tx) => {
        // One statement reads and writes the quantity, so concurrent changes queue on the row and none is lost.
        const [updated] = await tx
          .update(stockLot)
          .set({ quantity: sql`${stockLot.quantity} + ${change}`, version: sql`${stockLot.version} + 1` })
          .where(and(eq(stockLot.id, lot.id), sql`${stockLot.quantity} + ${change} >= 0`))
          .returning();
        if (!updated) {
          const [current] = await tx.select().from(stockLot).where(eq(stockLot.id, lot.id));
          throw conflict(`Only ${current?.quantity ?? 0} is left in this lot`, `このロットの残りは${current?.quantity ?? 0}だけです。`);
        }
        await touch(tx, site.id);
        await auditWrite(tx, ctx, 'Mutation.adjustFoodStock', [args.lotId], [`stock.${lot.category}`]);
        return stockLotView(site.region, updated, ctx.today);
      });
    },
    setFoodNeed: async (_: unknown, args: { siteId: string; need: Record<string, unknown> }, ctx: FoodBanksContext) => {
      const need = needDraft(args.need, 'need', ctx.today);
      const site = await runSite(ctx, args.siteId);
      assertRunsSite(ctx.identity, site);
      return ctx.orm.transaction(async (tx) => {
        await setNeed(tx, site.id, need);
        const [row] = await touch(tx, site.id).returning();
        await auditWrite(tx, ctx, 'Mutation.setFoodNeed', [args.siteId], [`needs.${need.category}`]);
        return row;
      });
    },
    createDonationOffer: async (_: unknown, { input }: { input: Record<string, unknown> }, ctx: FoodBanksContext) => {
      const draft = offerDraft(input, ctx.today);
      const region = regionToWrite(ctx, draft.pickupMunicipalityCode, 'input.pickupMunicipalityCode');
      return ctx.orm.transaction(async (tx) => {
        const [row] = await tx
          .insert(donationOffer)
          .values({ ...draft, region })
          .returning();
        // The donor's name and contact are not named in the audit record's fields: the record says that an offer was made.
        await auditWrite(tx, ctx, 'Mutation.createDonationOffer', [offerGlobalId(row!)], ['lines', 'pickupMunicipalityCode']);
        return row;
      });
    },
    acceptDonationOffer: async (_: unknown, args: { offerId: string; siteId: string }, ctx: FoodBanksContext) => {
      const site = await runSite(ctx, args.siteId);
      assertRunsSite(ctx.identity, site);
      const organizationId = organizationOf(ctx.identity)!;
      const parsedOffer = parseGlobalId(args.offerId, 'DonationOffer');
      const found = parsedOffer ? await findOffer(ctx, args.offerId) : null;
      if (!parsedOffer || !found) throw notFound('There is no such donation offer', 'その寄付の申出はありません。');
      const noneMet = () => conflict("This offer meets none of the site's current needs", 'この申出は拠点の現在の不足のどれにも当たりません。');
      const heldHere = ctx.hostedRegions.includes(parsedOffer.region);
      // An offer of another region is claimed from its region first, outside this region's transaction (that
      // region asks this one who runs the site, and an embedded database answers one transaction at a time),
      // then recorded here; if it cannot be recorded, the claim is given back.
      let remote: OfferView | null = null;
      if (!heldHere) {
        if (found.status !== 'OPEN') throw conflict('This offer has been accepted by another site already', 'この申出はすでに他の拠点が受け入れました。');
        if (needsMetBy(found.lines, await ctx.loaders.needs.load(site.id), ctx.today).length === 0) throw noneMet();
        remote = await ctx.offers.claim(args.offerId, args.siteId);
      }
      try {
        return await ctx.orm.transaction(async (tx) => {
          const offer: OfferView = remote ?? (await takeOffer(tx, parsedOffer.localId, args.siteId, organizationId));
          // The site's needs are locked until the end: a concurrent acceptance for the same site waits for this one.
          const needs = await tx.select().from(foodNeed).where(eq(foodNeed.siteId, site.id)).for('update');
          const met = needsMetBy(offer.lines, needs, ctx.today);
          if (met.length === 0) throw noneMet();
          await insertStock(
            tx,
            site.id,
            usableLines(offer.lines, ctx.today).map((l) => ({ ...l, category: l.category as FoodCategory })),
            `donation ${args.offerId}`,
          );
          await reduceNeeds(tx, site.id, met);
          const [row] = await touch(tx, site.id).returning();
          await auditWrite(tx, ctx, 'Mutation.acceptDonationOffer', [args.offerId, args.siteId], met.map((m) => `needs.${m.category}`));
          return { offer, site: row, needsMet: met };
        });
      } catch (error) {
        // The offer's region gave it to this site but this region could not record it: give it back.
        if (remote) {
          await ctx.offers.release(args.offerId, args.siteId).catch((releaseError: Error) => {
            ctx.logger.error({ event: 'donation_claim_not_released', requestId: ctx.requestId, offerId: args.offerId, errorName: releaseError.name }, 'claimed offer not released');
          });
        }
        throw error;
      }
    },
    claimDonationOffer: async (_: unknown, args: { offerId: string; siteId: string }, ctx: FoodBanksContext) => {
      const { offer, organizationId } = await heldOffer(ctx, args.offerId, args.siteId);
      return ctx.orm.transaction(async (tx) => {
        const taken = await takeOffer(tx, offer.localId, args.siteId, organizationId);
        await auditWrite(tx, ctx, 'Mutation.claimDonationOffer', [args.offerId, args.siteId], ['status']);
        return taken;
      });
    },
    releaseDonationOffer: async (_: unknown, args: { offerId: string; siteId: string }, ctx: FoodBanksContext) => {
      const { offer, organizationId } = await heldOffer(ctx, args.offerId, args.siteId);
      return ctx.orm.transaction(async (tx) => {
        const [released] = await tx
          .update(donationOffer)
          .set({ status: 'OPEN', acceptedSiteId: null, acceptedOrganizationId: null, acceptedAt: null })
          .where(
            and(
              eq(donationOffer.id, offer.localId),
              eq(donationOffer.acceptedSiteId, args.siteId),
              eq(donationOffer.acceptedOrganizationId, organizationId),
              sql`${donationOffer.acceptedAt} > now() - make_interval(secs => ${RELEASE_WITHIN_SECONDS})`,
            ),
          )
          .returning();
        if (!released) throw notFound('This site holds no such offer', 'この拠点が受け入れた申出ではありません。');
        await auditWrite(tx, ctx, 'Mutation.releaseDonationOffer', [args.offerId, args.siteId], ['status']);
        return released;
      });
    },
    referHousehold: async (_: unknown, { input }: { input: Record<string, unknown> }, ctx: FoodBanksContext) => {
      const draft = referralDraft(input, ctx.now);
      const site = typeof input.siteId === 'string' ? await runSite(ctx, input.siteId) : null;
      if (!site) throw notFound('There is no such food site', 'その拠点はありません。');
      const referringOrganizationId = assertMayRefer(ctx.identity, site);
      return ctx.orm.transaction(async (tx) => {
        const row = await insertReferral(tx, site, draft, referringOrganizationId);
        await auditWrite(tx, ctx, 'Mutation.referHousehold', [referralGlobalId(row), siteGlobalId(site)], ['householdSize', 'pickupFrom', 'pickupUntil', 'categories']);
        return row;
      });
    },
    redeemFoodReferral: async (_: unknown, args: { siteId: string; code: string }, ctx: FoodBanksContext) => {
      const code = normaliseReferralCode(String(args.code ?? ''));
      if (!/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/.test(code)) {
        throw badUserInput('A referral code has 8 letters and digits, e.g. K7M2-QX9P', '紹介番号は英数字8文字です（例：K7M2-QX9P）。', 'code');
      }
      const site = await runSite(ctx, args.siteId);
      assertRunsSite(ctx.identity, site);
      const now = ctx.now;
      return ctx.orm.transaction(async (tx) => {
        // One conditional UPDATE: of two redemptions of the same code at once, the second finds it redeemed.
        const [redeemed] = await tx
          .update(foodReferral)
          .set({ redeemedAt: now })
          .where(
            and(
              eq(foodReferral.siteId, site.id),
              eq(foodReferral.code, code),
              isNull(foodReferral.redeemedAt),
              sql`${foodReferral.pickupFrom} <= ${now.toISOString()}`,
              sql`${foodReferral.pickupUntil} >= ${now.toISOString()}`,
            ),
          )
          .returning();
        if (!redeemed) {
          const [existing] = await tx.select().from(foodReferral).where(and(eq(foodReferral.siteId, site.id), eq(foodReferral.code, code)));
          // A code of another site is answered exactly like one that does not exist.
          if (!existing) throw notFound('This site has no referral with that code', 'この拠点にはその紹介番号の紹介はありません。');
          if (existing.redeemedAt) throw conflict('This referral has been collected already', 'この紹介はすでに受取済みです。');
          if (existing.pickupFrom > now) throw conflict('The pickup window of this referral has not started yet', 'この紹介の受取期間はまだ始まっていません。');
          throw conflict('The pickup window of this referral has passed', 'この紹介の受取期間は終わっています。');
        }
        await auditWrite(tx, ctx, 'Mutation.redeemFoodReferral', [referralGlobalId(redeemed), siteGlobalId(site)], ['redeemedAt']);
        ctx.sensitiveReads.push({ field: 'Mutation.redeemFoodReferral', recordIds: [referralGlobalId(redeemed)], selected: ['referral'] });
        return redeemed;
      });
    },
  },
};
