// The demo consultation posts of the three regions, keyed by region code. All of them are invented for the demo,
// in the style of the seeds' published case studies.
import { GIFU_CONSULTATIONS } from './gifu.js';
import { KIKUCHI_CONSULTATIONS } from './kikuchi.js';
import { NIIGATA_CONSULTATIONS } from './niigata.js';
import type { DemoConsultationRegion } from './types.js';

export const DEMO_CONSULTATIONS: Record<string, DemoConsultationRegion> = {
  kikuchi: KIKUCHI_CONSULTATIONS,
  niigata: NIIGATA_CONSULTATIONS,
  gifu: GIFU_CONSULTATIONS,
};
