// The gateway's per-request context, built from the request's headers. /graphql and the calendar feeds both
// build it here, so that a feed is served to exactly the identity the same headers would have at /graphql.
import type { TokenVerifier } from '@renkei/identity';
import { authenticate } from '@renkei/policy';
import type { IncomingRequest } from '@renkei/server';
import type { GatewayContext } from './gateway.js';

export function gatewayContext(verifier: TokenVerifier): (request: IncomingRequest) => Promise<GatewayContext> {
  return async ({ requestId, headers }) => ({
    requestId,
    identity: await authenticate(verifier, headers.authorization),
    authorization: headers.authorization,
    purpose: typeof headers['x-hub-purpose'] === 'string' ? headers['x-hub-purpose'] : undefined,
  });
}
