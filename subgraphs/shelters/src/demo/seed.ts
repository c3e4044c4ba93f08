// Loads the checked-in demo shelters of the given regions through the same validation and writes as the
// mutations, so the demo data can never be something the API itself would refuse. Operators are named by their
// demo keys, which give the same IDs as in the organisations subgraph's demo data. Each figure's confirmation
// time is set relative to now, so a fresh demo has fresh figures and, on purpose, a stale one.
import { demoUuid } from '@renkei/db';
import { formatGlobalId } from '@renkei/regions';
import { count, eq } from 'drizzle-orm';
import type { SheltersOrm } from '../db/queries.js';
import { shelter } from '../db/schema.js';
import { insertShelter } from '../db/writes.js';
import { shelterDraft } from '../validation.js';
import { DEMO_SHELTERS } from './index.js';
import type { DemoShelter } from './types.js';

export interface ShelterSeedReport {
  region: string;
  shelters: number;
}

function demoInput(region: string, s: DemoShelter): Record<string, unknown> {
  const { key: _key, operatorKey, source: _source, beds, ...rest } = s;
  return {
    ...rest,
    operatorId: operatorKey ? formatGlobalId(region, 'Organization', demoUuid(operatorKey)) : null,
    beds: beds?.map(({ confirmedHoursAgo: _ago, ...b }) => b),
  };
}

export async function seedDemoShelters(orm: SheltersOrm, regions: string[], now = new Date()): Promise<ShelterSeedReport[]> {
  const reports: ShelterSeedReport[] = [];
  for (const region of regions) {
    const data = DEMO_SHELTERS[region];
    if (!data) continue;
    const [held] = await orm.select({ n: count() }).from(shelter).where(eq(shelter.region, region));
    if ((held?.n ?? 0) > 0) continue;
    await orm.transaction(async (tx) => {
      for (const s of data) {
        const hoursAgo = new Map((s.beds ?? []).map((b) => [b.category, b.confirmedHoursAgo]));
        await insertShelter(tx, region, shelterDraft(demoInput(region, s), `demo ${s.key}.`), {
          id: demoUuid(s.key),
          source: s.source,
          confirmedAt: (category) => new Date(now.getTime() - (hoursAgo.get(category as never) ?? 0) * 3_600_000),
        });
      }
    });
    reports.push({ region, shelters: data.length });
  }
  return reports;
}
