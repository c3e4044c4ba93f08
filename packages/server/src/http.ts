// The HTTP shell every server shares: GraphQL at /graphql, liveness at /health, readiness at /ready, a request
// id on every request, a JSON access log, a body size limit and a graceful stop. A server may add routes of its
// own under a path prefix; they get the same request id, log line and error handling.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { requestIdFrom, runInRequestScope, type Logger } from '@renkei/telemetry';
import { SCHEMA_HEADER } from './fingerprint.js';

export interface IncomingRequest {
  headers: IncomingHttpHeaders;
  requestId: string;
}

export interface StaticAsset {
  file: string;
  contentType: string;
}

export interface GraphQLIde {
  /** The page served to a browser that GETs /graphql. */
  html: string;
  /** Files served under /ide/<name>, from installed packages: no CDN is needed (LGWAN has none). */
  assets: Record<string, StaticAsset>;
}

export interface GraphQLServerOptions<TContext extends BaseContext> {
  service: string;
  apollo: ApolloServer<TContext>;
  logger: Logger;
  port: number;
  host: string;
  context: (request: IncomingRequest) => Promise<TContext>;
  /** Readiness beyond "the process answers": the database answers, the supergraph is loaded. */
  ready?: () => Promise<boolean>;
  ide?: GraphQLIde;
  maxBodyBytes?: number;
  /** How long in-flight requests may take to finish after a stop is asked for. */
  shutdownGraceMs?: number;
  /**
   * Whether to keep a caller's X-Request-Id (true for subgraphs, which the gateway calls). A server facing the
   * public issues its own, so that no caller can make its request share an id with another's in logs or audit
   * records; the caller's value is logged beside it.
   */
  acceptRequestId?: boolean;
  /** The served schema's fingerprint (`schemaFingerprint`): sent on every response and in the /ready body. */
  schemaFingerprint?: string;
  /** Routes of the server's own, tried after /health, /ready, /graphql and the IDE, before the 404. */
  routes?: HttpRoute[];
}

/** A route of a server's own, such as the gateway's calendar feeds. */
export interface HttpRoute {
  /** The paths it answers: every path that starts with this (e.g. "/calendar/"). */
  prefix: string;
  /** Answers the request, or throws an HttpProblem for a 4xx; anything else thrown becomes a 500. */
  handle(req: IncomingMessage, res: ServerResponse, request: { url: URL; requestId: string }): Promise<void>;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/** A refusal the caller is told about: an HTTP status, a code, and the reason in English and Japanese. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageJa: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendProblem(res: ServerResponse, problem: HttpProblem): void {
  sendJson(res, problem.status, {
    errors: [{ message: problem.message, extensions: { code: problem.code, messageJa: problem.messageJa } }],
  });
}

function tooLarge(limit: number): HttpProblem {
  return new HttpProblem(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${limit} bytes`, `リクエストが大きすぎます（上限 ${limit} バイト）。`);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'BAD_REQUEST', 'The request body is not valid JSON', 'リクエストの本文が正しいJSONではありません。');
  }
}

export async function startGraphQLServer<TContext extends BaseContext>(
  options: GraphQLServerOptions<TContext>,
): Promise<RunningServer> {
  const { apollo, logger, service, ide } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  let stopping = false;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const accept = req.headers.accept ?? '';
    if (req.method === 'GET' && ide && accept.includes('text/html') && !url.searchParams.has('query')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ide.html);
      return;
    }
    const body = req.method === 'POST' ? parseJsonBody(await readBody(req, maxBodyBytes)) : undefined;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context({ headers: req.headers, requestId }),
    });
    const responseHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) responseHeaders[key] = value;
    res.writeHead(result.status ?? 200, responseHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function isReady(): Promise<boolean> {
    if (stopping) return false;
    if (!options.ready) return true;
    try {
      return await Promise.race([
        options.ready(),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
      ]);
    } catch {
      return false;
    }
  }

  const server = createServer((req, res) => {
    const requestId = options.acceptRequestId === false ? randomUUID() : requestIdFrom(req.headers['x-request-id']);
    const clientRequestId = options.acceptRequestId === false ? req.headers['x-request-id'] : undefined;
    const scope = { requestId, sqlStatements: 0 };
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', requestId);
    if (options.schemaFingerprint) res.setHeader(SCHEMA_HEADER, options.schemaFingerprint);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const probe = url.pathname === '/health' || url.pathname === '/ready';

    res.on('finish', () => {
      runInRequestScope(scope, () => {
        const fields = {
          event: 'http_request',
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          sqlStatements: scope.sqlStatements,
          ...(typeof clientRequestId === 'string' ? { clientRequestId: clientRequestId.slice(0, 128) } : {}),
        };
        if (probe) logger.debug(fields, 'request');
        else logger.info(fields, 'request');
      });
    });

    void runInRequestScope(scope, async () => {
      try {
        const route = options.routes?.find((r) => url.pathname.startsWith(r.prefix));
        if (url.pathname === '/health') {
          sendJson(res, 200, { status: 'ok', service });
        } else if (url.pathname === '/ready') {
          const ready = await isReady();
          sendJson(res, ready ? 200 : 503, {
            status: ready ? 'ready' : 'not ready',
            service,
            ...(options.schemaFingerprint ? { schema: options.schemaFingerprint } : {}),
          });
        } else if (url.pathname === '/graphql') {
          if (req.method !== 'GET' && req.method !== 'POST') {
            res.setHeader('allow', 'GET, POST');
            throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'Use GET or POST', 'GET または POST を使ってください。');
          }
          await handleGraphQL(req, res, url, requestId);
        } else if (ide && url.pathname.startsWith('/ide/') && ide.assets[url.pathname.slice(5)]) {
          const asset = ide.assets[url.pathname.slice(5)]!;
          res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=86400' });
          createReadStream(asset.file).pipe(res);
        } else if (route) {
          await route.handle(req, res, { url, requestId });
        } else {
          throw new HttpProblem(404, 'NOT_FOUND', 'Not found: GraphQL is served at /graphql', '見つかりません。GraphQL は /graphql です。');
        }
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (error instanceof HttpProblem) {
          if (error.status === 413) {
            // The rest of the body is not read: close the connection rather than leave the client writing into it.
            res.setHeader('connection', 'close');
            res.once('finish', () => req.destroy());
          }
          sendProblem(res, error);
        } else {
          logger.error({ event: 'http_error', errorName: (error as Error)?.name }, 'unexpected error');
          sendProblem(res, new HttpProblem(500, 'INTERNAL_SERVER_ERROR', 'Internal server error', '内部エラーが発生しました。'));
        }
      }
    });
  });
  server.keepAliveTimeout = 65_000; // longer than the gateway's idle socket time-out, so it closes first
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/graphql`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    server,
    close: () => {
      closing ??= (async () => {
        stopping = true;
        const grace = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        clearTimeout(grace);
        await apollo.stop();
      })();
      return closing;
    },
  };
}

/**
 * Stops cleanly on SIGTERM or SIGINT: stop taking requests, finish those in flight, close the database, exit 0.
 * A second signal, or a stop that takes longer than the deadline, exits at once with 1.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>, deadlineMs = 20_000): void {
  let stopping = false;
  // A log line must never keep a stopping process alive (stdout may be a pipe whose reader is gone).
  const log = (fields: Record<string, unknown>, message: string) => {
    try {
      logger.info(fields, message);
      logger.flush();
    } catch {
      // nothing left to tell
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => process.exit(1), deadlineMs).unref();
    log({ event: 'shutdown', signal }, 'stopping');
    stop()
      .then(
        () => {
          log({ event: 'stopped' }, 'stopped');
          process.exitCode = 0;
        },
        (error: unknown) => {
          log({ event: 'shutdown_failed', errorName: (error as Error)?.name }, 'stop failed');
          process.exitCode = 1;
        },
      )
      .finally(() => process.exit());
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
