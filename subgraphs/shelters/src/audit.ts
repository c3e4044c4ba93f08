// This subgraph's audit trail, in the same append-only, hash-chained form as the other subgraphs' (see
// @renkei/audit, which also reads it). Writes are recorded in the transaction that makes them. Reads of a
// confidential shelter (its details, and its place in a listing) are collected during the request and recorded
// before the answer leaves: an answer whose reads cannot be recorded is not given.
import { appendAudit, auditEntry, auditReadsPlugin, auditTrailResolvers } from '@renkei/audit';
import { formatGlobalId } from '@renkei/regions';
import type { SheltersContext } from './context.js';
import type { SheltersOrm } from './db/queries.js';
import { auditRecord, type ShelterRow } from './db/schema.js';
import type { Tx } from './db/writes.js';

export function auditWrite(tx: Tx, ctx: SheltersContext, operation: string, recordIds: string[], fields: string[]) {
  return appendAudit(tx as never, auditRecord, [auditEntry(ctx, 'write', operation, recordIds, fields)]);
}

const globalIdOf = (row: ShelterRow) => formatGlobalId(row.region, 'Shelter', row.id);

/** The confidential shelter a @sensitive field is read on, for the guard (a shelter that is not confidential has nothing to record). */
export function recordIdsOf(typeName: string, parent: unknown): string[] {
  const row = parent as ShelterRow;
  return typeName === 'Shelter' && row?.confidential ? [globalIdOf(row)] : [];
}

/** Notes the confidential shelters an answer lists (by ID, in a search, in an owner's list) for the audit trail. */
export function noteConfidentialListed(ctx: SheltersContext, rows: readonly (ShelterRow | null)[], field: string): void {
  const ids = rows.flatMap((row) => (row?.confidential ? [globalIdOf(row)] : []));
  if (ids.length > 0) ctx.sensitiveReads.push({ field, recordIds: ids, selected: ['listed'] });
}

export const auditPlugin = (orm: SheltersOrm) => auditReadsPlugin<SheltersContext>(orm, auditRecord);

export const auditResolvers = auditTrailResolvers(auditRecord, { trail: 'shelterAuditTrail', check: 'shelterAuditTrailCheck', export: 'exportShelterAuditTrail' });
