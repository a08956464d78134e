import { z } from 'zod';
import type { Logger } from 'pino';
import { createBullmqCaseQueue } from '../../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../../core/adapters/database.js';
import { createPrismaCaseOutbox } from '../../core/adapters/prisma-case-outbox.js';
import { createPrismaDirectoryReader } from '../../core/adapters/prisma-directory.js';
import { createPrismaScanReadingStore } from '../../core/adapters/prisma-scan-reading.js';
import { DatabaseConfigSchema, RedisConfigSchema, parseConfig, positiveInt } from '../../core/config.js';
import { createLogger } from '../../core/observability/logger.js';
import { prepareProcess } from '../../core/observability/prepare-process.js';
import { closePdfWorkers } from '../../ingest/extract/pdf-form.js';
import { useExtractionSandbox } from '../../ingest/extract/sandbox.js';
import { startOcrService } from '../../ingest/ocr-service.js';
import { loadProcessConfig } from '../load-process-config.js';
import { runUntilSignal, type RunningProcess } from '../run-until-signal.js';
import { processEnvironment } from '../config.js';

/** Default /metrics port of `pcse ocr` (the health server is not started; the port only satisfies the shared config). */
export const OCR_METRICS_PORT = 9466;

const OcrConfigSchema = DatabaseConfigSchema.merge(RedisConfigSchema).extend({
  /** How often `pcse ocr` looks for cases whose scanned form is waiting to be read. */
  OCR_POLL_INTERVAL_MS: positiveInt(2_000),
  LOG_LEVEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
});

export interface OcrConfig {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  pollIntervalMs: number;
  logLevel: string;
}

export function loadOcrConfig(env: Record<string, string | undefined>): OcrConfig {
  const c = parseConfig(OcrConfigSchema, env);
  return { databaseUrl: c.DATABASE_URL, redisUrl: c.REDIS_URL, queuePrefix: c.QUEUE_PREFIX, pollIntervalMs: c.OCR_POLL_INTERVAL_MS, logLevel: c.LOG_LEVEL };
}

/**
 * Starts the OCR service (ingest/ocr-service.ts): reads the scanned forms of cases ingest stored with `scan_pending`
 * and fills them in. Its OCR child process (tesseract and the page canvas) is this process's, never ingest's.
 */
export async function startOcrProcess(
  env: Record<string, string | undefined>,
  options: { logger?: Logger; prepare?: boolean } = {},
): Promise<RunningProcess> {
  const { config, observability } = loadProcessConfig(env, loadOcrConfig, OCR_METRICS_PORT);
  const logger = options.logger ?? createLogger({ process: 'ocr', level: config.logLevel });
  if (options.prepare !== false) await prepareProcess({ databaseUrl: config.databaseUrl, redisUrl: config.redisUrl, allowUnsafeRedis: observability.allowUnsafeRedis, logger });
  const db = await openDatabase(config.databaseUrl);
  // The queue's Redis connection keeps the process alive while the (unreferenced) extraction thread loads.
  const queue = createBullmqCaseQueue({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
  const releaseSandbox = await useExtractionSandbox();
  const store = { ...createPrismaScanReadingStore(db), ...createPrismaCaseOutbox(db) };
  const service = startOcrService({ store, queue, directory: createPrismaDirectoryReader(db), logger, pollIntervalMs: config.pollIntervalMs });
  logger.info({ pollIntervalMs: config.pollIntervalMs }, 'OCR service reading pending scans');
  return {
    async stop() {
      await service.stop();
      await releaseSandbox();
      await closePdfWorkers();
      await queue.close();
      await db.$disconnect();
      logger.info('OCR service stopped');
    },
  };
}

/** `pcse ocr`: runs startOcrProcess until SIGTERM/SIGINT. */
export async function runOcr(): Promise<number> {
  return runUntilSignal(() => startOcrProcess(processEnvironment()));
}
