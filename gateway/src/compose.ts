// Composes the subgraph schemas into the supergraph the gateway plans queries against.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
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

export function composeSupergraph(subgraphs: SubgraphSource[] = readSubgraphList()): string {
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      url: s.url,
      typeDefs: parse(readFileSync(resolve(GATEWAY_DIR, s.schema), 'utf8')),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return `${result.supergraphSdl.trimEnd()}\n`;
}
