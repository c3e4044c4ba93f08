// The entry of every server process: a logger first, then start-up; a start-up that fails says why in one
// structured line and exits non-zero.
import { createLogger, LOG_LEVELS, type Logger, type LogLevel } from '@renkei/telemetry';

export async function runServer(service: string, main: (logger: Logger) => Promise<void>): Promise<void> {
  const raw = process.env.LOG_LEVEL ?? 'info';
  const level: LogLevel = (LOG_LEVELS as readonly string[]).includes(raw) ? (raw as LogLevel) : 'info';
  const logger = createLogger(service, level);
  try {
    if (level !== raw) {
      throw Object.assign(new Error('Invalid configuration'), {
        problems: [`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${raw}"`],
      });
    }
    await main(logger);
  } catch (error) {
    const problems = (error as { problems?: unknown }).problems;
    if (Array.isArray(problems)) {
      logger.fatal({ event: 'invalid_configuration', problems }, `${service} cannot start: ${problems.join('; ')}`);
    } else {
      const e = error as Error;
      logger.fatal({ event: 'start_failed', errorName: e?.name }, `${service} cannot start: ${e?.message}`);
    }
    logger.flush();
    process.exit(1);
  }
}
