// Verifies bearer tokens: signature against a JWKS (a URL any OIDC provider publishes, or keys given locally),
// issuer, audience and validity period; then reads the hub's claims. Anything wrong is an
// AuthenticationError saying what, never a silent fall-back to the public.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as jose,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { PUBLIC_IDENTITY, ROLES, type Identity, type Role } from './identity.js';

export type AuthenticationProblem =
  | 'MALFORMED'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'SIGNATURE'
  | 'ALGORITHM'
  | 'AUDIENCE'
  | 'ISSUER'
  | 'CLAIMS'
  | 'KEYS_UNAVAILABLE';

const MESSAGES: Record<AuthenticationProblem, [string, string]> = {
  MALFORMED: ['The Authorization header must be "Bearer <JWT>"', 'Authorization ヘッダーは「Bearer <JWT>」の形式で送ってください。'],
  EXPIRED: ['The token has expired', 'トークンの有効期限が切れています。'],
  NOT_YET_VALID: ['The token is not valid yet', 'トークンはまだ有効になっていません。'],
  SIGNATURE: ['The token signature is not valid', 'トークンの署名が正しくありません。'],
  ALGORITHM: ['The token is signed with an algorithm this hub does not accept', 'このハブが受け付けない署名方式のトークンです。'],
  AUDIENCE: ['The token is not meant for this hub (audience)', 'このハブ宛てのトークンではありません（audience）。'],
  ISSUER: ['The token comes from an issuer this hub does not trust', '信頼されていない発行者のトークンです。'],
  CLAIMS: ['The token claims are not valid', 'トークンのクレームが正しくありません。'],
  KEYS_UNAVAILABLE: ['The signing keys cannot be fetched right now', '署名鍵を取得できません。'],
};

export class AuthenticationError extends Error {
  readonly messageJa: string;
  constructor(readonly problem: AuthenticationProblem) {
    const [en, ja] = MESSAGES[problem];
    super(en);
    this.name = 'AuthenticationError';
    this.messageJa = ja;
  }
}

/** Asymmetric algorithms only: no shared secrets, and never "none". */
export const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** The provider's JWKS endpoint, e.g. https://idp.pref.example/realms/hub/protocol/openid-connect/certs */
  jwksUrl?: string;
  /** Or the public keys themselves (a JWKS document). */
  publicKeys?: JSONWebKeySet;
  /** Where the roles are in the token, as a dot path: "roles" (default) or "realm_access.roles" (Keycloak). */
  rolesClaim?: string;
  clockToleranceSeconds?: number;
  /** Tokens verified lately, kept so that a caller's next request skips the signature check. */
  cache?: { maxEntries?: number; maxAgeMs?: number };
}

/**
 * Tokens whose signature and claims were checked, with the identity they carry: a caller sends the same token
 * with every request, and checking an ES256 signature costs more than the rest of the gateway's own work. An entry
 * is used only for the very same token string, never after the token's `exp`, and never longer than `maxAgeMs`
 * (so a key the provider withdraws stops being trusted within that time).
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { identity: Identity; until: number }>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;

  constructor(options: { maxEntries?: number; maxAgeMs?: number } = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
  }

  get(token: string): Identity | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (Date.now() >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.identity;
  }

  set(token: string, identity: Identity, expiresAtSeconds: number): void {
    const until = Math.min(expiresAtSeconds * 1000, Date.now() + this.maxAgeMs);
    // A token accepted within the clock tolerance after its exp is not kept: it would only push out a live one.
    if (this.maxEntries === 0 || until <= Date.now()) return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // Frozen: one identity object now serves many requests.
    Object.freeze(identity.roles);
    Object.freeze(identity.consortia);
    this.entries.set(token, { identity: Object.freeze(identity), until });
  }
}

export interface TokenVerifier {
  /** The identity behind an Authorization header; the public when there is none. */
  verify(authorization: string | undefined | null): Promise<Identity>;
}

function at(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], payload);
}

function optionalString(value: unknown, pattern?: RegExp): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || (pattern && !pattern.test(value))) throw new AuthenticationError('CLAIMS');
  return value;
}

function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new AuthenticationError('CLAIMS');
  return value as string[];
}

export function identityFromClaims(payload: JWTPayload, rolesClaim = 'roles'): Identity {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new AuthenticationError('CLAIMS');
  const roles = stringList(at(payload, rolesClaim)).filter((r): r is Role => (ROLES as readonly string[]).includes(r) && r !== 'public');
  return {
    authenticated: true,
    subject: payload.sub,
    roles: [...new Set(roles)],
    organizationId: optionalString(payload.organization, /^[a-z][a-z0-9-]{1,31}:Organization:[0-9a-f-]{36}$/),
    municipalityCode: optionalString(payload.municipality, /^\d{6}$/),
    region: optionalString(payload.region, /^[a-z][a-z0-9-]{1,31}$/),
    consortia: stringList(payload.consortia),
  };
}

function problemOf(error: unknown): AuthenticationProblem {
  if (error instanceof AuthenticationError) return error.problem;
  if (error instanceof jose.JWTExpired) return 'EXPIRED';
  if (error instanceof jose.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return 'NOT_YET_VALID';
    if (error.claim === 'aud') return 'AUDIENCE';
    if (error.claim === 'iss') return 'ISSUER';
    return 'CLAIMS';
  }
  if (error instanceof jose.JOSEAlgNotAllowed || error instanceof jose.JOSENotSupported) return 'ALGORITHM';
  if (error instanceof jose.JWSSignatureVerificationFailed || error instanceof jose.JWKSNoMatchingKey) return 'SIGNATURE';
  if (error instanceof jose.JWKSTimeout || error instanceof jose.JWKSInvalid) return 'KEYS_UNAVAILABLE';
  return 'MALFORMED';
}

export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  if (!options.jwksUrl && !options.publicKeys) throw new Error('a token verifier needs a JWKS URL or public keys');
  const keys: JWTVerifyGetKey = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 })
    : createLocalJWKSet(options.publicKeys!);
  const verified = new VerifiedTokens(options.cache);
  return {
    async verify(authorization) {
      if (authorization === undefined || authorization === null || authorization === '') return PUBLIC_IDENTITY;
      // The scheme name is case-insensitive (RFC 9110); the token itself is not.
      const match = /^bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/i.exec(authorization.trim());
      if (!match) throw new AuthenticationError('MALFORMED');
      const token = match[1]!;
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ACCEPTED_ALGORITHMS,
          clockTolerance: options.clockToleranceSeconds ?? 30,
          requiredClaims: ['exp', 'sub'],
        });
        const identity = identityFromClaims(payload, options.rolesClaim);
        verified.set(token, identity, payload.exp!);
        return identity;
      } catch (error) {
        throw new AuthenticationError(problemOf(error));
      }
    },
  };
}
