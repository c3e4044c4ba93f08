// The generator on a real database: in-memory PGlite, or PostgreSQL when DATABASE_URL is set (then in databases of
// its own, renkei_bench_test_<random>, dropped afterwards). A tiny scale keeps it quick; the properties checked are
// those the benchmark relies on: counts, places and regions, references, published posts, determinism.
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '@renkei/db';
import { findMunicipality } from '@renkei/municipalities';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationwideRegistry } from '../nationwide.js';
import { MIN_GROUP } from './consultations.js';
import { countsAt, generatedWith, generateNationwide, type GenerationReport } from './index.js';
import { execute, subgraphTables } from './load.js';

const SEED = 20261124;
const SCALE = 0.0005;

type TestDatabase = Database & { dispose: () => Promise<void> };

async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase();
    return Object.assign(db, { dispose: () => db.close() });
  }
  const name = `renkei_bench_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), maxConnections: 5 });
  return Object.assign(db, {
    dispose: async () => {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  });
}

/** An md5 over each table's rows in a fixed order: equal only for the very same rows. */
async function fingerprints(db: Database): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of await subgraphTables(db)) {
    const [row] = await execute(db, `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ${table} t`);
    result[table] = String(row!.md5);
  }
  return result;
}

const count = async (db: Database, statement: string) => Number((await execute(db, statement))[0]!.n);

describe('generateNationwide', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let report: GenerationReport;
  const lines: string[] = [];

  beforeAll(async () => {
    [first, second] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    report = await generateNationwide({ db: first, seed: SEED, scale: SCALE, log: (line) => lines.push(line) });
    await generateNationwide({ db: second, seed: SEED, scale: SCALE });
  });
  afterAll(async () => {
    await Promise.all([first?.dispose(), second?.dispose()]);
  });

  it('writes the scaled counts, reports each table and records what it generated', async () => {
    const expected = countsAt(SCALE);
    expect(expected).toMatchObject({ organisations: 50, services: 150, events: 500, shelters: 10, foodSites: 5, consultations: 150 });
    expect(report.tables).toMatchObject({
      'organisations.organization': expected.organisations,
      'organisations.service': expected.services,
      'events.event': expected.events,
      'shelters.shelter': expected.shelters,
      'food_banks.food_site': expected.foodSites,
      'consultations.consultation_post': expected.consultations,
    });
    for (const [table, rows] of Object.entries(report.tables)) {
      expect(await count(first, `select count(*)::int as n from ${table}`)).toBe(rows);
    }
    expect(await count(first, 'select count(*)::int as n from organisations.service_area')).toBeGreaterThanOrEqual(expected.services);
    expect(await count(first, 'select count(*)::int as n from shelters.bed_vacancy')).toBeGreaterThan(0);
    expect(await count(first, 'select count(*)::int as n from food_banks.stock_lot')).toBeGreaterThan(0);
    expect(lines).toContainEqual(expect.stringMatching(/^events\.event: 500 rows in [\d.]+ s \(\d+ rows\/s/));
    const recorded = await generatedWith(first);
    expect(recorded).toMatchObject({ seed: SEED, scale: SCALE, tables: report.tables });
  });

  it('places every record in a local government of the list, in the region the registry gives it', async () => {
    const registry = nationwideRegistry({});
    const placed = await execute(
      first,
      `select 'organisations.organization' as t, region, municipality_code as code from organisations.organization
       union all select 'events.event', region, municipality_code from events.event
       union all select 'shelters.shelter', region, municipality_code from shelters.shelter
       union all select 'food_banks.food_site', region, municipality_code from food_banks.food_site
       union all select 'consultations.consultation_post', region, municipality_code from consultations.consultation_post
       union all select 'consultations.consultation_count', region, municipality_code from consultations.consultation_count
       union all select 'organisations.service_window', o.region, w.municipality_code from organisations.service_window w join organisations.organization o on o.id = w.organization_id`,
    );
    expect(placed.length).toBeGreaterThan(800);
    const misplaced = placed.filter((r) => !findMunicipality(String(r.code)) || registry.regionOfMunicipality(String(r.code))?.code !== r.region);
    expect(misplaced).toEqual([]);
    const areas = await execute(first, 'select distinct municipality_code as code from organisations.service_area');
    expect(areas.filter((r) => !findMunicipality(String(r.code)))).toEqual([]);
  });

  it('names organisations by the global IDs of organisations it generated, in their own region', async () => {
    const dangling = await count(
      first,
      `select count(*)::int as n from (
         select organizer_id as id from events.event
         union all select organization_id from events.co_organizer
         union all select operator_id from shelters.shelter where operator_id is not null
         union all select organization_id from food_banks.food_site
         union all select organization_id from consultations.consultation_post
         union all select organization_id from consultations.consultation_answer
       ) ref where not exists (select 1 from organisations.organization o where ref.id = o.region || ':Organization:' || o.id)`,
    );
    expect(dangling).toBe(0);
    expect(await count(first, "select count(*)::int as n from events.event where network_id is not null and network_id not like region || ':Network:%'")).toBe(0);
  });

  it('writes search columns as the write paths do, and a confidential shelter as the validation makes it', async () => {
    const [org] = await execute(first, 'select name, name_kana, sort_key, search_text from organisations.organization order by id limit 1');
    expect(org!.sort_key).toMatch(/^[\p{Script=Hiragana}ー・a-z0-9 ]+$/u);
    expect(String(org!.search_text).startsWith(String(org!.name).normalize('NFKC').toLowerCase().replace(/\s/gu, '').slice(0, 2))).toBe(true);
    expect(await count(first, "select count(*)::int as n from shelters.shelter where confidential and (phone is not null or intake_route <> 'CONSULTATION_WINDOW')")).toBe(0);
    expect(await count(first, "select count(*)::int as n from shelters.shelter where kind = 'DV_SHELTER' and not confidential")).toBe(0);
  });

  it('publishes every post in a group of at least MIN_GROUP sharing its description, region and scope', async () => {
    const groups = await execute(
      first,
      `select count(*)::int as n from consultations.consultation_post
       group by region, sharing_scope, age_from, age_to, sex, household, place_level, place_municipality_code`,
    );
    expect(Math.min(...groups.map((g) => Number(g.n)))).toBeGreaterThanOrEqual(MIN_GROUP);
    expect(await count(first, "select count(*)::int as n from consultations.consultation_post where status not in ('OPEN', 'ANSWERED', 'CLOSED') or written_age_from is not null")).toBe(0);
    const unanswered = await count(
      first,
      `select count(*)::int as n from consultations.consultation_post p where p.status <> 'OPEN'
       and not exists (select 1 from consultations.consultation_answer a where a.post_id = p.id)`,
    );
    expect(unanswered).toBe(0);
  });

  it('counts consultations per municipality, month and category exactly as the posts are', async () => {
    const mismatches = await count(
      first,
      `with posts as (
         select region, municipality_code, to_char(posted_at at time zone 'Asia/Tokyo', 'YYYY-MM') as month, category, count(*)::int as count
         from consultations.consultation_post, unnest(issue_categories) as category group by 1, 2, 3, 4)
       select count(*)::int as n from posts full join consultations.consultation_count c using (region, municipality_code, month, category)
       where posts.count is distinct from c.count`,
    );
    expect(mismatches).toBe(0);
    const perMonth = await execute(
      first,
      `select municipality_code, month, sum(count)::int as total from consultations.consultation_count group by 1, 2 order by 1, 2 limit 5`,
    );
    for (const row of perMonth) {
      const posts = await count(
        first,
        `select coalesce(sum(cardinality(issue_categories)), 0)::int as n from consultations.consultation_post
         where municipality_code = '${row.municipality_code}' and to_char(posted_at at time zone 'Asia/Tokyo', 'YYYY-MM') = '${row.month}'`,
      );
      expect(posts).toBe(row.total);
    }
  });

  it('gives the same rows for the same seed, other rows for another, refuses to load twice without replace, and mends an interrupted load', async () => {
    const [a, b] = await Promise.all([fingerprints(first), fingerprints(second)]);
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(25);
    expect(b).toEqual(a);

    await expect(generateNationwide({ db: first, seed: SEED, scale: SCALE })).rejects.toThrow(/already holds rows.*replace/);

    // As if a load had been interrupted with an index dropped: the next load builds it again first.
    const [index] = await execute(second, "select pg_get_indexdef('events.event_order'::regclass) as definition");
    await execute(second, 'drop index events.event_order');
    await execute(second, `insert into bench.deferred_index values ('events.event_order', 'events.event', '${String(index!.definition)}')`);

    const log: string[] = [];
    await generateNationwide({ db: second, seed: SEED + 1, scale: SCALE, replace: true, log: (line) => log.push(line) });
    expect(log[0]).toBe('rebuilt 1 index an interrupted load had left dropped');
    expect(await count(second, "select count(*)::int as n from pg_indexes where schemaname = 'events' and indexname = 'event_order'")).toBe(1);
    const other = await fingerprints(second);
    for (const table of ['organisations.organization', 'events.event', 'shelters.shelter', 'food_banks.food_site', 'consultations.consultation_post']) {
      expect(other[table], table).not.toBe(a[table]);
    }
    expect(await generatedWith(second)).toMatchObject({ seed: SEED + 1, scale: SCALE });
    expect(await count(second, 'select count(*)::int as n from bench.generated')).toBe(1);
    expect(await count(second, 'select count(*)::int as n from bench.deferred_index')).toBe(0);
  });
});
