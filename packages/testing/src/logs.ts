import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@renkei/telemetry';

export interface CapturedLogs {
  logger: Logger;
  /** Every JSON line written so far, parsed. */
  lines: Record<string, unknown>[];
  /** The SQL statements the server's access log counted for one request (waits briefly for the line). */
  sqlStatementsOf(requestId: string): Promise<number | undefined>;
}

/** A real logger whose lines are kept in memory, to check what a server logs (and what it must not). */
export function captureLogs(service: string): CapturedLogs {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return {
    logger: createLogger(service, 'debug', stream),
    lines,
    sqlStatementsOf: async (requestId) => {
      // The access log is written when the response finishes, which may be just after the client has it.
      for (let i = 0; i < 50; i++) {
        const line = lines.find((l) => l.event === 'http_request' && l.requestId === requestId);
        if (line) return line.sqlStatements as number;
        await new Promise((r) => setTimeout(r, 20));
      }
      return undefined;
    },
  };
}
