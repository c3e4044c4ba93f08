// The shape of the demo shelters: what the seeds describe, written as data.

export type DemoShelterKind =
  | 'TEMPORARY_LIVING_SUPPORT' // 一時生活支援事業
  | 'PRIVATE_SHELTER' // 民間シェルター
  | 'DV_SHELTER' // DVシェルター (always confidential)
  | 'INDEPENDENCE_HOME' // 自立援助ホーム
  | 'WOMENS_SHELTER' // 女性シェルター・女性自立支援施設
  | 'WELFARE_EVACUATION_SHELTER' // 福祉避難所
  | 'DESIGNATED_EVACUATION_SHELTER' // 指定避難所
  | 'EMERGENCY_EVACUATION_SITE'; // 指定緊急避難場所

export type DemoBedCategory = 'MEN' | 'WOMEN' | 'FAMILY' | 'ACCESSIBLE';

export type DemoHazard =
  | 'FLOOD' // 洪水
  | 'LANDSLIDE' // 崖崩れ、土石流及び地滑り
  | 'STORM_SURGE' // 高潮
  | 'EARTHQUAKE' // 地震
  | 'TSUNAMI' // 津波
  | 'LARGE_FIRE' // 大規模な火事
  | 'INLAND_FLOOD' // 内水氾濫
  | 'VOLCANO'; // 火山現象

export type DemoAccessibility = 'WHEELCHAIR' | 'ACCESSIBLE_TOILET' | 'ELEVATOR' | 'NURSING_CARE' | 'INTERPRETATION';

export type DemoEligibleGroup =
  | 'SINGLE_MEN' | 'SINGLE_WOMEN' | 'MOTHERS_WITH_CHILDREN' | 'FAMILIES' | 'YOUNG_PEOPLE' | 'OLDER_PEOPLE'
  | 'DISABLED' | 'DV_SURVIVORS' | 'FOREIGN_NATIONALS' | 'ANYONE';

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
