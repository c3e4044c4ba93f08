// Reading a subgraph's audit trail through the API, the same in every subgraph: hub administrators read all of
// it, a region's administrators their own region's records; a request for one region (the `region` argument, or
// the gateway's X-Hub-Region) reads only that region's. And the plugin that records the reads a request made
// (collected while it ran) before its answer leaves: an answer whose reads cannot be recorded is not given.
import type { ApolloServerPlugin } from '@apollo/server';
import { pageSize } from '@renkei/connections';
import { badUserInput, hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { scopesOf } from '@renkei/policy';
import { and, count, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { appendAudit, auditEntry, verifyAudit, type Db } from './chain.js';
import type { AuditTable } from './table.js';

/** What reading or recording the trail needs of a request's context. */
export interface AuditReader {
  orm: unknown;
  identity: Identity;
  /** The regions this request reads. */
  regions: string[];
  /** The region the gateway says this request is for, if any. */
  requestRegion: string | undefined;
  purpose: string | null;
  requestId: string;
  /** Reads noted during the request: a field, the records it concerns, the sub-fields asked for. */
  sensitiveReads: { field: string; recordIds: string[]; selected: string[] }[];
}

interface RegionArgs {
  region?: string | null;
}

function decodeSeq(after: string | null | undefined): number | undefined {
  if (after === null || after === undefined) return undefined;
  const seq = Number(Buffer.from(after, 'base64url').toString('utf8'));
  if (!Number.isInteger(seq) || seq < 1) throw badUserInput('The cursor is not one this listing gave out', 'カーソルが正しくありません。', 'after');
  return seq;
}

/** The queries of a subgraph's audit trail (to put under its own field names). */
export function auditTrailQueries(table: AuditTable) {
  /** A hub administrator sees every record; a region's administrator only those of their region (none without one). */
  const visibleTo = (ctx: AuditReader): SQL | undefined => {
    if (scopesOf(ctx.identity).has('audit:read')) return undefined;
    return ctx.identity.region ? eq(table.region, ctx.identity.region) : sql`false`;
  };
  const scope = (ctx: AuditReader, region: string | null | undefined): SQL | undefined => {
    if (region !== null && region !== undefined && !ctx.regions.includes(region)) {
      throw hubError(
        'FORBIDDEN',
        `The audit trail of region "${region.slice(0, 64)}" is not served here`,
        `地域「${region.slice(0, 64)}」の監査記録はここでは閲覧できません。`,
      );
    }
    return and(visibleTo(ctx), region ? eq(table.region, region) : undefined, ctx.requestRegion ? eq(table.region, ctx.requestRegion) : undefined);
  };
  const db = (ctx: AuditReader) => ctx.orm as Db;

  return {
    /** Newest first, a page at a time. */
    async trail(ctx: AuditReader, args: { first?: number | null; after?: string | null } & RegionArgs) {
      const where = scope(ctx, args.region);
      const first = pageSize(args.first);
      const before = decodeSeq(args.after);
      const [rows, [total]] = await Promise.all([
        db(ctx).select().from(table).where(and(where, before ? lt(table.seq, before) : undefined)).orderBy(desc(table.seq)).limit(first + 1),
        db(ctx).select({ n: count() }).from(table).where(where),
      ]);
      const edges = rows.slice(0, first).map((node) => ({ cursor: Buffer.from(String(node.seq)).toString('base64url'), node }));
      return { totalCount: total?.n ?? 0, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    // The chain is one for the whole subgraph; a region's administrator learns whether it is intact, but counts
    // and positions only of their own region's records.
    async check(ctx: AuditReader, args: RegionArgs) {
      const where = scope(ctx, args.region);
      const result = await verifyAudit(db(ctx), table);
      if (!where) return result;
      const [visible] = await db(ctx).select({ n: count() }).from(table).where(where);
      const [broken] =
        result.brokenAt === null ? [] : await db(ctx).select({ seq: table.seq }).from(table).where(and(where, eq(table.seq, result.brokenAt)));
      return { ...result, records: visible?.n ?? 0, brokenAt: broken ? result.brokenAt : null };
    },
    /** JSON Lines, oldest first, with hashes, so that the trail can be verified elsewhere. */
    async export(ctx: AuditReader, args: RegionArgs) {
      const rows = await db(ctx).select().from(table).where(scope(ctx, args.region)).orderBy(table.seq);
      return rows.map((row) => JSON.stringify({ ...row, at: new Date(row.at).toISOString() })).join('\n');
    },
  };
}

/** The resolvers of a subgraph's audit trail fields, under the names its schema gives them. */
export function auditTrailResolvers(table: AuditTable, names: { trail: string; check: string; export: string }) {
  const queries = auditTrailQueries(table);
  type PageArgs = { first?: number | null; after?: string | null } & RegionArgs;
  return {
    Query: {
      [names.trail]: (_: unknown, args: PageArgs, ctx: AuditReader) => queries.trail(ctx, args),
      [names.check]: (_: unknown, args: RegionArgs, ctx: AuditReader) => queries.check(ctx, args),
      [names.export]: (_: unknown, args: RegionArgs, ctx: AuditReader) => queries.export(ctx, args),
    },
    AuditRecord: {
      at: (row: { at: string }) => new Date(row.at),
    },
  };
}

/**
 * Records the reads a request noted, before its answer leaves. A field read on a record that turned out to hold
 * nothing to protect (no record IDs) is left out; a root field (reading the audit trail itself) never is.
 */
export function auditReadsPlugin<TContext extends AuditReader>(orm: unknown, table: AuditTable): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          const reads = ctx.sensitiveReads.filter((read) => read.recordIds.length > 0 || read.field.startsWith('Query.'));
          if (reads.length === 0) return;
          try {
            await appendAudit(orm as Db, table, reads.map((read) => auditEntry(ctx, 'read', read.field, read.recordIds, read.selected)));
          } catch {
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', messageJa: '内部エラーが発生しました。', requestId: ctx.requestId } },
              ];
            }
          }
        },
      };
    },
  };
}
