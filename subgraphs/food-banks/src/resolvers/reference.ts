// The fields this subgraph adds to other subgraphs' entities: the food sites an organisation runs.
import { parseGlobalId } from '@renkei/regions';
import type { FoodBanksContext } from '../context.js';
import { organizationSiteConnection, type PageArgs } from './site.js';

const EMPTY = { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

export const referenceResolvers = {
  Organization: {
    __resolveReference: (ref: { id: string }) => ref,
    foodSites: (o: { id: string }, args: PageArgs, ctx: FoodBanksContext) =>
      parseGlobalId(o.id, 'Organization') ? organizationSiteConnection(ctx, o.id, args) : EMPTY,
  },
  Municipality: {
    __resolveReference: (ref: { code: string }) => ref,
  },
};
