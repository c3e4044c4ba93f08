// This subgraph's audit trail: every write (and every import) is recorded in the transaction that makes it, in
// the same append-only, hash-chained form as the other subgraphs' (see @renkei/audit, which also reads it).
import { appendAudit, auditEntry, auditReadsPlugin, auditTrailResolvers } from '@renkei/audit';
import type { EventsContext } from './context.js';
import type { EventsOrm } from './db/queries.js';
import { auditRecord } from './db/schema.js';
import type { Tx } from './db/writes.js';

export function auditWrite(tx: Tx, ctx: EventsContext, operation: string, recordIds: string[], fields: string[]) {
  return appendAudit(tx as never, auditRecord, [auditEntry(ctx, 'write', operation, recordIds, fields)]);
}

/** Reading the trail is a read to record too. */
export const auditPlugin = (orm: EventsOrm) => auditReadsPlugin<EventsContext>(orm, auditRecord);

export const auditResolvers = auditTrailResolvers(auditRecord, { trail: 'eventAuditTrail', check: 'eventAuditTrailCheck', export: 'exportEventAuditTrail' });
