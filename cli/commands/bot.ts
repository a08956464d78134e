import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createBullmqCaseQueue, createCaseReadyWorker, parseRedisUrl, startScheduledJob } from '../../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../../core/adapters/database.js';
import { createPrismaStores } from '../../core/adapters/prisma-stores.js';
import { ConfigError, DatabaseConfigSchema, parseConfig } from '../../core/config.js';
import { handleEscalation } from '../../core/jobs/escalate-waiting-cases.js';
import { startHeartbeat } from '../../core/jobs/heartbeat.js';
import { handlePostCaseCard } from '../../core/jobs/post-case-card.js';
import { serveMetrics } from '../../core/observability/health-server.js';
import { createLogger } from '../../core/observability/logger.js';
import { createProcessMetrics } from '../../core/observability/metrics.js';
import { loadObservabilityConfig, prepareProcess } from '../../core/observability/prepare-process.js';
import { renderStatusCard } from '../../templates/cards/status-card.js';
import { createBotApp } from '../../bot/app.js';
import { botStoreFrom } from '../../bot/bot-store.js';
import { BotConfigError, parseBotConfig } from '../../bot/config.js';
import { startBotServer } from '../../bot/server.js';
import { runUntilSignal, type RunningProcess } from '../run-until-signal.js';
import { processEnvironment } from '../config.js';

const ESCALATION_QUEUE = 'escalate-waiting-cases';


/**
 * Starts the Teams bot (POST /api/messages, /healthz, /readyz, /metrics, /admin/queues on PORT), the `case-ready`
 * consumer that posts approval cards, the repeatable escalation sweep and its heartbeat. Throws ConfigError or
 * BotConfigError (every bad key listed) or StartupError before taking any work.
 */
export async function startBotProcess(
  env: Record<string, string | undefined>,
  options: { logger?: Logger; prepare?: boolean } = {},
): Promise<RunningProcess & { port: number; postUnpostedCards(): Promise<number> }> {
  const issues: string[] = [];
  let config: ReturnType<typeof parseBotConfig> | undefined;
  let databaseUrl = '';
  let allowUnsafeRedis = false;
  try {
    config = parseBotConfig(env);
  } catch (error) {
    if (!(error instanceof BotConfigError)) throw error;
    issues.push(...error.issues);
  }
  for (const read of [
    () => (databaseUrl = parseConfig(DatabaseConfigSchema, env).DATABASE_URL),
    () => (allowUnsafeRedis = loadObservabilityConfig(env, 0).allowUnsafeRedis),
  ]) {
    try {
      read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0 || !config) throw new ConfigError(issues);
  const botConfig = config;
  const log = options.logger ?? createLogger({ process: 'bot', level: env.LOG_LEVEL });
  if (!botConfig.MicrosoftAppId) {
    const banner = 'BOT_LOCAL_MODE: no MicrosoftAppId, so /api/messages accepts UNAUTHENTICATED requests. Never run this in production.';
    log.warn(banner);
    console.error(`\n*** ${banner} ***\n`);
  }
  if (options.prepare !== false) await prepareProcess({ databaseUrl, redisUrl: botConfig.REDIS_URL, allowUnsafeRedis, logger: log });
  const db = await openDatabase(databaseUrl);
  const stores = createPrismaStores(db);
  const store = botStoreFrom(stores);
  const { directory, deadLetters } = stores;
  const queue = createBullmqCaseQueue({ redisUrl: botConfig.REDIS_URL, prefix: botConfig.QUEUE_PREFIX });
  const redis = new Redis({ ...parseRedisUrl(botConfig.REDIS_URL), maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  const metrics = createProcessMetrics({ processName: 'bot', db, queueCounts: () => queue.queueCounts(), redis, queuePrefix: botConfig.QUEUE_PREFIX });
  let catchingUp: Promise<number> | null = null;
  /**
   * Posts the card of every waiting case that has none yet, once there is a conversation to post in: the catch-up
   * for cases that arrived before anyone opened the bot. One run at a time; returns how many were posted.
   */
  const postUnpostedCards = (): Promise<number> => {
    catchingUp ??= (async () => {
      if (!(await bot.publisher.hasTarget())) return 0;
      let posted = 0;
      const waiting = await store.listCases({ state: 'awaiting_approval', limit: 200 });
      const withCard = await store.listCaseIdsWithCard(waiting.map((c) => c.id));
      for (const c of waiting) {
        if (withCard.has(c.id)) continue;
        const outcome = await bot.publisher.postCaseCard(c.id).catch(() => 'skipped' as const);
        if (outcome === 'posted') posted += 1;
      }
      return posted;
    })().finally(() => (catchingUp = null));
    return catchingUp;
  };
  const bot = createBotApp({
    config: botConfig, store, queue, directory, log,
    deadLetterCount: async () => (await deadLetters.listDeadLetters({ unresolvedOnly: true, limit: 10_000 })).length,
    onConversationStored() {
      postUnpostedCards()
        .then((posted) => posted > 0 && log.info({ posted }, 'cards posted for cases that waited for a conversation'))
        .catch((error: Error) => log.warn({ code: error.name }, 'posting waiting cards failed'));
    },
  });
  const server = await startBotServer({
    config: botConfig,
    bot,
    async checkReady() {
      await db.$queryRawUnsafe('SELECT 1');
      await queue.queueCounts();
    },
    metrics: () => serveMetrics(metrics.registry),
  });
  const caseReady = createCaseReadyWorker(async (data) => {
    const outcome = await handlePostCaseCard(bot.publisher, data);
    log.info({ caseId: data.caseId, outcome }, 'case-ready done');
  }, { redisUrl: botConfig.REDIS_URL, prefix: botConfig.QUEUE_PREFIX });
  caseReady.on('failed', (job, error) => {
    metrics.recordFailure('case-ready');
    log.warn({ jobId: job?.id, code: (error as { code?: string }).code ?? error.name }, 'case-ready failed; will retry');
  });

  // The escalation sweep is a BullMQ job scheduler: one run every 5 minutes across all bot replicas.
  const lastEscalated = new Map<string, number>();
  const escalation = await startScheduledJob({
    redisUrl: botConfig.REDIS_URL,
    prefix: botConfig.QUEUE_PREFIX,
    queueName: ESCALATION_QUEUE,
    schedulerId: 'escalate',
    everyMs: 5 * 60_000,
    keepJobs: 100,
    run: async () => {
      const result = await handleEscalation({
        cases: store,
        escalateAfterMinutes: botConfig.ESCALATE_AFTER_MINUTES,
        lastEscalated,
        reannounce: async (caseId, minutes) => {
          await bot.publisher.postCaseCard(caseId, `Escalated: waiting ${minutes} minutes for a decision.`);
        },
        notifySupervisors: async (summary) => {
          const oldest = await store.getCaseByRef(summary.oldestRef);
          await bot.publisher.notifySupervisors(
            renderStatusCard({
              generatedAt: new Date(),
              byState: await store.countCasesByState(),
              waitingByMailbox: await store.countCasesByMailbox('awaiting_approval'),
              oldestWaiting: oldest ? { ref: oldest.ref, since: oldest.createdAt } : null,
              failures: (await store.listCases({ state: 'failed', limit: 20 })).map((c) => ({ ref: c.ref, kind: c.kind, error: null })),
              deadLetters: (await deadLetters.listDeadLetters({ unresolvedOnly: true, limit: 10_000 })).length,
              escalateAfterMinutes: botConfig.ESCALATE_AFTER_MINUTES,
            }),
          );
        },
        postMissingCard: async (caseId) => {
          await bot.publisher.postCaseCard(caseId);
        },
        enqueueExecution: (caseId, decisionId) => queue.enqueueExecution(caseId, decisionId),
      });
      if (result.cardsStillMissing > 0) log.warn(result, 'escalation sweep done; some waiting cases still have no card');
      else log.info(result, 'escalation sweep done');
    },
  });
  const heartbeat = await startHeartbeat({ redisUrl: botConfig.REDIS_URL, prefix: botConfig.QUEUE_PREFIX, processName: 'bot', redis });
  log.info({ port: server.port, dashboard: Boolean(botConfig.ADMIN_USER) }, 'bot listening');
  return {
    port: server.port,
    postUnpostedCards,
    async stop() {
      // Stop taking HTTP first, then let in-flight jobs finish (Worker.close waits for them).
      await server.close();
      await Promise.allSettled([caseReady.close(), escalation.close(), heartbeat.close()]);
      await queue.close();
      redis.disconnect();
      await db.$disconnect();
      log.info('bot stopped');
    },
  };
}

/** `pcse bot`: runs startBotProcess until SIGTERM/SIGINT. Exits 2 on bad configuration, 3 when start-up checks refuse. */
export async function runBot(): Promise<number> {
  return runUntilSignal(() => startBotProcess(processEnvironment()));
}
