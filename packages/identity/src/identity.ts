// Who is calling: the verified claims of a bearer token, or the public.

export const ROLES = [
  'public',
  'org_staff',
  'municipal_staff',
  'consultation_worker',
  'prefecture_staff',
  'hub_admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  authenticated: boolean;
  /** The token's `sub`; null for the public. */
  subject: string | null;
  /** Known roles from the token; ["public"] without a token. Unknown role names are dropped. */
  roles: Role[];
  /** Global ID of the caller's organisation (`<region>:Organization:<uuid>`). */
  organizationId: string | null;
  /** 6-digit code of the caller's municipality. */
  municipalityCode: string | null;
  /** The region the caller belongs to. */
  region: string | null;
  /** Consortia (圏域) the caller's municipality is a member of. */
  consortia: string[];
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({
  authenticated: false,
  subject: null,
  roles: ['public'],
  organizationId: null,
  municipalityCode: null,
  region: null,
  consortia: [],
}) as Identity;

/** The claims this hub reads from a token, besides the registered ones (iss, aud, exp, nbf, iat). */
export interface HubClaims {
  sub: string;
  roles: string[];
  organization?: string;
  municipality?: string;
  region?: string;
  consortia?: string[];
}
