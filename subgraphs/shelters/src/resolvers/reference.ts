// The fields this subgraph adds to other subgraphs' entities: the shelters an organisation runs and those in a municipality.
import { parseGlobalId } from '@renkei/regions';
import type { SheltersContext } from '../context.js';
import { ownerShelterConnection, type PageArgs } from './shelter.js';

const EMPTY = { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

export const referenceResolvers = {
  Organization: {
    __resolveReference: (ref: { id: string }) => ref,
    shelters: (o: { id: string }, args: PageArgs, ctx: SheltersContext) =>
      parseGlobalId(o.id, 'Organization') ? ownerShelterConnection(ctx, 'organization', o.id, args) : EMPTY,
  },
  Municipality: {
    __resolveReference: (ref: { code: string }) => ref,
    shelters: (m: { code: string }, args: PageArgs & { kinds?: string[] | null }, ctx: SheltersContext) =>
      ownerShelterConnection(ctx, 'municipality', m.code, args),
  },
};
