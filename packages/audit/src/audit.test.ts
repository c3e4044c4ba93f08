// The chain on a real database: appends, concurrent appends, and an edit or a deletion made behind the
// trigger's back (as someone with database rights could) is found.
import { openTestDatabase, type TestDatabase } from '@renkei/testing';
import { sql } from 'drizzle-orm';
import { pgSchema } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, appendOnlySql, auditTable, readPurpose, verifyAudit, type AuditEntry } from './index.js';

const schema = pgSchema('audit_test');
const table = auditTable(schema);
let db: TestDatabase;
let orm: ReturnType<TestDatabase['orm']>;

const entry = (n: number): AuditEntry => ({
  action: 'read',
  subject: `user-${n}`,
  roles: ['consultation_worker'],
  organizationId: null,
  region: 'kikuchi',
  purpose: 'ケース会議の準備',
  operation: 'Organization.contacts',
  recordIds: [`kikuchi:Organization:${n}`],
  fields: ['contacts.name'],
  requestId: `r${n}`,
});

beforeAll(async () => {
  db = await openTestDatabase();
  orm = db.orm({});
  await orm.execute(sql`create schema audit_test`);
  await orm.execute(
    sql.raw(`create table audit_test.audit_record (seq bigint primary key, at timestamptz not null, action text not null, subject text,
      roles text[] not null, organization_id text, region text, purpose text, operation text not null, record_ids text[] not null,
      fields text[] not null, request_id text, prev_hash text not null, hash text not null)`),
  );
  for (const statement of appendOnlySql('audit_test').split('--> statement-breakpoint')) await orm.execute(sql.raw(statement));
});
afterAll(() => db?.close());

describe('the audit chain', () => {
  it('appends in order, also when requests append at the same time', async () => {
    await appendAudit(orm, table, [entry(1), entry(2)]);
    await Promise.all([3, 4, 5, 6].map((n) => appendAudit(orm, table, [entry(n)])));
    const rows = await orm.select().from(table);
    expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await verifyAudit(orm, table)).toEqual({ intact: true, records: 6, brokenAt: null, problem: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(orm.execute(sql`update audit_test.audit_record set purpose = 'x' where seq = 1`)).rejects.toThrow();
    await expect(orm.execute(sql`delete from audit_test.audit_record where seq = 1`)).rejects.toThrow();
    await expect(orm.execute(sql`truncate audit_test.audit_record`)).rejects.toThrow();
  });

  it('finds an edited record and a deleted one made behind the trigger', async () => {
    await orm.execute(sql`alter table audit_test.audit_record disable trigger user`);
    await orm.execute(sql`update audit_test.audit_record set subject = 'someone-else' where seq = 3`);
    expect(await verifyAudit(orm, table)).toMatchObject({ intact: false, brokenAt: 3, problem: 'EDITED' });
    // Recomputing that record's hash to cover the edit breaks the link of the next one instead.
    await orm.execute(sql`update audit_test.audit_record set subject = 'user-3' where seq = 3`);
    expect((await verifyAudit(orm, table)).intact).toBe(true);
    await orm.execute(sql`delete from audit_test.audit_record where seq = 4`);
    expect(await verifyAudit(orm, table)).toMatchObject({ intact: false, brokenAt: 4, problem: 'MISSING' });
    await orm.execute(sql`alter table audit_test.audit_record enable trigger user`);
  });
});

describe('readPurpose', () => {
  it('decodes percent-encoded Japanese, trims, caps the length and drops control characters', () => {
    expect(readPurpose(encodeURIComponent('ケース会議の準備'))).toBe('ケース会議の準備');
    expect(readPurpose('  referral  ')).toBe('referral');
    expect(readPurpose(undefined)).toBeNull();
    expect(readPurpose('  ')).toBeNull();
    expect(readPurpose('%E3%81')).toBe('%E3%81');
    expect(readPurpose('a'.repeat(500))).toHaveLength(200);
    expect(readPurpose('a\u0000b')).toBe('a b');
  });

  it('reads a purpose sent as raw UTF-8 (which Node hands over as Latin-1) as the Japanese it is', () => {
    expect(readPurpose(Buffer.from('紹介先の確認', 'utf8').toString('latin1'))).toBe('紹介先の確認');
    // Latin-1 text that is not UTF-8 stays as it was.
    expect(readPurpose('caf\u00e9')).toBe('caf\u00e9');
  });
});
