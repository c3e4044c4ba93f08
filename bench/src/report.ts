// The benchmark's report: everything measured as JSON, and the same as Markdown tables for people, with the
// hub's ratios to the other gateways worked out per operation (median over the rounds).
import type { FanoutResult } from './fanout.js';
import type { LoadResult } from './load.js';
import type { StartupResult } from './startup.js';

export type GatewayName = 'hub' | 'apollo' | 'hive';

export const GATEWAY_LABELS: Record<GatewayName, string> = {
  hub: 'hub (access control, audit, regional routing)',
  apollo: 'plain Apollo Gateway',
  hive: 'Hive Gateway',
};

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  settings: { seed: number; scale: number; seconds: number; connections: number; rounds: number };
  /** What the generator wrote (rows per table) and how long it took. */
  data: { seed: number; scale: number; tables: Record<string, number>; seconds: number };
  queries: { name: string; description: string; size: number }[];
  /** Per operation, over its variants: the fewest and most records in an answer, and whether all gateways agreed. */
  answers: { query: string; records: number; recordsMax: number; sameAnswer: boolean; errors: string[] }[];
  statements: { query: string; counts: { size: number; subgraphRequests: number; statements: number }[] }[];
  /** The directory search at the organisations subgraph, in one prefecture, and with no prefecture named. */
  subgraphSearch: LoadResult;
  subgraphSearchNationwide: LoadResult;
  runs: ({ round: number; gateway: GatewayName; query: string } & LoadResult)[];
  memory: Record<GatewayName, { rss: number; peak: number }>;
  fanout: FanoutResult;
  startup: StartupResult | undefined;
  totalSeconds: number;
}

export interface Summary {
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  cpuMsPerRequest: number;
  errors: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Per operation and gateway: the median of each figure over the rounds, errors added up. */
export function summarise(report: Pick<BenchReport, 'runs'>): Map<string, Map<GatewayName, Summary>> {
  const table = new Map<string, Map<GatewayName, Summary>>();
  const keys = new Set(report.runs.map((r) => `${r.query}\u0000${r.gateway}`));
  for (const key of keys) {
    const [query, gateway] = key.split('\u0000') as [string, GatewayName];
    const runs = report.runs.filter((r) => r.query === query && r.gateway === gateway);
    const summary: Summary = {
      throughput: median(runs.map((r) => r.throughput)),
      p50: median(runs.map((r) => r.p50)),
      p95: median(runs.map((r) => r.p95)),
      p99: median(runs.map((r) => r.p99)),
      cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
      errors: runs.reduce((n, r) => n + r.errors, 0),
    };
    if (!table.has(query)) table.set(query, new Map());
    table.get(query)!.set(gateway, summary);
  }
  return table;
}

/** The geometric mean of the hub's per-operation CPU ratios to another gateway: one figure over the query set. */
export function overallCpuRatio(table: Map<string, Map<GatewayName, Summary>>, other: GatewayName): number {
  const ratios = [...table.values()].map((byGateway) => byGateway.get('hub')!.cpuMsPerRequest / byGateway.get(other)!.cpuMsPerRequest);
  return Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const int = (n: number) => Math.round(n).toLocaleString('en-US');

export function renderReport(report: BenchReport): string {
  const table = summarise(report);
  const lines: string[] = [];
  const { machine, settings, data } = report;
  lines.push('# Benchmark results / ベンチマーク結果', '');
  lines.push(
    `Measured ${report.date.slice(0, 10)} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; PostgreSQL. ` +
      `Data: seed ${data.seed}, scale ${data.scale}. Load: ${settings.connections} connections, ${settings.seconds} s per operation and gateway, ` +
      `${settings.rounds} rounds with the gateways alternating. The whole run took ${Math.round(report.totalSeconds / 60)} min. ` +
      'Reproduce with `npx --yes pnpm@10.34.8 install && npx --yes pnpm@10.34.8 bench` (see the README).',
    '',
  );

  lines.push('## The hub against the others', '');
  lines.push('CPU per request is the gateway process\'s CPU time over the requests it served: on two cores the subgraphs, PostgreSQL and the load generator share the gateway\'s cores, so it is the fairer figure. A ratio below 1 means the hub spends less.', '');
  lines.push('| operation | hub CPU ms/req | Apollo | Hive | hub ÷ Apollo | hub ÷ Hive | hub req/s | Apollo | Hive | throughput hub ÷ Apollo |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [query, byGateway] of table) {
    const [hub, apollo, hive] = (['hub', 'apollo', 'hive'] as const).map((g) => byGateway.get(g)!);
    lines.push(
      `| ${query} | ${f2(hub!.cpuMsPerRequest)} | ${f2(apollo!.cpuMsPerRequest)} | ${f2(hive!.cpuMsPerRequest)} | **${f2(hub!.cpuMsPerRequest / apollo!.cpuMsPerRequest)}** | ${f2(hub!.cpuMsPerRequest / hive!.cpuMsPerRequest)} | ${int(hub!.throughput)} | ${int(apollo!.throughput)} | ${int(hive!.throughput)} | ${f2(hub!.throughput / apollo!.throughput)} |`,
    );
  }
  lines.push('', `Over the query set (geometric mean): hub ÷ plain Apollo Gateway **${f2(overallCpuRatio(table, 'apollo'))}**, hub ÷ Hive Gateway **${f2(overallCpuRatio(table, 'hive'))}** in CPU per request.`, '');

  lines.push('## Latency and errors', '');
  lines.push('| operation | gateway | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | errors |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [query, byGateway] of table) {
    for (const [gateway, s] of byGateway) {
      lines.push(`| ${query} | ${GATEWAY_LABELS[gateway]} | ${int(s.throughput)} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(s.p99)} | ${f2(s.cpuMsPerRequest)} | ${s.errors} |`);
    }
  }
  lines.push('');
  lines.push('## Memory', '');
  lines.push('| gateway | resident at the end, MiB | peak (VmHWM), MiB | largest sampled under load, MiB |');
  lines.push('| --- | ---: | ---: | ---: |');
  for (const gateway of ['hub', 'apollo', 'hive'] as const) {
    const m = report.memory[gateway];
    const underLoad = Math.max(...report.runs.filter((r) => r.gateway === gateway).map((r) => r.rssMiB));
    lines.push(`| ${GATEWAY_LABELS[gateway]} | ${int(m.rss)} | ${int(m.peak)} | ${int(underLoad)} |`);
  }
  lines.push('');

  lines.push('## SQL statements per request', '');
  lines.push('Every statement the subgraphs ran for one request through the hub, for a list of 10 and of 100 records: a constant figure means no N+1.', '');
  lines.push('| operation | list size | subgraph requests | SQL statements |');
  lines.push('| --- | ---: | ---: | ---: |');
  for (const s of report.statements) for (const c of s.counts) lines.push(`| ${s.query} | ${c.size} | ${c.subgraphRequests} | ${c.statements} |`);
  lines.push('');

  const search = report.subgraphSearch;
  lines.push('## Search at the subgraph, fan-out, start-up', '');
  const nationwide = report.subgraphSearchNationwide;
  lines.push(
    `- **Directory search at the organisations subgraph** (twelve terms and prefectures in turn, 4 connections): in one prefecture p50 ${f1(search.p50)} ms, **p95 ${f1(search.p95)} ms** (goal < 50 ms), p99 ${f1(search.p99)} ms, ${int(search.throughput)} req/s, ${search.errors} errors. With no prefecture named (common terms match up to half of all organisations, and the total is counted): p50 ${f1(nationwide.p50)} ms, p95 ${f1(nationwide.p95)} ms, ${int(nationwide.throughput)} req/s.`,
  );
  const fan = report.fanout;
  lines.push(
    `- **Fan-out over three regions** with added delays (${Object.entries(fan.delaysMs).map(([r, ms]) => `${r} ${ms} ms`).join(', ')}), ${fan.requests} requests one at a time: median ${f1(fan.threeRegionsMedianMs)} ms against ${f1(fan.slowestAloneMedianMs)} ms for the slowest region alone, **×${f2(fan.ratio)}** (goal < 1.3); p95 ${f1(fan.threeRegionsP95Ms)} ms.`,
  );
  if (report.startup) {
    lines.push(`- **Start-up of \`pnpm start\`** (three region processes on PGlite and the gateway, until the gateway is ready): ${f1(report.startup.firstRunSeconds)} s on an empty data directory (migrations and demo data), ${f1(report.startup.secondRunSeconds)} s on the data it left.`);
  }
  lines.push('');

  lines.push('## The data set', '');
  lines.push(`Generated in ${int(data.seconds)} s from seed ${data.seed} at scale ${data.scale}:`, '');
  lines.push('| table | rows |', '| --- | ---: |');
  for (const [name, rows] of Object.entries(data.tables)) lines.push(`| ${name} | ${int(rows)} |`);
  lines.push('');

  lines.push('## The operations', '');
  for (const q of report.queries) {
    const answer = report.answers.find((a) => a.query === q.name);
    lines.push(
      `- **${q.name}** (lists of ${q.size}): ${q.description}. ${answer ? `${answer.records}–${answer.recordsMax} records an answer over its variants; ${answer.sameAnswer ? 'the same answers from all three gateways' : 'the answers DIFFER'}.` : ''}`,
    );
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}
