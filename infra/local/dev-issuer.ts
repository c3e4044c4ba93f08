// The local run's token issuer: its keys live in <data dir>/dev-keys; the servers trust its public JWKS.
import { resolve } from 'node:path';
import { loadOrCreateLocalIssuer, LOCAL_JWKS_FILE } from '@renkei/identity';

export const DEV_ISSUER = { issuer: 'https://renkei-hub.localhost/dev-issuer', audience: 'renkei-hub' };

export function devKeysDir(dataDir: string): string {
  return resolve(dataDir, 'dev-keys');
}

export async function devIssuer(dataDir: string) {
  const dir = devKeysDir(dataDir);
  const issuer = await loadOrCreateLocalIssuer(dir, DEV_ISSUER);
  return {
    issuer,
    /** What a server needs to trust this issuer's tokens. */
    serverEnv: {
      JWT_ISSUER: DEV_ISSUER.issuer,
      JWT_AUDIENCE: DEV_ISSUER.audience,
      JWT_PUBLIC_KEYS_FILE: resolve(dir, LOCAL_JWKS_FILE),
    },
  };
}
