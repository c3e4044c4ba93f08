// The audit table, defined once and placed in each subgraph's own schema (the subgraph that owns the data
// keeps the record of who read it).
import { bigint, index, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';

export function auditTable(schema: PgSchema) {
  return schema.table(
    'audit_record',
    {
      /** Assigned by the appender under a lock: 1, 2, 3 … with no gaps, so a deleted record shows. */
      seq: bigint('seq', { mode: 'number' }).primaryKey(),
      at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
      action: text('action').notNull(),
      subject: text('subject'),
      roles: text('roles').array().notNull(),
      organizationId: text('organization_id'),
      /** The region whose record was read or written: a region's administrators see their own. */
      region: text('region'),
      purpose: text('purpose'),
      operation: text('operation').notNull(),
      recordIds: text('record_ids').array().notNull(),
      fields: text('fields').array().notNull(),
      requestId: text('request_id'),
      prevHash: text('prev_hash').notNull(),
      hash: text('hash').notNull(),
    },
    (t) => [index('audit_record_at').on(t.at), index('audit_record_region').on(t.region, t.seq)],
  );
}

export type AuditTable = ReturnType<typeof auditTable>;
export type AuditRow = AuditTable['$inferSelect'];

/**
 * The SQL that makes the table append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. Put it in the
 * subgraph's migrations after the table. (Someone who can drop the trigger can still edit: the hash chain is
 * what shows it.)
 */
export function appendOnlySql(schemaName: string): string {
  return `CREATE OR REPLACE FUNCTION "${schemaName}".audit_record_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_record_no_update BEFORE UPDATE OR DELETE ON "${schemaName}"."audit_record"
  FOR EACH ROW EXECUTE FUNCTION "${schemaName}".audit_record_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON "${schemaName}"."audit_record"
  FOR EACH STATEMENT EXECUTE FUNCTION "${schemaName}".audit_record_is_append_only();`;
}
