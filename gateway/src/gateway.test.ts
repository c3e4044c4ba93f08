import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose.js';
import { subgraphsOf } from './gateway.js';
import { graphqlIde } from './ide.js';

describe('the checked-in supergraph', () => {
  it('is what composing the subgraph schemas gives today (run `pnpm compose` when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });

  it('names each subgraph and its local URL', () => {
    expect(subgraphsOf(readFileSync(SUPERGRAPH_FILE, 'utf8'))).toEqual({ organisations: 'http://127.0.0.1:4001/graphql' });
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
