// SQL statements per request: the subgraph host logs one line per request it serves with the statements that
// request ran. The benchmark asks one operation at a time and adds up the lines that appeared meanwhile.
import { readFileSync, statSync } from 'node:fs';

export interface StatementCount {
  /** Requests the gateway made to the subgraphs. */
  subgraphRequests: number;
  statements: number;
}

export async function countStatements(hostLog: string, ask: () => Promise<void>): Promise<StatementCount> {
  const from = statSync(hostLog).size;
  await ask();
  // The request line is written when the answer has been sent: give the log a moment.
  await new Promise((r) => setTimeout(r, 150));
  const lines = readFileSync(hostLog).subarray(from).toString('utf8').split('\n');
  let subgraphRequests = 0;
  let statements = 0;
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { event?: string; path?: string; sqlStatements?: number };
    if (entry.event !== 'http_request' || entry.path !== '/graphql') continue;
    subgraphRequests += 1;
    statements += entry.sqlStatements ?? 0;
  }
  return { subgraphRequests, statements };
}
