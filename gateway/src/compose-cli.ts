// `pnpm compose` writes gateway/supergraph.graphql; `pnpm compose --check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose.js';

const check = process.argv.includes('--check');
const supergraph = composeSupergraph();
const current = (() => {
  try {
    return readFileSync(SUPERGRAPH_FILE, 'utf8');
  } catch {
    return '';
  }
})();

if (check) {
  if (current !== supergraph) {
    process.stderr.write('supergraph.graphql is stale: run `pnpm compose` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('supergraph.graphql is up to date.\n');
} else {
  writeFileSync(SUPERGRAPH_FILE, supergraph);
  process.stdout.write(`wrote ${SUPERGRAPH_FILE}\n`);
}
