// Shelter and its parts: thin mappings from rows. A confidential shelter has no public face: its name, place,
// phone and operator are null on Shelter and given only in confidentialDetails, behind the shelter-location
// policy, a stated purpose and the audit trail. References to other subgraphs' records are returned as keys.
import { connection, decodeCursor, pageSize } from '@renkei/connections';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import { noteConfidentialListed } from '../audit.js';
import type { SheltersContext } from '../context.js';
import { readingSortKey, type ShelterOwner } from '../db/queries.js';
import type { BedVacancyRow, ShelterRow } from '../db/schema.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const organizationRef = (id: string | null) => (id ? { id } : null);
const point = (r: ShelterRow) => (r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null);
/** The value of a field of the public face: null for a confidential shelter. */
const open = <T>(r: ShelterRow, value: T): T | null => (r.confidential ? null : value);

/** Loads a shelter by global ID; null for one of another region, a missing one, or a confidential one the caller may not see. */
export async function loadShelter(ctx: SheltersContext, id: string): Promise<ShelterRow | null> {
  const parsed = parseGlobalId(id, 'Shelter');
  if (!parsed || !ctx.regions.includes(parsed.region)) return null;
  const row = await ctx.loaders.shelter.load(parsed.localId);
  return row && row.region === parsed.region ? row : null;
}

/** A page of an owner's shelters by reading, batched with the pages of the other owners in the same list. */
export async function ownerShelterConnection(ctx: SheltersContext, owner: ShelterOwner, key: string, args: PageArgs & { kinds?: string[] | null }) {
  const page = await ctx.loaders.ownerPages.load({
    owner,
    key,
    kinds: args.kinds?.length ? [...args.kinds].sort() : null,
    first: pageSize(args.first),
    position: decodeCursor(args.after),
  });
  const rows = (await ctx.loaders.shelter.loadMany(page.rows)).filter((r): r is ShelterRow => r !== null && !(r instanceof Error));
  noteConfidentialListed(ctx, rows, owner === 'organization' ? 'Organization.shelters' : 'Municipality.shelters');
  return connection(rows.map((row) => ({ ...row, sortKey: readingSortKey(row) })), page.totalCount, page.hasNextPage);
}

export function bedFigure(ctx: SheltersContext, row: BedVacancyRow) {
  const ageMinutes = Math.max(0, Math.floor((ctx.now.getTime() - row.confirmedAt.getTime()) / 60_000));
  return { ...row, ageMinutes, stale: ageMinutes > ctx.staleAfterMinutes };
}


export const shelterResolvers = {
  Shelter: {
    __resolveReference: async ({ id }: { id: string }, ctx: SheltersContext) => {
      const row = await loadShelter(ctx, id);
      noteConfidentialListed(ctx, [row], 'Shelter (reference)');
      return row;
    },
    id: (r: ShelterRow) => formatGlobalId(r.region, 'Shelter', r.id),
    name: (r: ShelterRow) => open(r, r.name),
    nameKana: (r: ShelterRow) => open(r, r.nameKana),
    operator: (r: ShelterRow) => open(r, organizationRef(r.operatorId)),
    operatorName: (r: ShelterRow) => open(r, r.operatorName),
    municipality: (r: ShelterRow) => open(r, { code: r.municipalityCode }),
    address: (r: ShelterRow) => open(r, r.address),
    location: (r: ShelterRow) => open(r, point(r)),
    phone: (r: ShelterRow) => open(r, r.phone),
    intakeContact: (r: ShelterRow) => open(r, r.intakeContact),
    // Who may read this is decided before the resolver runs (the guard's shelter-location policy and purpose).
    confidentialDetails: (r: ShelterRow) => (r.confidential ? r : null),
    beds: async (r: ShelterRow, _: unknown, ctx: SheltersContext) => (await ctx.loaders.beds.load(r.id)).map((b) => bedFigure(ctx, b)),
  },
  ConfidentialShelterDetails: {
    operator: (r: ShelterRow) => organizationRef(r.operatorId),
    municipality: (r: ShelterRow) => ({ code: r.municipalityCode }),
    location: (r: ShelterRow) => point(r),
  },
};
