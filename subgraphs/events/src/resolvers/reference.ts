// The fields this subgraph adds to other subgraphs' entities: an organisation's and a municipality's events.
import { parseGlobalId } from '@renkei/regions';
import type { EventsContext } from '../context.js';
import { ownerEventConnection, type PageArgs } from './event.js';

interface FromArgs extends PageArgs {
  from?: string | null;
}

export const referenceResolvers = {
  Organization: {
    __resolveReference: (ref: { id: string }) => ref,
    events: (o: { id: string }, args: FromArgs, ctx: EventsContext) =>
      parseGlobalId(o.id, 'Organization')
        ? ownerEventConnection(ctx, 'organization', o.id, args)
        : { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
  },
  Municipality: {
    __resolveReference: (ref: { code: string }) => ref,
    events: (m: { code: string }, args: FromArgs, ctx: EventsContext) => ownerEventConnection(ctx, 'municipality', m.code, args),
  },
};
