// A fingerprint of the schema a server serves, so that the gateway can tell whether every instance of a
// subgraph serves the schema it composed: formatting and comments do not change it, descriptions do.
import { createHash } from 'node:crypto';
import { parse, print } from 'graphql';

/** The response header that carries the fingerprint. */
export const SCHEMA_HEADER = 'x-hub-schema';

export function schemaFingerprint(sdl: string): string {
  return `sha256:${createHash('sha256').update(print(parse(sdl))).digest('hex')}`;
}
