// The shape of the demo consultation posts: written in the style of the seeds' published case studies and
// loaded through the same write path as the API (anonymiser, generalisation), so the demo shows what the hub
// would store. Dates are relative to the day the demo is loaded.
import type { AgeBandCode, HouseholdCode, IssueCategory, LegalBasis, ProcessStage, SexCode, SharingScope, SupportCategory } from '../vocabulary.js';

export interface DemoAnswer {
  /** The answering worker's organisation, by its demo key in the organisations subgraph. */
  organizationKey: string;
  /** The answering worker's municipality (6-digit code). */
  municipalityCode: string;
  /** Its region (the post's own, or one under a sharing agreement). */
  region: string;
  text: string;
  /** Days after the post. */
  daysAfter: number;
}

export interface DemoConsultationPost {
  key: string;
  /** The asking worker's organisation, by its demo key. */
  organizationKey: string;
  /** The municipality of the case (6-digit code, a member of the region). */
  municipalityCode: string;
  ageBand: AgeBandCode;
  sex?: SexCode;
  household?: HouseholdCode;
  issueCategories: IssueCategory[];
  supportsUsed: { category: SupportCategory; description: string }[];
  processStage: ProcessStage;
  legalBasis: LegalBasis;
  sharingScope: SharingScope;
  question: string;
  narrative: string;
  postedDaysAgo: number;
  answers: DemoAnswer[];
  closed?: boolean;
}

export interface DemoConsultationRegion {
  posts: DemoConsultationPost[];
  /** New consultations a month per municipality (6-digit code), on average: the monthly report's counts are made from these. */
  monthlyNewConsultations: Record<string, number>;
}
