// The anonymiser benchmark (its own command, not a test): runs the annotated corpus, prints the removal rate of
// every kind of identifier, and writes bench/RESULTS.md and bench/results.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnonymiser } from '../src/index.js';
import { measure, readCorpus } from './measure.js';

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

const buildStarted = performance.now();
const anonymiser = await createAnonymiser();
const buildMs = performance.now() - buildStarted;
const corpus = readCorpus();
const result = measure(anonymiser, corpus);

const rows = result.kinds.map((k) => `| ${k.kind} | ${k.annotated} | ${k.removed} | ${percent(k.rate)} |`);
const report = [
  '# Anonymiser benchmark',
  '',
  `Corpus: ${result.texts} invented case texts (${result.characters} characters) in \`bench/corpus/\`, every identifier annotated by hand.`,
  'An identifier counts as removed when neither it nor any of its annotated parts (an address\'s town, block numbers or building) is left in the output.',
  '',
  '| kind | annotated | removed | rate |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
  `| **all but names** | ${result.structured.annotated} | ${result.structured.removed} | **${percent(result.structured.rate)}** |`,
  `| **personal names** | ${result.names.annotated} | ${result.names.removed} | **${percent(result.names.rate)}** |`,
  '',
  `- Text that identifies no one but was replaced anyway: ${percent(result.overRemoval)} of its characters; ${result.changesWithoutIdentifier.length} of ${result.changes} changes touched no annotated identifier (ages made decades and widened places not counted).`,
  `- Time: analyser built in ${buildMs.toFixed(0)} ms, then ${result.millisecondsPerText.toFixed(2)} ms per text (Node ${process.version}, one core).`,
  '',
  'Reproduce: `npx --yes pnpm@10.34.8 bench:anonymiser`.',
  '',
].join('\n');

writeFileSync(fileURLToPath(new URL('./RESULTS.md', import.meta.url)), report);
writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), JSON.stringify({ ...result, buildMs }, null, 2) + '\n');
process.stdout.write(report);
if (process.argv.includes('--misses')) {
  for (const k of result.kinds) for (const miss of k.missed) process.stdout.write(`missed ${k.kind} ${miss.id} ${miss.value}\n`);
  for (const c of result.changesWithoutIdentifier) process.stdout.write(`extra ${c.kind} ${c.id} ${c.text}\n`);
}
