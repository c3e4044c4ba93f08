// The shape of the checked-in demo data. Keys are stable slugs: the seeder derives each record's UUID from
// its key, so IDs stay the same across restarts and machines.
import type {
  LegalForm,
  NetworkMemberRole,
  ProgrammeRole,
  SchoolAgeBand,
  ServiceCategory,
  TargetGroup,
  Weekday,
} from '../vocabulary.js';

export type DemoRegionCode = 'kikuchi' | 'niigata' | 'gifu';

export interface DemoOpeningHours {
  days: Weekday[];
  /** Local time "HH:MM" (Asia/Tokyo). */
  opens: string;
  closes: string;
  /** e.g. 「市役所開庁日」, 「祝日・年末年始を除く」 */
  note?: string;
}

export interface DemoWindow {
  key: string;
  name: string;
  nameKana?: string;
  municipalityCode: string;
  /** Address below the municipality (public office addresses only). */
  address?: string;
  /** Staffing and how the window works, in Japanese. */
  description?: string;
  phone?: string;
  hours: DemoOpeningHours[];
}

export interface DemoServiceArea {
  municipalityCode: string;
  /** 中学校区 or 地区 as free text, when narrower than the municipality. */
  detail?: string;
}

export interface DemoService {
  key: string;
  name: string;
  nameKana?: string;
  description: string;
  categories: ServiceCategory[];
  targetGroups: TargetGroup[];
  schoolAgeBands?: SchoolAgeBand[];
  areas: DemoServiceArea[];
  fee?: string;
}

export interface DemoProgrammeRole {
  role: ProgrammeRole;
  /** DIRECT: the municipality runs it itself (直営); CONTRACTED: this organisation runs it under contract (委託). */
  delivery: 'DIRECT' | 'CONTRACTED';
  contractingMunicipalityCodes: string[];
}

export interface DemoPublicContact {
  /** Invented numbers only, in the form 000-0000-XXXX, so that nobody calls a real line. */
  phone?: string;
  /** Invented addresses only, under the reserved .example domain. */
  email?: string;
  website?: string;
}

export interface DemoOrganization {
  key: string;
  region: DemoRegionCode;
  name: string;
  nameKana: string;
  aliases: string[];
  legalForm: LegalForm;
  municipalityCode: string;
  description: string;
  programmeRoles: DemoProgrammeRole[];
  publicContact: DemoPublicContact;
  services: DemoService[];
  windows: DemoWindow[];
  /** Where the facts come from, e.g. "002:L7926-7956"; "demo" for an invented organisation. */
  source: string;
}

export interface DemoNetworkTier {
  level: number;
  name: string;
  description: string;
}

export interface DemoNetworkMember {
  organizationKey: string;
  role: NetworkMemberRole;
  tierLevel: number;
}

export interface DemoNetwork {
  key: string;
  region: DemoRegionCode;
  name: string;
  nameKana: string;
  description: string;
  secretariatKey: string;
  meetingFrequency: string;
  admissionRule: string;
  tiers: DemoNetworkTier[];
  members: DemoNetworkMember[];
  source: string;
}

export interface DemoRegionData {
  organizations: DemoOrganization[];
  networks: DemoNetwork[];
}
