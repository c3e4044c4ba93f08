// The shape of the demo events: what the seeds describe, written as data.

export type DemoEventType =
  | 'INFORMATION_EXCHANGE' | 'SYMPOSIUM' | 'TRAINING' | 'STUDY_SESSION' | 'NETWORK_MEETING' | 'LIAISON_MEETING'
  | 'CASE_REVIEW' | 'CASE_MEETING' | 'MOBILE_CONSULTATION' | 'CHILDRENS_CAFETERIA' | 'FESTIVAL' | 'OTHER';
export type DemoAudience = 'PUBLIC' | 'NETWORK_MEMBERS' | 'STAFF_ONLY' | 'INVITED';
export type DemoAttendeeKind =
  | 'GOVERNMENT' | 'SOCIAL_WELFARE_COUNCIL' | 'NPO' | 'WELFARE_PROVIDER' | 'MEDICAL' | 'EDUCATION' | 'BUSINESS'
  | 'WELFARE_VOLUNTEER' | 'PUBLIC' | 'OTHER';

/** A series of meetings; its rounds are DemoEvents naming it by key. */
export interface DemoSeries {
  key: string;
  title: string;
  titleKana?: string;
  description: string;
  /** Key of an organisation of the organisations demo data (see subgraphs/organisations/src/demo). */
  organizerKey?: string;
}

export interface DemoEvent {
  /** Unique across the demo data; the event's ID is derived from it. */
  key: string;
  type: DemoEventType;
  title: string;
  titleKana?: string;
  description?: string;
  seriesKey?: string;
  round?: number;
  /** Organisation key of this round's host (a relay moves from host to host). */
  roundHostKey?: string;
  roundHostMunicipalityCode?: string;
  organizerKey?: string;
  organizerName?: string;
  coOrganizerKeys?: string[];
  /** Network key (organisations demo data) for NETWORK_MEMBERS events. */
  networkKey?: string;
  venue?: { name: string; address?: string; addressDetail?: string; latitude?: number; longitude?: number; access?: string; parking?: string };
  onlineUrl?: string;
  municipalityCode: string;
  /** Timed: "2026-12-05T13:30" (Japan local time). All-day: "2026-12-05". */
  starts: string;
  ends: string;
  timeNote?: string;
  audience: DemoAudience;
  /** For INVITED events: organisation keys and/or municipality codes. */
  invitees?: { organizationKey?: string; municipalityCode?: string }[];
  capacity?: number;
  /** "2026-11-30T17:00" */
  registrationDeadline?: string;
  registrationMethod?: string;
  childcare?: boolean;
  feeYen?: number;
  feeNote?: string;
  status?: 'SCHEDULED' | 'CANCELLED' | 'POSTPONED';
  statusNote?: string;
  contact?: { name?: string; phone?: string; extension?: string };
  url?: string;
  attendance?: { kind: DemoAttendeeKind; count: number }[];
  links?: { kind: 'REPORT' | 'RECORDING' | 'FLYER' | 'OTHER'; url: string; title?: string }[];
  /** Where in the seeds it comes from, e.g. "003:113", or "デモ用の架空の催しです". */
  source: string;
}

export interface DemoRegionEvents {
  series: DemoSeries[];
  events: DemoEvent[];
}
