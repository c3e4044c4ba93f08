// The demo food data of the three regions, keyed by region code. All sites, offers and referrals are invented
// for the demo.
import { GIFU_FOOD } from './gifu.js';
import { KIKUCHI_FOOD } from './kikuchi.js';
import { NIIGATA_FOOD } from './niigata.js';
import type { DemoFoodRegion } from './types.js';

export const DEMO_FOOD: Record<string, DemoFoodRegion> = {
  kikuchi: KIKUCHI_FOOD,
  niigata: NIIGATA_FOOD,
  gifu: GIFU_FOOD,
};

export { GIFU_FOOD, KIKUCHI_FOOD, NIIGATA_FOOD };
