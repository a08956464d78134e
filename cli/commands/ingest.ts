import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createBullmqCaseQueue, parseRedisUrl } from '../../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../../core/adapters/database.js';
import { startHealthServer } from '../../core/observability/health-server.js';
import { createLogger } from '../../core/observability/logger.js';
import { createProcessMetrics } from '../../core/observability/metrics.js';
import { prepareProcess } from '../../core/observability/prepare-process.js';
import { loadIngestConfig } from '../../ingest/config.js';
import { useExtractionSandbox } from '../../ingest/extract/sandbox.js';
import { startIngestWorker } from '../../ingest/worker.js';
import { loadProcessConfig } from '../load-process-config.js';
import { runUntilSignal, type RunningProcess } from '../run-until-signal.js';
import { processEnvironment } from '../config.js';

/** Default /metrics port of `pcse ingest` (METRICS_PORT overrides). */
export const INGEST_METRICS_PORT = 9464;

/**
 * Starts the ingest worker (IMAP, or Maildir under DROP_DIR) with /healthz, /readyz and /metrics on METRICS_PORT
 * (`metricsPort: null` serves none). Throws ConfigError (every bad key listed) or StartupError before reading mail.
 */
export async function startIngestProcess(
  env: Record<string, string | undefined>,
  options: { logger?: Logger; prepare?: boolean; metricsPort?: number | null } = {},
): Promise<RunningProcess & { metricsPort: number | null }> {
  const { config, observability } = loadProcessConfig(env, loadIngestConfig, INGEST_METRICS_PORT);
  const logger = options.logger ?? createLogger({ process: 'ingest', level: config.logLevel });
  // The extraction thread loads the extractor (about a second) while this thread checks the database and Redis.
  const extractionSandbox = useExtractionSandbox();
  try {
    if (options.prepare !== false) await prepareProcess({ databaseUrl: config.databaseUrl, redisUrl: config.redisUrl, allowUnsafeRedis: observability.allowUnsafeRedis, logger });
  } catch (error) {
    await (await extractionSandbox)();
    throw error;
  }
  const worker = await startIngestWorker(config, { logger, extractionSandbox });
  void worker.mailboxesReached.then(() => logger.info({ mailboxes: config.mailboxes.length }, 'every mailbox reached; reading mail'));
  const port = options.metricsPort === undefined ? observability.metricsPort : options.metricsPort;
  if (port === null) return { metricsPort: null, stop: () => worker.stop() };
  // The metrics read the store and the queues the worker writes; their own handles keep the worker's API narrow.
  const db = await openDatabase(config.databaseUrl);
  const queue = createBullmqCaseQueue({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
  const redis = new Redis({ ...parseRedisUrl(config.redisUrl), maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  const metrics = createProcessMetrics({ processName: 'ingest', db, queueCounts: () => queue.queueCounts(), redis, queuePrefix: config.queuePrefix });
  const health = await startHealthServer({
    port,
    fallbackToFreePort: !observability.metricsPortExplicit,
    registry: metrics.registry,
    async checkReady() {
      await db.$queryRawUnsafe('SELECT 1');
      await queue.queueCounts();
    },
  });
  logger.info({ metricsPort: health.port }, 'ingest health and metrics listening');
  return {
    metricsPort: health.port,
    async stop() {
      // Sources finish the message in hand and log out of IMAP before the handles close.
      await worker.stop();
      await health.close();
      await queue.close();
      redis.disconnect();
      await db.$disconnect();
      logger.info('ingest stopped');
    },
  };
}

/** `pcse ingest`: runs startIngestProcess until SIGTERM/SIGINT. Exits 2 on bad configuration, 3 when start-up checks refuse. */
export async function runIngest(): Promise<number> {
  return runUntilSignal(() => startIngestProcess(processEnvironment()));
}
