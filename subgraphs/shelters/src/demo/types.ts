// The shape of the demo shelters: what the seeds describe, written as data.
import type { AccessibilityFeature, BedCategory, EligibleGroup, Hazard, ShelterKind } from '../vocabulary.js';

// The demo's terms are the vocabulary's own, so that data the schema would refuse does not compile.
export type DemoShelterKind = ShelterKind;
export type DemoBedCategory = BedCategory;
export type DemoHazard = Hazard;
export type DemoAccessibility = AccessibilityFeature;
export type DemoEligibleGroup = EligibleGroup;

export interface DemoBeds {
  category: DemoBedCategory;
  capacity: number;
  /** 0..capacity */
  vacant: number;
  /** How long before the seed ran the operator last confirmed this figure (some demo figures are stale on purpose). */
  confirmedHoursAgo: number;
}

export interface DemoShelter {
  /** Unique across the demo data; the shelter's ID is derived from it. */
  key: string;
  kind: DemoShelterKind;
  name: string;
  nameKana?: string;
  /** Key of an organisation of the organisations demo data (see subgraphs/organisations/src/demo). */
  operatorKey?: string;
  /** The operator's name as published, when it is not on the hub. */
  operatorName?: string;
  /** 6-digit code with check digit, of a municipality of the region. */
  municipalityCode: string;
  address?: string;
  latitude?: number;
  longitude?: number;
  /** The shelter's public phone (never for a confidential shelter: use intakeContact). */
  phone?: string;
  /** DV shelters are always confidential; others may be. */
  confidential?: boolean;
  /** WALK_IN: a person may come directly; CONSULTATION_WINDOW: only on referral from a consultation window. */
  intakeRoute: 'WALK_IN' | 'CONSULTATION_WINDOW';
  /** Where a consultation worker arranges an intake (a phone number or a window's name). */
  intakeContact?: string;
  maxStayDays?: number;
  eligibleGroups?: DemoEligibleGroup[];
  /** Conditions in words (who may stay, what is expected). */
  eligibility?: string;
  petsAllowed?: boolean;
  accessibility?: DemoAccessibility[];
  beds?: DemoBeds[];
  /** Evacuation sites and shelters: the hazards it is designated for. */
  hazards?: DemoHazard[];
  /** 想定収容人数 */
  capacityPersons?: number;
  /** 指定避難所との重複 (evacuation sites) */
  alsoDesignatedShelter?: boolean;
  /** 対象となる町会・自治会 */
  servedAreas?: string;
  description?: string;
  /** Where in the seeds it comes from, e.g. "002:L303", or "デモ用の架空の施設です". */
  source: string;
}
