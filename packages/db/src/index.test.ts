import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInRequestScope } from '@renkei/telemetry';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDatabase, openDatabase } from './index.js';

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
