// The one donation point's rule: which of a site's needs an offer meets, and how much of it would go to each.
// Lines are allotted soonest-to-expire first (first expired, first out), so that food nearest its best-before
// goes where it is needed soonest. A line past its best-before, or with less time left than the need asks for,
// never counts; a need past its own deadline is no longer a need.
import { addDays } from '@renkei/scalars';
import type { DonationLineValue } from './db/schema.js';
import { CATEGORY_UNIT, type FoodCategory, type Unit } from './vocabulary.js';

export interface OpenNeed {
  category: string;
  quantity: number;
  neededBy: string | null;
  minShelfLifeDays: number;
}

export interface NeedMet {
  category: FoodCategory;
  unit: Unit;
  needed: number;
  covered: number;
  neededBy: string | null;
  soonestBestBefore: string | null;
}

/** Undated goods (hygiene) last longest: they sort after every dated line. */
const byBestBefore = (a: DonationLineValue, b: DonationLineValue) => (a.bestBefore ?? '9999-12-31').localeCompare(b.bestBefore ?? '9999-12-31');

const round = (n: number) => Math.round(n * 10) / 10;

export function soonestFirst(lines: readonly DonationLineValue[]): DonationLineValue[] {
  return [...lines].sort(byBestBefore);
}

/** The lines still within their best-before, soonest first. */
export function usableLines(lines: readonly DonationLineValue[], today: string): DonationLineValue[] {
  return soonestFirst(lines.filter((l) => l.bestBefore === null || l.bestBefore >= today));
}

export function needsMetBy(lines: readonly DonationLineValue[], needs: readonly OpenNeed[], today: string): NeedMet[] {
  const met: NeedMet[] = [];
  for (const need of needs) {
    if (need.quantity <= 0 || (need.neededBy !== null && need.neededBy < today)) continue;
    const earliest = addDays(today, need.minShelfLifeDays);
    const fitting = usableLines(lines, today).filter((l) => l.category === need.category && (l.bestBefore === null || l.bestBefore >= earliest));
    let covered = 0;
    let soonest: string | null = null;
    for (const line of fitting) {
      if (covered >= need.quantity) break;
      covered += Math.min(line.quantity, need.quantity - covered);
      soonest ??= line.bestBefore;
    }
    if (covered > 0) {
      const category = need.category as FoodCategory;
      met.push({ category, unit: CATEGORY_UNIT[category], needed: need.quantity, covered: round(covered), neededBy: need.neededBy, soonestBestBefore: soonest });
    }
  }
  return met.sort((a, b) => (a.soonestBestBefore ?? '9999-12-31').localeCompare(b.soonestBestBefore ?? '9999-12-31'));
}

/** The match's place in the proposals: nearest first, then the soonest-to-expire food it takes. */
export function matchSortKey(distanceKm: number | null, met: readonly NeedMet[]): string {
  const metres = distanceKm === null ? '999999999' : String(Math.round(distanceKm * 1000)).padStart(9, '0');
  return `${metres}:${met[0]?.soonestBestBefore ?? '9999-12-31'}`;
}
