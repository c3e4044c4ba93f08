// The hub in one process for end-to-end tests: real organisations subgraph instances on real databases and the
// real gateway, talking HTTP to each other on free ports. By default one instance hosts all three regions (the
// gateway still addresses it region by region); `separateRegions` gives each region its own instance and database.
import { readFileSync } from 'node:fs';
import { startGateway, SUPERGRAPH_FILE, type DeveloperTools } from '@renkei/gateway';
import { createLocalIssuer, createTokenVerifier, type LocalIssuer } from '@renkei/identity';
import { startTestConsultationsSubgraph, type TestConsultationsSubgraph } from '@renkei/consultations-subgraph/testing';
import { startTestEventsSubgraph, type TestEventsSubgraph } from '@renkei/events-subgraph/testing';
import { startTestFoodBanksSubgraph, type TestFoodBanksSubgraph } from '@renkei/food-banks-subgraph/testing';
import { startTestSheltersSubgraph, type TestSheltersSubgraph } from '@renkei/shelters-subgraph/testing';
import { startTestSubgraph, TEST_ISSUER, type TestSubgraph } from '@renkei/organisations-subgraph/testing';
import { loadRegionRegistry, withSubgraphUrls, type RegionRegistry } from '@renkei/regions';
import type { RunningServer } from '@renkei/server';
import { captureLogs, type CapturedLogs } from '@renkei/testing';

export interface TestHub {
  gatewayUrl: string;
  gateway: RunningServer;
  /** The instance hosting every region, or with separate regions the first region's. */
  subgraph: TestSubgraph;
  /** Each region's instance (the same one for every region unless `separateRegions`). */
  regions: Record<string, TestSubgraph>;
  /** Each region's events instance, on the same database as its organisations instance. */
  events: Record<string, TestEventsSubgraph>;
  /** Each region's shelters instance, on the same database as its organisations instance. */
  shelters: Record<string, TestSheltersSubgraph>;
  /** Each region's food-banks instance, on the same database as its organisations instance. */
  foodBanks: Record<string, TestFoodBanksSubgraph>;
  /** Each region's consultations instance, on the same database as its organisations instance. */
  consultations: Record<string, TestConsultationsSubgraph>;
  registry: RegionRegistry;
  gatewayLogs: CapturedLogs;
  subgraphLogs: CapturedLogs;
  /** Signs tokens that the gateway and the subgraphs accept. */
  issuer: LocalIssuer;
  close(): Promise<void>;
}

export interface TestHubOptions {
  seed?: boolean;
  developerTools?: DeveloperTools;
  separateRegions?: boolean;
  /** How soon the gateway tries a failed region again. */
  regionRetryMs?: number;
  subgraphTimeoutMs?: number;
  /** Another supergraph than the checked-in one, with the URLs of the subgraphs the registry does not name. */
  supergraphSdl?: string;
  subgraphUrls?: Record<string, string>;
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const subgraphLogs = captureLogs('organisations');
  const gatewayLogs = captureLogs('gateway');
  const issuer = await createLocalIssuer(TEST_ISSUER);
  const checkedIn = loadRegionRegistry();
  const codes = checkedIn.regions.map((r) => r.code);
  const regions: Record<string, TestSubgraph> = {};
  if (options.separateRegions) {
    const started = await Promise.all(
      codes.map((code) => startTestSubgraph({ logger: subgraphLogs.logger, seed: options.seed, issuer, hostedRegions: [code] })),
    );
    codes.forEach((code, i) => (regions[code] = started[i]!));
  } else {
    const shared = await startTestSubgraph({ logger: subgraphLogs.logger, seed: options.seed, issuer });
    for (const code of codes) regions[code] = shared;
  }
  const withOrganisations = withSubgraphUrls(checkedIn, Object.fromEntries(codes.map((code) => [code, { organisations: regions[code]!.url }])));
  // Each organisations instance gets an events instance on its database, as a region's process has.
  const instances = [...new Set(Object.values(regions))];
  const eventsOf = new Map<TestSubgraph, TestEventsSubgraph>();
  const sheltersOf = new Map<TestSubgraph, TestSheltersSubgraph>();
  const foodBanksOf = new Map<TestSubgraph, TestFoodBanksSubgraph>();
  const consultationsOf = new Map<TestSubgraph, TestConsultationsSubgraph>();
  // Food-banks instances call each other (an offer is claimed from the region that holds it), so they read the
  // registry as it is once every instance has its port.
  let complete: RegionRegistry = withOrganisations;
  const completeRegistry = new Proxy(withOrganisations, { get: (_, property) => Reflect.get(complete, property) });
  await Promise.all(
    instances.map(async (instance) => {
      const hostedRegions = codes.filter((code) => regions[code] === instance);
      const shared = { issuer, registry: withOrganisations, hostedRegions, db: instance.db, seed: options.seed, logger: subgraphLogs.logger };
      eventsOf.set(instance, await startTestEventsSubgraph(shared));
      sheltersOf.set(instance, await startTestSheltersSubgraph(shared));
      foodBanksOf.set(instance, await startTestFoodBanksSubgraph({ ...shared, registry: completeRegistry }));
      consultationsOf.set(instance, await startTestConsultationsSubgraph(shared));
    }),
  );
  const events = Object.fromEntries(codes.map((code) => [code, eventsOf.get(regions[code]!)!]));
  const shelters = Object.fromEntries(codes.map((code) => [code, sheltersOf.get(regions[code]!)!]));
  const foodBanks = Object.fromEntries(codes.map((code) => [code, foodBanksOf.get(regions[code]!)!]));
  const consultations = Object.fromEntries(codes.map((code) => [code, consultationsOf.get(regions[code]!)!]));
  const registry = withSubgraphUrls(
    withOrganisations,
    Object.fromEntries(codes.map((code) => [code, {
          events: events[code]!.url,
          shelters: shelters[code]!.url,
          'food-banks': foodBanks[code]!.url,
          consultations: consultations[code]!.url,
        },])),
  );
  complete = registry;
  const gateway = await startGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: options.subgraphUrls,
    registry,
    regionRetry: { retryBaseMs: options.regionRetryMs ?? 1_000, retryMaxMs: (options.regionRetryMs ?? 1_000) * 4 },
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
    development: false,
    developerTools: options.developerTools,
    logger: gatewayLogs.logger,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    gatewayUrl: gateway.url,
    gateway,
    subgraph: instances[0]!,
    regions,
    events,
    shelters,
    foodBanks,
    consultations,
    registry,
    gatewayLogs,
    subgraphLogs,
    issuer,
    close: async () => {
      await gateway.close();
      await Promise.all([...eventsOf.values(), ...sheltersOf.values(), ...foodBanksOf.values(), ...consultationsOf.values()].map((e) => e.close()));
      await Promise.all(instances.map((i) => i.close()));
    },
  };
}
