// A real food-banks subgraph for tests: migrated and seeded with the demo data, served over HTTP on a free port.
// It can share a database with an organisations test instance, as one region's subgraphs do in a local run.
import { demoUuid } from '@renkei/db';
import type { HubClaims } from '@renkei/identity';
import type { RunningServer } from '@renkei/server';
import { startTestInstance, type TestInstance, type TestInstanceOptions } from '@renkei/testing';
import { prepareFoodBanksDatabase, startFoodBanksSubgraph } from './app.js';
import type { FoodBanksOrm } from './db/queries.js';

export type TestFoodBanksSubgraph = TestInstance<FoodBanksOrm, RunningServer>;

export interface TestFoodBanksSubgraphOptions extends TestInstanceOptions {
  schemaFingerprint?: string;
  suppressBelow?: number;
}

export function startTestFoodBanksSubgraph(options: TestFoodBanksSubgraphOptions): Promise<TestFoodBanksSubgraph> {
  return startTestInstance(
    'food-banks',
    {
      prepare: prepareFoodBanksDatabase,
      serve: (serve) => startFoodBanksSubgraph({ ...serve, schemaFingerprint: options.schemaFingerprint, suppressBelow: options.suppressBelow ?? 3 }),
    },
    options,
  );
}

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;

/** The callers the tests use, as the claims of their tokens. */
export const TEST_CALLERS = {
  // フードバンク菊池's staff: runs the food bank's warehouse.
  foodbank: { sub: 't-foodbank', roles: ['org_staff'], organization: org('kikuchi', 'kikuchi-foodbank-kikuchi'), municipality: '432105', region: 'kikuchi' },
  // 相談支援員 at 菊愛会 (菊池市): refers households.
  worker: { sub: 't-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  // Staff of 岐阜's food bank.
  gifuFoodbank: { sub: 't-gifu-foodbank', roles: ['org_staff'], organization: org('gifu', 'gifu-foodbank-seiryu'), municipality: '212024', region: 'gifu' },
  // 新潟's food bank.
  niigataFoodbank: { sub: 't-niigata-foodbank', roles: ['org_staff'], organization: org('niigata', 'niigata-minatomachi-foodbank'), municipality: '151033', region: 'niigata' },
  // ひだまり子ども食堂's staff: another organisation of the same region.
  cafeteria: { sub: 't-cafeteria', roles: ['org_staff'], organization: org('kikuchi', 'kikuchi-kodomo-shokudo-hidamari'), municipality: '434043', region: 'kikuchi' },
  city: { sub: 't-city', roles: ['municipal_staff'], municipality: '432105', region: 'kikuchi' },
  kumamotoPref: { sub: 't-kumamoto', roles: ['prefecture_staff'], municipality: '430005', region: 'kikuchi' },
  admin: { sub: 't-admin', roles: ['hub_admin'] },
} satisfies Record<string, HubClaims>;
export type TestCaller = keyof typeof TEST_CALLERS | 'public';
