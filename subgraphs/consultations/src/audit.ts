// This subgraph's audit trail, in the same append-only, hash-chained form as the other subgraphs' (see
// @renkei/audit). Writes are recorded in the transaction that makes them, with the IDs and the names of the fields
// written, never their content. Every read of a post or of its answers is collected during the request and recorded
// before the answer leaves: an answer whose reads cannot be recorded is not given.
import { appendAudit, auditEntry, auditReadsPlugin, auditTrailResolvers } from '@renkei/audit';
import { formatGlobalId } from '@renkei/regions';
import type { ConsultationsContext } from './context.js';
import type { ConsultationsOrm, Tx } from './db/queries.js';
import { auditRecord, type ConsultationPostRow } from './db/schema.js';

export function auditWrite(tx: Tx, ctx: ConsultationsContext, operation: string, recordIds: string[], fields: string[]) {
  return appendAudit(tx as never, auditRecord, [auditEntry(ctx, 'write', operation, recordIds, fields)]);
}

export const postGlobalId = (row: Pick<ConsultationPostRow, 'region' | 'id'>) => formatGlobalId(row.region, 'ConsultationPost', row.id);

/** Notes the posts an answer gives out, for the audit trail. */
export function notePostsRead(ctx: ConsultationsContext, rows: readonly (ConsultationPostRow | null)[], field: string): void {
  const ids = rows.flatMap((row) => (row ? [postGlobalId(row)] : []));
  if (ids.length > 0) ctx.sensitiveReads.push({ field, recordIds: ids, selected: ['consultation'] });
}

export const auditPlugin = (orm: ConsultationsOrm) => auditReadsPlugin<ConsultationsContext>(orm, auditRecord);

const trail = auditTrailResolvers(auditRecord, {
  trail: 'consultationAuditTrail',
  check: 'consultationAuditTrailCheck',
  export: 'exportConsultationAuditTrail',
});

// The trail is the instance's, whatever the posts' sharing scope: consultations are shared with no one of no
// region, yet the hub's administrators (who have none) read every region's trail.
type AuditResolver = (parent: unknown, args: never, ctx: ConsultationsContext) => unknown;
export const auditResolvers = {
  ...trail,
  Query: Object.fromEntries(
    Object.entries(trail.Query as Record<string, AuditResolver>).map(([name, resolve]) => [
      name,
      (parent: unknown, args: never, ctx: ConsultationsContext) => resolve(parent, args, { ...ctx, regions: ctx.writableRegions }),
    ]),
  ),
};
