// This subgraph's audit trail: writes are recorded in their own transaction; sensitive reads are collected
// during the request and recorded before the answer leaves (an answer whose reads cannot be recorded is not
// given). Region administrators read their region's records, hub administrators all of them; a request for one
// region (the `region` argument, or the gateway's X-Hub-Region) reads only that region's.
import type { ApolloServerPlugin } from '@apollo/server';
import { appendAudit, auditEntry, verifyAudit } from '@renkei/audit';
import { badUserInput, hubError } from '@renkei/errors';
import { scopesOf } from '@renkei/policy';
import { formatGlobalId } from '@renkei/regions';
import { and, count, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { OrganisationsContext } from './context.js';
import type { OrganisationsOrm } from './db/queries.js';
import { auditRecord, type OrganizationRow } from './db/schema.js';
import { pageSize } from '@renkei/connections';

type Tx = Parameters<Parameters<OrganisationsOrm['transaction']>[0]>[0];

/** Records a write in the transaction that makes it. */
export function auditWrite(tx: Tx, ctx: OrganisationsContext, operation: string, recordIds: string[], fields: string[]) {
  return appendAudit(tx as never, auditRecord, [auditEntry(ctx, 'write', operation, recordIds, fields)]);
}

/** The global IDs a sensitive read concerns, for the guard. */
export function recordIdsOf(typeName: string, parent: unknown): string[] {
  if (typeName === 'Organization') {
    const org = parent as OrganizationRow;
    return [formatGlobalId(org.region, 'Organization', org.id)];
  }
  return [];
}

export function auditPlugin(orm: OrganisationsOrm): ApolloServerPlugin<OrganisationsContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          if (ctx.sensitiveReads.length === 0) return;
          try {
            await appendAudit(
              orm as never,
              auditRecord,
              ctx.sensitiveReads.map((read) => auditEntry(ctx, 'read', read.field, read.recordIds, read.selected)),
            );
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

/** A hub administrator sees every record; a region's administrator only those of their region (none without one). */
function visibleTo(ctx: OrganisationsContext): SQL | undefined {
  if (scopesOf(ctx.identity).has('audit:read')) return undefined;
  return ctx.identity.region ? eq(auditRecord.region, ctx.identity.region) : sql`false`;
}

/**
 * The records a request reads: those visible to the caller, of the region asked for (one this request serves)
 * and of the request's region when the gateway names one.
 */
function auditScope(ctx: OrganisationsContext, region: string | null | undefined): SQL | undefined {
  if (region !== null && region !== undefined && !ctx.regions.includes(region)) {
    throw hubError(
      'FORBIDDEN',
      `The audit trail of region "${region.slice(0, 64)}" is not served here`,
      `地域「${region.slice(0, 64)}」の監査記録はここでは閲覧できません。`,
    );
  }
  return and(
    visibleTo(ctx),
    region ? eq(auditRecord.region, region) : undefined,
    ctx.requestRegion ? eq(auditRecord.region, ctx.requestRegion) : undefined,
  );
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

export const auditResolvers = {
  Query: {
    auditTrail: async (
      _: unknown,
      args: { first?: number | null; after?: string | null } & RegionArgs,
      ctx: OrganisationsContext,
    ) => {
      const scope = auditScope(ctx, args.region);
      const first = pageSize(args.first);
      const before = decodeSeq(args.after);
      const [rows, [total]] = await Promise.all([
        ctx.orm
          .select()
          .from(auditRecord)
          .where(and(scope, before ? lt(auditRecord.seq, before) : undefined))
          .orderBy(desc(auditRecord.seq))
          .limit(first + 1),
        ctx.orm.select({ n: count() }).from(auditRecord).where(scope),
      ]);
      const edges = rows.slice(0, first).map((node) => ({ cursor: Buffer.from(String(node.seq)).toString('base64url'), node }));
      return { totalCount: total?.n ?? 0, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    // The chain is one for the whole subgraph; a region's administrator learns whether it is intact, but counts
    // and positions only of their own region's records.
    auditTrailCheck: async (_: unknown, args: RegionArgs, ctx: OrganisationsContext) => {
      const scope = auditScope(ctx, args.region);
      const check = await verifyAudit(ctx.orm as never, auditRecord);
      if (!scope) return check;
      const [visible] = await ctx.orm.select({ n: count() }).from(auditRecord).where(scope);
      const [broken] =
        check.brokenAt === null
          ? []
          : await ctx.orm.select({ seq: auditRecord.seq }).from(auditRecord).where(and(scope, eq(auditRecord.seq, check.brokenAt)));
      return { ...check, records: visible?.n ?? 0, brokenAt: broken ? check.brokenAt : null };
    },
    exportAuditTrail: async (_: unknown, args: RegionArgs, ctx: OrganisationsContext) => {
      const rows = await ctx.orm.select().from(auditRecord).where(auditScope(ctx, args.region)).orderBy(auditRecord.seq);
      return rows.map((row) => JSON.stringify({ ...row, at: new Date(row.at).toISOString() })).join('\n');
    },
  },
  AuditRecord: {
    at: (row: { at: string }) => new Date(row.at),
  },
};
