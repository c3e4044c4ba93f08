// A real consultations subgraph for tests: migrated (and seeded with the demo posts, unless asked not to),
// served over HTTP on a free port.
import { createAnonymiser } from '@renkei/anonymiser';
import { demoUuid } from '@renkei/db';
import type { HubClaims } from '@renkei/identity';
import type { RunningServer } from '@renkei/server';
import { startTestInstance, type TestInstance, type TestInstanceOptions } from '@renkei/testing';
import { prepareConsultationsDatabase, startConsultationsSubgraph, type ConsultationSettings } from './app.js';
import type { ConsultationsOrm } from './db/queries.js';

export type TestConsultationsSubgraph = TestInstance<ConsultationsOrm, RunningServer>;

export interface TestConsultationsSubgraphOptions extends TestInstanceOptions {
  schemaFingerprint?: string;
  settings?: ConsultationSettings;
}

export async function startTestConsultationsSubgraph(options: TestConsultationsSubgraphOptions): Promise<TestConsultationsSubgraph> {
  const anonymiser = await createAnonymiser();
  return startTestInstance(
    'consultations',
    {
      prepare: (db, o) => prepareConsultationsDatabase(db, { ...o, registry: options.registry }),
      serve: (serve) =>
        startConsultationsSubgraph({ ...serve, anonymiser, schemaFingerprint: options.schemaFingerprint, settings: options.settings ?? { k: 3, suppressBelow: 3 } }),
    },
    options,
  );
}

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;

/** The callers the tests use, as the claims of their tokens. */
export const TEST_CALLERS = {
  // 相談支援員 at 菊愛会 (菊池市), the consortium's contractor.
  worker: { sub: 't-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  // Another worker of the same organisation.
  colleague: { sub: 't-colleague', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  // 家計相談 at グリーンコープ (菊陽町): same region, another organisation and municipality.
  kikuyoWorker: { sub: 't-kikuyo', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-greencoop-kumamoto'), municipality: '434043', region: 'kikuchi' },
  // ぎふNPOセンター: a region that shares consultations with 菊池圏域.
  gifuWorker: { sub: 't-gifu', roles: ['consultation_worker'], organization: org('gifu', 'gifu-gifu-npo-center'), municipality: '212016', region: 'gifu' },
  // 労福協 (新潟市): a region with no sharing agreement for consultations.
  niigataWorker: { sub: 't-niigata', roles: ['consultation_worker'], organization: org('niigata', 'niigata-rofukukyo'), municipality: '151009', region: 'niigata' },
  foodbank: { sub: 't-foodbank', roles: ['org_staff'], organization: org('kikuchi', 'kikuchi-foodbank-kikuchi'), municipality: '432105', region: 'kikuchi' },
  city: { sub: 't-city', roles: ['municipal_staff'], organization: org('kikuchi', 'kikuchi-kikuchi-city-fukushika'), municipality: '432105', region: 'kikuchi' },
  kumamotoPref: { sub: 't-kumamoto', roles: ['prefecture_staff'], municipality: '430005', region: 'kikuchi' },
  admin: { sub: 't-admin', roles: ['hub_admin'] },
} satisfies Record<string, HubClaims>;
export type TestCaller = keyof typeof TEST_CALLERS | 'public';
