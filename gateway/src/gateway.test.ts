import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { readPolicyDirectives, stripSecurityFeatures } from '@renkei/policy';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, GATEWAY_DIR, readSubgraphList, SUPERGRAPH_FILE } from './compose.js';
import { subgraphsOf } from './gateway.js';
import { graphqlIde } from './ide.js';

describe('the checked-in supergraph', () => {
  it('is what composing the subgraph schemas gives today (run `pnpm compose` when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });

  it('names each subgraph and its local URL', () => {
    expect(subgraphsOf(readFileSync(SUPERGRAPH_FILE, 'utf8'))).toEqual({
      organisations: 'http://127.0.0.1:4001/graphql',
      events: 'http://127.0.0.1:4002/graphql',
      shelters: 'http://127.0.0.1:4003/graphql',
      'food-banks': 'http://127.0.0.1:4004/graphql',
      consultations: 'http://127.0.0.1:4005/graphql',
    });
  });
});

describe('the GraphQL IDE', () => {
  it('serves every asset from installed packages, with no address outside this server', () => {
    const ide = graphqlIde();
    for (const asset of Object.values(ide.assets)) expect(existsSync(asset.file)).toBe(true);
    const referenced = [...ide.html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const url of referenced) {
      expect(url).toMatch(/^\/ide\//);
      expect(ide.assets[url!.slice(5)]).toBeDefined();
    }
  });
});

describe('the security directives on their way to the gateway', () => {
  const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');

  it('lose no protected field: what the subgraphs declare is what the gateway enforces', () => {
    const declared = new Map<string, unknown>();
    for (const subgraph of readSubgraphList()) {
      const sdl = readFileSync(resolve(GATEWAY_DIR, subgraph.schema), 'utf8');
      const map = readPolicyDirectives(sdl);
      for (const [k, v] of [...map.fields, ...[...map.types].map(([t, r]) => [`type ${t}`, r] as const)]) declared.set(k, v);
    }
    const composed = readPolicyDirectives(supergraph);
    const enforced = new Map<string, unknown>([...composed.fields, ...[...composed.types].map(([t, r]) => [`type ${t}`, r] as const)]);
    expect(declared.size).toBeGreaterThan(0);
    expect(enforced).toEqual(declared);
  });

  it('are stripped for the query planner, which then loads the supergraph', async () => {
    const stripped = stripSecurityFeatures(supergraph);
    expect(supergraph).toMatch(/@requiresScopes|@policy|@authenticated/);
    expect(stripped).not.toMatch(/@requiresScopes|@policy|@authenticated|requiresScopes__Scope|policy__Policy|for: SECURITY/);
    const gateway = new ApolloGateway({ supergraphSdl: stripped });
    await expect(gateway.load()).resolves.toBeDefined();
    await gateway.stop();
    // Apollo Gateway refuses the original: the reason the hub enforces the directives itself.
    const refusing = new ApolloGateway({ supergraphSdl: supergraph });
    await expect(refusing.load()).rejects.toThrow(/for: SECURITY but is unsupported/);
  });
});
