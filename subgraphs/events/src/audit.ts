// This subgraph's audit trail: every write (and every import) is recorded in the transaction that makes it, in
// the same append-only, hash-chained form as the organisations subgraph's (see @renkei/audit).
import { appendAudit, auditEntry } from '@renkei/audit';
import type { EventsContext } from './context.js';
import { auditRecord } from './db/schema.js';
import type { Tx } from './db/writes.js';

export function auditWrite(tx: Tx, ctx: EventsContext, operation: string, recordIds: string[], fields: string[]) {
  return appendAudit(tx as never, auditRecord, [auditEntry(ctx, 'write', operation, recordIds, fields)]);
}
