// A real shelters subgraph for tests: migrated and seeded with the demo shelters, served over HTTP on a free
// port. It can share a database with an organisations test instance, as one region's subgraphs do in a local run.
import { demoUuid } from '@renkei/db';
import type { HubClaims } from '@renkei/identity';
import type { RunningServer } from '@renkei/server';
import { startTestInstance, type TestInstance, type TestInstanceOptions } from '@renkei/testing';
import { prepareSheltersDatabase, startSheltersSubgraph } from './app.js';
import type { SheltersOrm } from './db/queries.js';

export type TestSheltersSubgraph = TestInstance<SheltersOrm, RunningServer>;

export interface TestSheltersSubgraphOptions extends TestInstanceOptions {
  schemaFingerprint?: string;
  staleAfterMinutes?: number;
}

/** The registry given (or the checked-in one) decides by its sharing agreements who sees confidential shelters. */
export function startTestSheltersSubgraph(options: TestSheltersSubgraphOptions): Promise<TestSheltersSubgraph> {
  return startTestInstance(
    'shelters',
    {
      prepare: prepareSheltersDatabase,
      serve: (serve) =>
        startSheltersSubgraph({ ...serve, schemaFingerprint: options.schemaFingerprint, staleAfterMinutes: options.staleAfterMinutes ?? 24 * 60 }),
    },
    options,
  );
}

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;

/** The callers the tests use, as the claims of their tokens. */
export const TEST_CALLERS = {
  // 相談支援員 at 菊愛会 (菊池市): refers people to shelters; sees confidential ones of the sharing scope.
  worker: { sub: 't-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  // フードバンク菊池's staff: a support organisation that runs no shelter.
  foodbank: { sub: 't-foodbank', roles: ['org_staff'], organization: org('kikuchi', 'kikuchi-foodbank-kikuchi'), municipality: '432105', region: 'kikuchi' },
  // Staff of the organisation that runs 岐阜's confidential private shelter.
  operator: { sub: 't-operator', roles: ['org_staff'], organization: org('gifu', 'gifu-shelter-nagaragawa'), municipality: '212016', region: 'gifu' },
  // 菊池市's own staff: edits its region's shelters that are not confidential.
  city: { sub: 't-city', roles: ['municipal_staff'], organization: org('kikuchi', 'kikuchi-kikuchi-city-fukushika'), municipality: '432105', region: 'kikuchi' },
  gifuCity: { sub: 't-gifu-city', roles: ['municipal_staff'], municipality: '212016', region: 'gifu' },
  niigataPref: { sub: 't-niigata', roles: ['prefecture_staff'], municipality: '150002', region: 'niigata' },
  admin: { sub: 't-admin', roles: ['hub_admin'] },
} satisfies Record<string, HubClaims>;
export type TestCaller = keyof typeof TEST_CALLERS | 'public';
