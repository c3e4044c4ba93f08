// This subgraph's audit trail: writes are recorded in their own transaction; sensitive reads are collected
// during the request and recorded before the answer leaves (see @renkei/audit, which also reads the trail).
import { appendAudit, auditEntry, auditReadsPlugin, auditTrailResolvers } from '@renkei/audit';
import { formatGlobalId } from '@renkei/regions';
import type { OrganisationsContext } from './context.js';
import type { OrganisationsOrm } from './db/queries.js';
import { auditRecord, type OrganizationRow } from './db/schema.js';

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

export const auditPlugin = (orm: OrganisationsOrm) => auditReadsPlugin<OrganisationsContext>(orm, auditRecord);

export const auditResolvers = auditTrailResolvers(auditRecord, { trail: 'auditTrail', check: 'auditTrailCheck', export: 'exportAuditTrail' });
