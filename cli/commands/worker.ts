import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createExecutionWorker, createBullmqCaseQueue, parseRedisUrl } from '../../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../../core/adapters/database.js';
import { startAuditSealer } from '../../core/adapters/prisma-audit-log.js';
import { createOutboxMailer } from '../../core/adapters/outbox-mailer.js';
import { createPrismaStores } from '../../core/adapters/prisma-stores.js';
import { createSmtpMailer } from '../../core/adapters/smtp-mailer.js';
import type { Mailbox } from '../../core/domain/case.js';
import { handleExecuteCase } from '../../core/jobs/execute-case.js';
import { startHeartbeat } from '../../core/jobs/heartbeat.js';
import { loadWorkerConfig } from '../../core/jobs/worker-config.js';
import { startHealthServer } from '../../core/observability/health-server.js';
import { createLogger } from '../../core/observability/logger.js';
import { createProcessMetrics } from '../../core/observability/metrics.js';
import { prepareProcess } from '../../core/observability/prepare-process.js';
import type { Mailer } from '../../core/ports.js';
import { createCardUpdater } from '../../bot/card-updater.js';
import { createClientCredentialsTokenSource } from '../../core/adapters/oauth2-token.js';
import { renderEmail } from '../../templates/email/index.js';
import { loadProcessConfig } from '../load-process-config.js';
import { runUntilSignal, type RunningProcess } from '../run-until-signal.js';
import { processEnvironment } from '../config.js';

/** Default /metrics port of `pcse worker` (METRICS_PORT overrides; `pcse ingest` uses 9464). */
export const WORKER_METRICS_PORT = 9465;

/**
 * Starts the execution worker: runs `execute-case` jobs (applies approved cases to the directory, sends the
 * replies, moves cases on, then replaces each case's Teams card when the bot's keys are configured), the
 * heartbeat, and /healthz, /readyz, /metrics on METRICS_PORT (`metricsPort: null` serves none, as under
 * `pcse start`). Throws ConfigError (every bad key) or StartupError before taking work.
 */
export async function startWorkerProcess(
  env: Record<string, string | undefined>,
  options: { logger?: Logger; prepare?: boolean; metricsPort?: number | null } = {},
): Promise<RunningProcess & { metricsPort: number | null }> {
  const { config, observability } = loadProcessConfig(env, loadWorkerConfig, WORKER_METRICS_PORT);
  const c = config;
  const log = options.logger ?? createLogger({ process: 'worker', level: c.logLevel });
  if (options.prepare !== false) await prepareProcess({ databaseUrl: c.databaseUrl, redisUrl: c.redisUrl, allowUnsafeRedis: observability.allowUnsafeRedis, logger: log });
  const db = await openDatabase(c.databaseUrl);
  const stores = createPrismaStores(db);
  const { directory, directoryWriter, replies } = stores;
  const cases = { ...stores.cases, ...stores.decisions };
  const queue = createBullmqCaseQueue({ redisUrl: c.redisUrl, prefix: c.queuePrefix });
  const redis = new Redis({ ...parseRedisUrl(c.redisUrl), maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  const tokens = c.oauth ? createClientCredentialsTokenSource(c.oauth) : null;
  const closers: (() => void)[] = [];
  const mailers = new Map<Mailbox, Mailer>();
  const mailerFor = (mailbox: Mailbox): Mailer => {
    let mailer = mailers.get(mailbox);
    if (!mailer) {
      const from = c.fromAddress[mailbox];
      if (c.smtpUrl) {
        const smtp = createSmtpMailer({ smtpUrl: c.smtpUrl, from, ...(tokens ? { oauth2: { user: from, getAccessToken: () => tokens.getAccessToken() } } : {}) });
        closers.push(() => smtp.close());
        mailer = smtp;
      } else {
        mailer = createOutboxMailer({ dir: c.outboxDir ?? 'var/outbox', from });
      }
      mailers.set(mailbox, mailer);
    }
    return mailer;
  };
  const updateCard = createCardUpdater(env, { stores, queue, directory, log }) ?? undefined;
  const metrics = createProcessMetrics({ processName: 'worker', db, queueCounts: () => queue.queueCounts(), redis, queuePrefix: c.queuePrefix });
  const worker = createExecutionWorker(
    async (data, job) => {
      const outcome = await handleExecuteCase(
        {
          cases,
          execution: stores.execution,
          audit: stores.audit,
          executor: (stored) => ({ cases: stores.cases, directory: directoryWriter, replies, mailer: mailerFor(stored.mailbox), renderEmail }),
          maxAttempts: c.attempts,
          onCaseChanged: updateCard,
        },
        data,
        job,
      );
      if (outcome === 'failed') metrics.recordFailure('execute-case-gave-up');
      log.info({ caseId: data.caseId, decisionId: data.decisionId, outcome }, 'execute-case done');
    },
    { redisUrl: c.redisUrl, prefix: c.queuePrefix, concurrency: c.concurrency },
  );
  worker.on('failed', (job, error) => {
    metrics.recordFailure('execute-case');
    log.warn({ jobId: job?.id, code: (error as { code?: string }).code ?? error.name }, 'execute-case failed; will retry');
  });
  const heartbeat = await startHeartbeat({ redisUrl: c.redisUrl, prefix: c.queuePrefix, processName: 'worker', redis });
  // Chains the audit events every process appends unchained (docs/decisions/0004); only sealers lock the chain head.
  const sealer = startAuditSealer(db, { onError: (error) => log.warn({ code: (error as { code?: string }).code ?? (error as Error).name }, 'audit seal failed; will retry') });
  const port = options.metricsPort === undefined ? observability.metricsPort : options.metricsPort;
  const health = port === null ? null : await startHealthServer({
    port,
    fallbackToFreePort: !observability.metricsPortExplicit,
    registry: metrics.registry,
    async checkReady() {
      await db.$queryRawUnsafe('SELECT 1');
      await queue.queueCounts();
    },
  });
  log.info({ concurrency: c.concurrency, metricsPort: health?.port ?? null }, 'worker started');
  return {
    metricsPort: health?.port ?? null,
    async stop() {
      // Worker.close() waits for the jobs in hand to finish; new ones stay on the queue for another replica.
      await worker.close();
      await heartbeat.close();
      await sealer.stop();
      await health?.close();
      for (const close of closers) close();
      await queue.close();
      redis.disconnect();
      await db.$disconnect();
      log.info('worker stopped');
    },
  };
}

/** `pcse worker`: runs startWorkerProcess until SIGTERM/SIGINT. Exits 2 on bad configuration, 3 when start-up checks refuse. */
export async function runWorker(): Promise<number> {
  return runUntilSignal(() => startWorkerProcess(processEnvironment()));
}
