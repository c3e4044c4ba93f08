// Adds up vitest's "Tests" lines from the given logs and prints one closing line: "N passed, N failed".
import { readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  // eslint-disable-next-line no-control-regex -- colour codes, should a tool print them anyway
  const text = readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of text.split('\n')) {
    const match = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (!match) continue;
    for (const [, n, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(n);
  }
}
if (totals.passed + totals.failed === 0) {
  console.error('No test results found in the logs.');
  process.exit(1);
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
