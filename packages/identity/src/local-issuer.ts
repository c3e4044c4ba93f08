// A token issuer for development and tests. It signs with ES256 keys it makes itself; `loadOrCreate` keeps
// them in a directory (the local run's .data/dev-keys) so that tokens survive a restart. Never for production:
// a deployment verifies tokens of the prefecture's own OIDC provider.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import type { HubClaims } from './identity.js';

export interface LocalIssuer {
  readonly issuer: string;
  readonly audience: string;
  /** The public half, for verifiers. */
  readonly jwks: JSONWebKeySet;
  mint(claims: HubClaims, options?: { expiresIn?: string | number; notBefore?: string | number }): Promise<string>;
}

export interface LocalIssuerOptions {
  issuer: string;
  audience: string;
}

const ALGORITHM = 'ES256';

function issuerFrom(privateJwk: JWK, publicJwk: JWK, options: LocalIssuerOptions): LocalIssuer {
  const kid = publicJwk.kid!;
  return {
    issuer: options.issuer,
    audience: options.audience,
    jwks: { keys: [{ ...publicJwk, alg: ALGORITHM, use: 'sig', kid }] },
    async mint(claims, { expiresIn = '8h', notBefore } = {}) {
      const key = await importJWK(privateJwk, ALGORITHM);
      const { sub, ...rest } = claims;
      const jwt = new SignJWT({ ...rest })
        .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setIssuedAt()
        .setExpirationTime(expiresIn);
      if (notBefore !== undefined) jwt.setNotBefore(notBefore);
      return jwt.sign(key);
    },
  };
}

async function newKeys(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  return { privateJwk: { ...(await exportJWK(privateKey)), kid }, publicJwk: { ...(await exportJWK(publicKey)), kid } };
}

/** Keys in memory only: for tests. */
export async function createLocalIssuer(options: LocalIssuerOptions): Promise<LocalIssuer> {
  const { privateJwk, publicJwk } = await newKeys();
  return issuerFrom(privateJwk, publicJwk, options);
}

export const LOCAL_PRIVATE_KEY_FILE = 'local-issuer.private.jwk.json';
export const LOCAL_JWKS_FILE = 'jwks.json';

/** Keys kept in `dir`: the private key readable by its owner only, the public JWKS beside it for the servers. */
export async function loadOrCreateLocalIssuer(dir: string, options: LocalIssuerOptions): Promise<LocalIssuer> {
  const privateFile = join(dir, LOCAL_PRIVATE_KEY_FILE);
  const jwksFile = join(dir, LOCAL_JWKS_FILE);
  if (!existsSync(privateFile) || !existsSync(jwksFile)) {
    mkdirSync(dir, { recursive: true });
    const { privateJwk, publicJwk } = await newKeys();
    writeFileSync(privateFile, JSON.stringify(privateJwk), { mode: 0o600 });
    chmodSync(privateFile, 0o600);
    writeFileSync(jwksFile, `${JSON.stringify({ keys: [{ ...publicJwk, alg: ALGORITHM, use: 'sig' }] }, null, 2)}\n`);
  }
  const privateJwk = JSON.parse(readFileSync(privateFile, 'utf8')) as JWK;
  const publicJwk = (JSON.parse(readFileSync(jwksFile, 'utf8')) as JSONWebKeySet).keys[0]!;
  return issuerFrom(privateJwk, publicJwk, options);
}
