// Composes the subgraph schemas into the supergraph the gateway plans queries against.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { schemaFingerprint } from '@renkei/server';
import { parse } from 'graphql';

export const GATEWAY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SUBGRAPHS_FILE = resolve(GATEWAY_DIR, 'subgraphs.json');
export const SUPERGRAPH_FILE = resolve(GATEWAY_DIR, 'supergraph.graphql');

export interface SubgraphSource {
  name: string;
  /** Path of the subgraph's schema file, relative to the gateway folder. */
  schema: string;
  url: string;
}

export function readSubgraphList(file = SUBGRAPHS_FILE): SubgraphSource[] {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { subgraphs: SubgraphSource[] };
  return document.subgraphs;
}

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/**
 * The supergraph, headed by each subgraph schema's fingerprint: the gateway leaves out a regional instance that
 * reports another one (it serves a schema the supergraph was not composed from).
 */
export function composeSupergraph(subgraphs: SubgraphSource[] = readSubgraphList()): string {
  const schemas = subgraphs.map((s) => ({ ...s, sdl: readFileSync(resolve(GATEWAY_DIR, s.schema), 'utf8') }));
  const result = composeServices(schemas.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  const header = [
    '# Composed by `pnpm compose` from gateway/subgraphs.json: do not edit by hand.',
    ...schemas.map((s) => `# hub:subgraph-schema ${s.name} ${schemaFingerprint(s.sdl)}`),
  ];
  return `${header.join('\n')}\n${result.supergraphSdl.trimEnd()}\n`;
}
