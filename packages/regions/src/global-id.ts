// Global IDs carry the region that owns the record, so that the gateway can route a reference to the one
// regional instance that holds it: `kikuchi:Organization:6f1c…`.

export interface GlobalId {
  region: string;
  type: string;
  localId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GLOBAL_ID = /^([a-z][a-z0-9-]{1,31}):([A-Z][A-Za-z]{1,63}):(.+)$/;

export function formatGlobalId(region: string, type: string, localId: string): string {
  return `${region}:${type}:${localId}`;
}

/**
 * Parses an ID of the given type (of any type when none is given); undefined when it is malformed, of another
 * type or not a UUID.
 */
export function parseGlobalId(id: string, expectedType?: string): GlobalId | undefined {
  const match = GLOBAL_ID.exec(id);
  if (!match) return undefined;
  const [, region, type, localId] = match as unknown as [string, string, string, string];
  if ((expectedType !== undefined && type !== expectedType) || !UUID.test(localId)) return undefined;
  return { region, type, localId };
}
