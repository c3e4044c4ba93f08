// Drives one gateway with one operation for a while (autocannon, keep-alive connections) and measures what the
// gateway process spent: requests served, latency percentiles over every response, GraphQL errors, CPU per request.
import autocannon from 'autocannon';
import { cpuTimeMs, memoryMiB } from './processes.js';

export interface LoadOptions {
  url: string;
  /** The request bodies, sent in turn on each connection. */
  bodies: string[];
  headers: Record<string, string>;
  seconds: number;
  connections: number;
  /** The process whose CPU time and memory are measured. */
  pid: number;
}

/** Latency percentiles are over every answer with status 200. */
export interface LoadResult {
  /** Answers with status 200 and no GraphQL errors. */
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, failed connections, timeouts and answers with GraphQL errors. */
  errors: number;
  cpuMsPerRequest: number;
  /** The gateway's largest resident memory sampled during the run, MiB. */
  rssMiB: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function drive(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let next = 0;
  let rssMiB = memoryMiB(options.pid).rss;
  const sampler = setInterval(() => (rssMiB = Math.max(rssMiB, memoryMiB(options.pid).rss)), 250);
  const cpuBefore = cpuTimeMs(options.pid);
  const started = performance.now();
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', ...options.headers },
        // One counter for all connections: requests in flight together ask different things, as real callers do
        // (a gateway that merges identical requests in flight would otherwise be measured on a case that is rare).
        setupRequest: (request) => ({ ...request, body: options.bodies[next++ % options.bodies.length] }),
        onResponse: (status: number, answer: string) => {
          if (status === 200 && answer.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
    }, (error, result) => (error ? reject(error) : resolve(result)));
  });
  instance.on('response', (_client, status, _bytes, responseTime) => {
    if (status === 200) latencies.push(responseTime);
  });
  const result = await finished;
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuTimeMs(options.pid) - cpuBefore;
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  // Only answers without errors count as served: a quick failure must not make a gateway look cheaper.
  const requests = latencies.length - graphqlErrors;
  return {
    requests,
    throughput: requests / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    // autocannon's errors include its timeouts.
    errors: result.non2xx + result.errors + graphqlErrors,
    cpuMsPerRequest: requests > 0 ? cpu / requests : Number.NaN,
    rssMiB,
  };
}

/**
 * Waits until a process is idle: autocannon stops at its deadline with requests still in flight, and their work
 * must not be counted against the next measurement.
 */
export async function settle(pid: number, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const before = cpuTimeMs(pid);
    await new Promise((r) => setTimeout(r, 300));
    if (cpuTimeMs(pid) - before <= 10) return;
  }
}
