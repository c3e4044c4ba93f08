// A real events subgraph for tests: migrated and seeded with the demo events, served over HTTP on a free port.
// It can share a database with an organisations test instance, as one region's subgraphs do in a local run;
// members-only events then ask that organisations instance (through the registry) for network memberships.
import type { RunningServer } from '@renkei/server';
import { startTestInstance, type TestInstance, type TestInstanceOptions } from '@renkei/testing';
import { prepareEventsDatabase, startEventsSubgraph } from './app.js';
import type { EventsOrm } from './db/queries.js';

export type TestEventsSubgraph = TestInstance<EventsOrm, RunningServer>;

export interface TestEventsSubgraphOptions extends TestInstanceOptions {
  schemaFingerprint?: string;
}

export function startTestEventsSubgraph(options: TestEventsSubgraphOptions): Promise<TestEventsSubgraph> {
  return startTestInstance(
    'events',
    { prepare: prepareEventsDatabase, serve: (serve) => startEventsSubgraph({ ...serve, schemaFingerprint: options.schemaFingerprint }) },
    options,
  );
}
