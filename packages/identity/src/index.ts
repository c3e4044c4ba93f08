export { PUBLIC_IDENTITY, ROLES, type HubClaims, type Identity, type Role } from './identity.js';
export {
  ACCEPTED_ALGORITHMS,
  AuthenticationError,
  createTokenVerifier,
  identityFromClaims,
  type AuthenticationProblem,
  type TokenVerifier,
  type VerifierOptions,
} from './verify.js';
export {
  createLocalIssuer,
  loadOrCreateLocalIssuer,
  LOCAL_JWKS_FILE,
  LOCAL_PRIVATE_KEY_FILE,
  type LocalIssuer,
  type LocalIssuerOptions,
} from './local-issuer.js';
