// The one supergraph every gateway of the benchmark serves: the hub's, with each subgraph's URL pointed at the
// benchmark host. Plain Apollo Gateway refuses the security features the hub enforces itself, so the gateways
// compared get the supergraph without them.
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '@renkei/gateway';

export function benchSupergraph(subgraphUrls: Record<string, string>): string {
  let sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    sdl = sdl.replace(new RegExp(`@join__graph\\(name: "${name}", url: "[^"]*"\\)`), `@join__graph(name: "${name}", url: "${url}")`);
  }
  return sdl;
}

