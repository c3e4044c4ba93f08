// Writes. Each takes a transaction, so that what belongs together (a donation's stock and the needs it meets)
// is written together or not at all.
import { randomInt } from 'node:crypto';
import { normaliseForSearch } from '@renkei/japanese-text';
import { and, eq, sql } from 'drizzle-orm';
import type { NeedMet } from '../matching.js';
import type { FoodSiteDraft, NeedDraft, ReferralDraft, StockLotDraft } from '../validation.js';
import type { FoodBanksOrm } from './queries.js';
import { foodNeed, foodReferral, foodSite, stockLot, type FoodReferralRow, type FoodSiteRow } from './schema.js';

export type Tx = Parameters<Parameters<FoodBanksOrm['transaction']>[0]>[0];

export async function insertSite(tx: Tx, region: string, draft: FoodSiteDraft, provenance: { id?: string; source?: string } = {}): Promise<FoodSiteRow> {
  const [row] = await tx
    .insert(foodSite)
    .values({
      ...draft,
      region,
      ...(provenance.id ? { id: provenance.id } : {}),
      source: provenance.source ?? null,
      searchText: normaliseForSearch([draft.name, draft.nameKana, draft.address].filter(Boolean).join(' ')),
    })
    .returning();
  return row!;
}

export async function insertStock(tx: Tx, siteId: string, lots: StockLotDraft[], source: string | null = null, receivedAt = new Date()) {
  if (lots.length === 0) return;
  await tx.insert(stockLot).values(lots.map((lot) => ({ siteId, ...lot, source, receivedAt })));
}

/** Sets a site's need of a category; a quantity of 0 removes it. */
export async function setNeed(tx: Tx, siteId: string, need: NeedDraft): Promise<void> {
  if (need.quantity === 0) {
    await tx.delete(foodNeed).where(and(eq(foodNeed.siteId, siteId), eq(foodNeed.category, need.category)));
    return;
  }
  const values = { quantity: need.quantity, neededBy: need.neededBy, minShelfLifeDays: need.minShelfLifeDays, note: need.note, updatedAt: new Date() };
  await tx
    .insert(foodNeed)
    .values({ siteId, category: need.category, ...values })
    .onConflictDoUpdate({ target: [foodNeed.siteId, foodNeed.category], set: values });
}

/** Lowers the needs a donation meets by what it covers; a need fully met is removed. */
export async function reduceNeeds(tx: Tx, siteId: string, met: NeedMet[]): Promise<void> {
  for (const m of met) {
    // Removed first: lowered first, a need would then look met (20 left of 100 is at most the 80 covered).
    await tx.delete(foodNeed).where(and(eq(foodNeed.siteId, siteId), eq(foodNeed.category, m.category), sql`${foodNeed.quantity} <= ${m.covered}`));
    await tx
      .update(foodNeed)
      .set({ quantity: sql`${foodNeed.quantity} - ${m.covered}`, updatedAt: new Date() })
      .where(and(eq(foodNeed.siteId, siteId), eq(foodNeed.category, m.category)));
  }
}

// No 0/O or 1/I/L: a code is read aloud over the phone and copied by hand.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random referral code, e.g. K7M2-QX9P: 31^8 ≈ 8.5e11 codes, from the operating system's CSPRNG. */
export function newReferralCode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export async function insertReferral(
  tx: Tx,
  site: FoodSiteRow,
  draft: ReferralDraft,
  referringOrganizationId: string,
  provenance: { id?: string; createdAt?: Date; redeemedAt?: Date | null } = {},
): Promise<FoodReferralRow> {
  // A clash of random codes is astronomically rare; the unique index catches it, and a new code is drawn.
  for (let attempt = 0; ; attempt++) {
    const code = newReferralCode();
    const [row] = await tx
      .insert(foodReferral)
      .values({
        ...(provenance.id ? { id: provenance.id } : {}),
        region: site.region,
        siteId: site.id,
        code,
        ...draft,
        referringOrganizationId,
        redeemedAt: provenance.redeemedAt ?? null,
        ...(provenance.createdAt ? { createdAt: provenance.createdAt } : {}),
      })
      .onConflictDoNothing({ target: foodReferral.code })
      .returning();
    if (row) return row;
    if (attempt > 5) throw new Error('could not draw a free referral code');
  }
}
