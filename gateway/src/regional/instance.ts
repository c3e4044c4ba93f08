// One region's instance of one subgraph, as the gateway sees it: whether it answers, and whether it serves the
// schema the supergraph was composed from. A failing instance is left alone for a while (doubling, up to a
// ceiling) and then tried again, so that it rejoins without a gateway restart.
import { SCHEMA_HEADER } from '@renkei/server';
import { request, type Dispatcher } from 'undici';
import type { Logger } from '@renkei/telemetry';

export type RegionFailure = 'REGION_UNAVAILABLE' | 'REGION_INCOMPATIBLE';

export interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: FormattedError[];
}

export interface FormattedError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export type SendResult = { ok: true; answer: SubgraphAnswer } | { ok: false; failure: RegionFailure };

export interface RetryPolicy {
  /** How long a failed instance is left alone the first time; doubled on each further failure. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long one request to the instance may take. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retryBaseMs: 1_000, retryMaxMs: 30_000, timeoutMs: 10_000 };

export class RegionInstance {
  private status: 'unchecked' | 'up' | RegionFailure = 'unchecked';
  private failures = 0;
  private retryAt = 0;

  constructor(
    readonly subgraph: string,
    readonly region: string,
    readonly url: string,
    /** The fingerprint of the subgraph schema the supergraph was composed from, when the compose step recorded it. */
    private readonly expectedSchema: string | undefined,
    private readonly retry: RetryPolicy,
    private readonly logger: Logger,
  ) {}

  /** Whether the instance is believed to answer: false while it is left alone after a failure. */
  get available(): boolean {
    return this.status === 'up' || this.status === 'unchecked' || Date.now() >= this.retryAt;
  }

  async send(body: { query: string; variables: Record<string, unknown>; operationName?: string }, headers: Record<string, string>): Promise<SendResult> {
    if (this.status !== 'up' && this.status !== 'unchecked' && Date.now() < this.retryAt) return { ok: false, failure: this.status };
    // Before the first request and after a failure, check the instance's schema before anything (a write) is sent.
    if (this.status !== 'up' && this.expectedSchema) {
      const probe = await this.probe();
      if (probe) return this.fail(probe, 'readiness check');
    }
    // undici's request API on a keep-alive pool, rather than fetch: no WHATWG streams, which made fetch the
    // largest part of the gateway's own CPU time per fetch.
    let response: Dispatcher.ResponseData;
    try {
      response = await request(this.url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        // One deadline for connecting, waiting and reading, as SUBGRAPH_TIMEOUT_MS promises.
        signal: AbortSignal.timeout(this.retry.timeoutMs),
      });
    } catch (error) {
      return this.fail('REGION_UNAVAILABLE', timedOut(error) ? 'timeout' : 'connection');
    }
    if (this.expectedSchema && response.headers[SCHEMA_HEADER] !== this.expectedSchema) {
      response.body.destroy();
      return this.fail('REGION_INCOMPATIBLE', 'schema fingerprint');
    }
    let answer: SubgraphAnswer;
    try {
      answer = (await response.body.json()) as SubgraphAnswer;
    } catch (error) {
      return this.fail('REGION_UNAVAILABLE', timedOut(error) ? 'timeout' : `status ${response.statusCode}`);
    }
    if (answer === null || typeof answer !== 'object' || (!('data' in answer) && !Array.isArray(answer.errors))) {
      return this.fail('REGION_UNAVAILABLE', `status ${response.statusCode}`);
    }
    if (this.status !== 'up') this.logger.info({ event: 'region_up', subgraph: this.subgraph, region: this.region }, 'region answers');
    this.status = 'up';
    this.failures = 0;
    return { ok: true, answer };
  }

  private async probe(): Promise<RegionFailure | undefined> {
    try {
      const response = await fetch(new URL('ready', this.url), { signal: AbortSignal.timeout(this.retry.timeoutMs) });
      await response.body?.cancel();
      if (!response.ok) return 'REGION_UNAVAILABLE';
      return response.headers.get(SCHEMA_HEADER) === this.expectedSchema ? undefined : 'REGION_INCOMPATIBLE';
    } catch {
      return 'REGION_UNAVAILABLE';
    }
  }

  private fail(failure: RegionFailure, reason: string): SendResult {
    this.failures += 1;
    const wait = Math.min(this.retry.retryMaxMs, this.retry.retryBaseMs * 2 ** (this.failures - 1));
    this.retryAt = Date.now() + wait;
    this.status = failure;
    this.logger.warn(
      { event: failure === 'REGION_UNAVAILABLE' ? 'region_unavailable' : 'region_incompatible', subgraph: this.subgraph, region: this.region, reason, retryInMs: wait },
      'region left out',
    );
    return { ok: false, failure };
  }
}

function timedOut(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  return name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_ABORTED' || (code?.endsWith('TIMEOUT') ?? false);
}
