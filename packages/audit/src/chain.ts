// Appending to the hash chain and checking it. Each record's hash covers its content and the hash of the one
// before it, so an edited record breaks its own hash and a deleted one breaks the sequence.
import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import { getTableConfig, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { AuditRow, AuditTable } from './table.js';

export type AuditAction = 'read' | 'write';

export interface AuditEntry {
  action: AuditAction;
  subject: string | null;
  roles: string[];
  organizationId: string | null;
  region: string | null;
  purpose: string | null;
  /** What was done: "Organization.contacts", "Mutation.updateOrganization". */
  operation: string;
  recordIds: string[];
  fields: string[];
  requestId: string | null;
}

/** Who is asking, as a request context knows it. */
export interface AuditCaller {
  identity: { subject: string | null; roles: string[]; organizationId: string | null; region: string | null };
  purpose: string | null;
  requestId: string;
}

/**
 * The record of one read or write by a caller. Its region is that of the records concerned when they share one
 * (so that a region's administrators see it), else the caller's.
 */
export function auditEntry(caller: AuditCaller, action: AuditAction, operation: string, recordIds: string[], fields: string[]): AuditEntry {
  const regions = [...new Set(recordIds.map((id) => id.split(':')[0]!))];
  return {
    action,
    subject: caller.identity.subject,
    roles: caller.identity.roles,
    organizationId: caller.identity.organizationId,
    region: regions.length === 1 ? regions[0]! : caller.identity.region,
    purpose: caller.purpose,
    operation,
    recordIds,
    fields,
    requestId: caller.requestId,
  };
}

export const GENESIS = '0'.repeat(64);

// Anything with drizzle's query API: the database or a transaction on it.
export type Db = Pick<PgDatabase<PgQueryResultHKT, Record<string, unknown>>, 'select' | 'insert' | 'execute' | 'transaction'>;

function contentOf(row: Omit<AuditRow, 'hash'>): string {
  // A fixed field order, so the hash does not depend on how an object happened to be built.
  return JSON.stringify([
    row.seq,
    row.at,
    row.action,
    row.subject,
    row.roles,
    row.organizationId,
    row.region,
    row.purpose,
    row.operation,
    row.recordIds,
    row.fields,
    row.requestId,
    row.prevHash,
  ]);
}

export function hashOf(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(contentOf(row)).digest('hex');
}

/**
 * Appends entries in order. Pass a transaction to make them part of a write (the write and its record commit
 * together); appends serialise on an advisory lock so that two requests cannot fork the chain.
 */
export async function appendAudit(db: Db, table: AuditTable, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const run = async (tx: Db) => {
    const { schema, name } = getTableConfig(table);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`renkei:audit:${schema}.${name}`}))`);
    const [last] = await tx.select({ seq: table.seq, hash: table.hash }).from(table).orderBy(desc(table.seq)).limit(1);
    let seq = last?.seq ?? 0;
    let prevHash = last?.hash ?? GENESIS;
    const at = new Date().toISOString();
    const rows: AuditRow[] = entries.map((entry) => {
      seq += 1;
      const row = { seq, at, ...entry, prevHash };
      const hash = hashOf(row);
      prevHash = hash;
      return { ...row, hash };
    });
    await tx.insert(table).values(rows);
  };
  await db.transaction((tx) => run(tx as unknown as Db));
}

export interface ChainCheck {
  intact: boolean;
  records: number;
  /** The first record found wrong, and how. */
  brokenAt: number | null;
  problem: 'EDITED' | 'MISSING' | null;
}

/** Recomputes the whole chain. */
export async function verifyAudit(db: Db, table: AuditTable): Promise<ChainCheck> {
  const rows = await db.select().from(table).orderBy(asc(table.seq));
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const row of rows) {
    // Timestamps come back from the driver in its own format; hash the form they were written in.
    const normalised = { ...row, at: new Date(row.at).toISOString() };
    if (row.seq !== expectedSeq || row.prevHash !== prevHash) {
      return { intact: false, records: rows.length, brokenAt: expectedSeq, problem: 'MISSING' };
    }
    if (hashOf(normalised) !== row.hash) return { intact: false, records: rows.length, brokenAt: row.seq, problem: 'EDITED' };
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return { intact: true, records: rows.length, brokenAt: null, problem: null };
}
