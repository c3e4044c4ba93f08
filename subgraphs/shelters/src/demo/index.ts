// The checked-in demo shelters of each region, keyed by region code.
import { GIFU_SHELTERS } from './gifu.js';
import { KIKUCHI_SHELTERS } from './kikuchi.js';
import { NIIGATA_SHELTERS } from './niigata.js';
import type { DemoShelter } from './types.js';

export const DEMO_SHELTERS: Record<string, DemoShelter[]> = {
  kikuchi: KIKUCHI_SHELTERS,
  niigata: NIIGATA_SHELTERS,
  gifu: GIFU_SHELTERS,
};

export { GIFU_SHELTERS, KIKUCHI_SHELTERS, NIIGATA_SHELTERS };
