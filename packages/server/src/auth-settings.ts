// The identity settings every server reads: which issuer and audience to trust, and where its keys are.
import { readFileSync } from 'node:fs';
import { createTokenVerifier, type TokenVerifier } from '@renkei/identity';
import type { JSONWebKeySet } from 'jose';
import { ConfigError, env } from './config.js';

export const authSettings = {
  JWT_ISSUER: env.string(),
  JWT_AUDIENCE: env.string(),
  /** The OIDC provider's JWKS endpoint. */
  JWKS_URL: env.optionalUrl(['https', 'http']),
  /** Or a JWKS file (the local run's .data/dev-keys/jwks.json). */
  JWT_PUBLIC_KEYS_FILE: env.optionalString(),
  /** Where the roles are in the token: "roles", or "realm_access.roles" for Keycloak. */
  JWT_ROLES_CLAIM: env.string('roles'),
};

export interface AuthConfig {
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  JWKS_URL: string | undefined;
  JWT_PUBLIC_KEYS_FILE: string | undefined;
  JWT_ROLES_CLAIM: string;
}

export function verifierFromConfig(config: AuthConfig): TokenVerifier {
  if (!config.JWKS_URL && !config.JWT_PUBLIC_KEYS_FILE) {
    throw new ConfigError(['JWKS_URL or JWT_PUBLIC_KEYS_FILE is required: the keys that sign callers\' tokens']);
  }
  let publicKeys: JSONWebKeySet | undefined;
  if (config.JWT_PUBLIC_KEYS_FILE) {
    try {
      publicKeys = JSON.parse(readFileSync(config.JWT_PUBLIC_KEYS_FILE, 'utf8')) as JSONWebKeySet;
      if (!Array.isArray(publicKeys.keys) || publicKeys.keys.length === 0) throw new Error('no keys');
    } catch {
      throw new ConfigError([`JWT_PUBLIC_KEYS_FILE ${config.JWT_PUBLIC_KEYS_FILE} is not a readable JWKS file with keys`]);
    }
  }
  return createTokenVerifier({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    jwksUrl: config.JWKS_URL,
    publicKeys,
    rolesClaim: config.JWT_ROLES_CLAIM,
  });
}
