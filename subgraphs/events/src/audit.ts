// This subgraph's audit trail: every write (and every import) is recorded in the transaction that makes it, in
// the same append-only, hash-chained form as the organisations subgraph's (see @renkei/audit).
import { appendAudit, type AuditEntry } from '@renkei/audit';
import type { EventsContext } from './context.js';
import type { Tx } from './db/writes.js';
import { auditRecord } from './db/schema.js';

export function auditWrite(tx: Tx, ctx: EventsContext, operation: string, recordIds: string[], fields: string[]) {
  const regions = [...new Set(recordIds.map((id) => id.split(':')[0]!))];
  const entry: AuditEntry = {
    action: 'write',
    subject: ctx.identity.subject,
    roles: ctx.identity.roles,
    organizationId: ctx.identity.organizationId,
    region: regions.length === 1 ? regions[0]! : ctx.identity.region,
    purpose: ctx.purpose,
    operation,
    recordIds,
    fields,
    requestId: ctx.requestId,
  };
  return appendAudit(tx as never, auditRecord, [entry]);
}
