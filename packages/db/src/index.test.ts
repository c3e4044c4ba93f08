import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInRequestScope } from '@renkei/telemetry';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDatabase, openDatabase, rowsOf, type Database } from './index.js';

describe('openDatabase', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keeps data in a PGlite data directory across reopening', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'renkei-db-'));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir });
    const orm = first.orm({});
    await orm.execute(sql`create table kept (v text)`);
    await orm.execute(sql`insert into kept values ('菊陽町')`);
    await first.close();

    const second = await openDatabase({ dataDir });
    const result = (await second.orm({}).execute(sql`select v from kept`)) as unknown as { rows: unknown[] };
    expect(result.rows).toEqual([{ v: '菊陽町' }]);
    await second.close();
  });

  it('counts the statements of a request scope, and offers pg_trgm', async () => {
    const db = await openDatabase();
    const orm = db.orm({});
    const scope = { requestId: 't', sqlStatements: 0 };
    await runInRequestScope(scope, async () => {
      await orm.execute(sql`create extension if not exists pg_trgm`);
      await orm.execute(sql`select similarity('フードバンク', 'フードバンク菊池')`);
    });
    expect(scope.sqlStatements).toBe(2);
    await db.ping();
    await db.close();
    await db.close(); // closing twice is harmless (SIGTERM during a failed start)
  });
});

describe('describeDatabase', () => {
  it('never prints a password', () => {
    expect(describeDatabase({ url: 'postgres://hub:s3cret@db.example:6543/hub' })).toBe('PostgreSQL db.example:6543/hub');
    expect(describeDatabase({ dataDir: '.data/kikuchi' })).toBe('PGlite .data/kikuchi');
    expect(describeDatabase({})).toBe('PGlite (in memory)');
  });
});

// copyRows on every database the tests can reach: PGlite always, PostgreSQL when DATABASE_URL is set (in a
// database of its own, dropped afterwards).
const targets: { label: string; open: () => Promise<Database & { dispose: () => Promise<void> }> }[] = [
  {
    label: 'PGlite',
    open: async () => {
      const db = await openDatabase();
      return Object.assign(db, { dispose: () => db.close() });
    },
  },
];
if (process.env.DATABASE_URL) {
  const adminUrl = process.env.DATABASE_URL;
  targets.push({
    label: 'PostgreSQL',
    open: async () => {
      const name = `renkei_db_test_${randomBytes(6).toString('hex')}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const db = await openDatabase({ url: url.toString(), maxConnections: 3 });
      return Object.assign(db, {
        dispose: async () => {
          await db.close();
          await admin.unsafe(`drop database if exists ${name} with (force)`);
          await admin.end();
        },
      });
    },
  });
}

describe.each(targets)('copyRows on $label', ({ open }) => {
  const tricky = [
    'plain',
    '',
    'a "quoted" word, and a comma',
    'two\nlines\r\nand a tab\t',
    'back\\slash \\N NULL',
    '社会福祉法人 菊愛会「ひだまり」、菊池市',
  ];

  async function withTable<T>(run: (db: Database, rows: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>) {
    const db = await open();
    try {
      const orm = db.orm({});
      await orm.execute(sql`create schema bulk`);
      await orm.execute(sql`create table bulk.item (
        n integer primary key, label text, flag boolean, tags text[] not null default '{}', detail jsonb,
        at timestamptz, amount numeric(12, 1))`);
      return await run(db, async (text) => rowsOf<Record<string, unknown>>(await orm.execute(sql.raw(text))));
    } finally {
      await db.dispose();
    }
  }

  it('writes quotes, commas, new lines, NULL, arrays, jsonb and Japanese text as given', async () => {
    await withTable(async (db, rows) => {
      async function* batches() {
        yield tricky.map((label, n) => [n, label, n % 2 === 0, [label, null, '{brace}', 'a,b'], { label, list: [1, 'two', null] }, new Date(Date.UTC(2026, 10, 24, n)), n + 0.5]);
        yield [];
        yield [[100, null, null, [], [{ weekday: 'MONDAY', weeksOfMonth: [2, 4] }], null, null]];
      }
      const written = await db.copyRows('bulk.item', ['n', 'label', 'flag', 'tags', 'detail', 'at', 'amount'], batches());
      expect(written).toBe(tricky.length + 1);

      // Arrays come back as JSON: postgres.js reads a NULL element of an array as the string "NULL".
      const stored = await rows(`select n, label, flag, to_jsonb(tags) as tags, detail, to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24') as at, amount::text as amount from bulk.item order by n`);
      tricky.forEach((label, n) => {
        expect(stored[n]).toEqual({
          n,
          label,
          flag: n % 2 === 0,
          tags: [label, null, '{brace}', 'a,b'],
          detail: { label, list: [1, 'two', null] },
          at: `2026-11-24 ${String(n).padStart(2, '0')}`,
          amount: `${n}.5`,
        });
      });
      expect(stored.at(-1)).toEqual({ n: 100, label: null, flag: null, tags: [], detail: [{ weekday: 'MONDAY', weeksOfMonth: [2, 4] }], at: null, amount: null });
    });
  });

  it('fails with the database error, and the database stays usable', async () => {
    await withTable(async (db, rows) => {
      const many = Array.from({ length: 20_000 }, (_, n) => [n, `row ${n}`]);
      const load = db.copyRows('bulk.item', ['n', 'label'], [many, [[5, 'again']]]);
      await expect(load).rejects.toThrow(/duplicate key/);
      await expect(db.copyRows('bulk.item', ['n', 'nope'], [[[1, 'x']]])).rejects.toThrow(/no column "nope"/);
      async function* broken(): AsyncGenerator<unknown[][]> {
        yield [[1, 'one']];
        throw new Error('the generator broke');
      }
      await expect(db.copyRows('bulk.item', ['n', 'label'], broken())).rejects.toThrow('the generator broke');
      expect(await db.copyRows('bulk.item', ['n', 'label'], [[[1, 'one']]])).toBe(1);
      expect(await rows('select n, label from bulk.item')).toEqual([{ n: 1, label: 'one' }]);
    });
  });
});
