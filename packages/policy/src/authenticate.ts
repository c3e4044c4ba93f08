import { hubError } from '@renkei/errors';
import { AuthenticationError, type Identity, type TokenVerifier } from '@renkei/identity';

/**
 * The identity behind a request's Authorization header. A token that is present but wrong fails the whole
 * request with UNAUTHENTICATED (HTTP 401): a caller who meant to sign in is never served as the public.
 */
export async function authenticate(verifier: TokenVerifier, authorization: string | string[] | undefined): Promise<Identity> {
  try {
    return await verifier.verify(Array.isArray(authorization) ? authorization[0] : authorization);
  } catch (error) {
    if (error instanceof AuthenticationError) {
      throw hubError('UNAUTHENTICATED', error.message, error.messageJa, {
        reason: error.problem,
        http: { status: 401, headers: new Map([['www-authenticate', 'Bearer error="invalid_token"']]) },
      });
    }
    throw error;
  }
}
