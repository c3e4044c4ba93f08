// The shape of the demo food sites, offers and referrals: what the seeds describe, written as data. Dates are
// given relative to the day the demo is loaded, so a fresh demo always has food before and past its best-before.
import type { DonorKind, FoodCategory, FoodSiteKind, SiteAccess, Weekday } from '../vocabulary.js';

export interface DemoOpeningTime {
  weekday: Weekday;
  /** "HH:MM" */
  opens: string;
  /** "HH:MM", after opens */
  closes: string;
  /** Which weeks of the month (1–5), e.g. [2, 4] for 第2・第4; omitted for every week. */
  weeksOfMonth?: number[];
}

export interface DemoStockLot {
  category: FoodCategory;
  /** What it is, e.g. "精米 5kg袋", "サバ缶". */
  description?: string;
  /** In the category's unit: kg for RICE, GRAINS_NOODLES and FRESH; items otherwise. More than 0. */
  quantity: number;
  /** Best-before, in days from the day the demo is loaded (negative: already past, so not available); omit for goods without one (hygiene). */
  bestBeforeInDays?: number;
}

export interface DemoNeed {
  category: FoodCategory;
  /** Still needed, in the category's unit. More than 0. */
  quantity: number;
  /** Needed by, in days from the day the demo is loaded (at least 1); omit for no deadline. */
  neededByInDays?: number;
  /** The shortest time to best-before the site can still hand out, in days (0–365). */
  minShelfLifeDays?: number;
  /** Public note on the need, no personal data. */
  note?: string;
}

export interface DemoReferral {
  /** 1–20 */
  householdSize: number;
  /** Key of a consultation organisation of the organisations demo data (same region). */
  referringOrganizationKey: string;
  /** When it was issued, in days before the demo is loaded (0–400). */
  issuedDaysAgo: number;
  /** Length of the pickup window in days from the day it was issued (1–30). */
  pickupDays: number;
  /** Whether the household has collected it (only for a window that has started). */
  redeemed?: boolean;
  /** What the household most needs. */
  categories?: FoodCategory[];
}

export interface DemoFoodSite {
  /** Unique across the demo data; the site's ID is derived from it. */
  key: string;
  kind: FoodSiteKind;
  name: string;
  /** Katakana */
  nameKana?: string;
  /** Key of the organisation that runs it, in the organisations subgraph's demo data of the same region. */
  organizationKey: string;
  /** 6-digit code with check digit, of a municipality of the region. */
  municipalityCode: string;
  address?: string;
  /** Within 60 km of the municipality's hall. */
  latitude?: number;
  longitude?: number;
  /** The site's public phone (Japanese format, e.g. 0968-00-0000). */
  phone?: string;
  access: SiteAccess;
  /** Who may come and how, in words. */
  accessNote?: string;
  openingTimes: DemoOpeningTime[];
  /** e.g. 「祝日・年末年始は休み」 */
  openingNote?: string;
  description?: string;
  stock?: DemoStockLot[];
  needs?: DemoNeed[];
  referrals?: DemoReferral[];
  /** Where in the seeds it comes from, e.g. "000:73", or "デモ用の架空の拠点です". */
  source: string;
}

export interface DemoOfferLine {
  category: FoodCategory;
  description?: string;
  quantity: number;
  /** At least 1 (an offer of food already past its best-before is refused); omit for goods without one. */
  bestBeforeInDays?: number;
}

export interface DemoDonationOffer {
  key: string;
  donorKind: DonorKind;
  /** Invented company or group name (never a real person's name). */
  donorName: string;
  /** Invented contact, e.g. "総務課 0968-00-0000". */
  donorContact?: string;
  /** Where it can be picked up: a municipality of the region. */
  pickupMunicipalityCode: string;
  pickupNote?: string;
  lines: DemoOfferLine[];
}

export interface DemoFoodRegion {
  sites: DemoFoodSite[];
  offers: DemoDonationOffer[];
}
