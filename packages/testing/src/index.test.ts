import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openTestDatabase } from './index.js';

it('gives each caller a database of its own, and removes it on close', async () => {
  const [a, b] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  try {
    await a.orm({}).execute(sql`create table only_in_a (id int)`);
    await expect(b.orm({}).execute(sql`select * from only_in_a`)).rejects.toThrow();
    if (process.env.DATABASE_URL) expect(a.label).toMatch(/^renkei_test_[0-9a-f]{12}$/);
    else expect(a.label).toBe('pglite');
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
  if (process.env.DATABASE_URL) {
    const admin = await openTestDatabase();
    try {
      const result = (await admin.orm({}).execute(
        sql`select count(*)::int as n from pg_database where datname = ${a.label}`,
      )) as unknown as { n: number }[];
      expect(result[0]?.n).toBe(0);
    } finally {
      await admin.close();
    }
  }
});
