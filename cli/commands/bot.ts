import { Queue, Worker } from 'bullmq';
import { pino } from 'pino';
import { createBullmqCaseQueue, createCaseReadyWorker, parseRedisUrl } from '../../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../../core/adapters/database.js';
import { PrismaCaseStore } from '../../core/adapters/prisma-case-store.js';
import { PrismaDirectory } from '../../core/adapters/prisma-directory.js';
import { DatabaseConfigSchema, parseConfig } from '../../core/config.js';
import { handleEscalation } from '../../core/jobs/escalate-waiting-cases.js';
import { handlePostCaseCard } from '../../core/jobs/post-case-card.js';
import { renderStatusCard } from '../../templates/cards/status-card.js';
import { createBotApp } from '../../bot/app.js';
import { BotConfigError, parseBotConfig } from '../../bot/config.js';
import { startBotServer } from '../../bot/server.js';

const ESCALATION_QUEUE = 'escalate-waiting-cases';

/**
 * `pcse bot`: the Teams bot (POST /api/messages, /healthz, /readyz, /admin/queues), the `case-ready` consumer
 * that posts approval cards, and the repeatable escalation sweep. Runs until SIGTERM/SIGINT.
 */
export async function runBot(): Promise<number> {
  let config;
  let databaseUrl: string;
  try {
    config = parseBotConfig(process.env);
    databaseUrl = parseConfig(DatabaseConfigSchema).DATABASE_URL;
  } catch (error) {
    if (error instanceof BotConfigError || (error as { code?: string }).code === 'config_invalid') {
      console.error((error as Error).message);
      return 2;
    }
    throw error;
  }
  const log = pino({ base: { process: 'bot' } });
  if (!config.MicrosoftAppId) {
    const banner = 'BOT_LOCAL_MODE: no MicrosoftAppId, so /api/messages accepts UNAUTHENTICATED requests. Never run this in production.';
    log.warn(banner);
    console.error(`\n*** ${banner} ***\n`);
  }
  const db = await openDatabase(databaseUrl);
  const store = new PrismaCaseStore(db);
  const directory = new PrismaDirectory(db);
  const queue = createBullmqCaseQueue({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX });
  const bot = createBotApp({
    config, store, queue, directory, log,
    deadLetterCount: async () => (await store.listDeadLetters({ unresolvedOnly: true, limit: 10_000 })).length,
  });
  const server = await startBotServer({
    config,
    bot,
    async checkReady() {
      await db.$queryRawUnsafe('SELECT 1');
      await queue.queueCounts();
    },
  });
  const caseReady = createCaseReadyWorker(async (data) => {
    const outcome = await handlePostCaseCard(bot.publisher, data);
    log.info({ caseId: data.caseId, outcome }, 'case-ready done');
  }, { redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX });

  // The escalation sweep is a BullMQ job scheduler: one run every 5 minutes across all bot replicas.
  const connection = { ...parseRedisUrl(config.REDIS_URL), maxRetriesPerRequest: null };
  const escalationQueue = new Queue(ESCALATION_QUEUE, { connection, prefix: config.QUEUE_PREFIX });
  escalationQueue.on('error', () => {});
  await escalationQueue.upsertJobScheduler('escalate', { every: 5 * 60_000 }, { name: 'escalate', opts: { removeOnComplete: 100, removeOnFail: 100 } });
  const lastEscalated = new Map<string, number>();
  const escalation = new Worker(
    ESCALATION_QUEUE,
    async () => {
      const result = await handleEscalation({
        cases: store,
        escalateAfterMinutes: config.ESCALATE_AFTER_MINUTES,
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
              waitingByMailbox: await store.countCasesByMailbox(),
              oldestWaiting: oldest ? { ref: oldest.ref, since: oldest.createdAt } : null,
              failures: (await store.listCases({ state: 'failed', limit: 20 })).map((c) => ({ ref: c.ref, kind: c.kind, error: null })),
              deadLetters: (await store.listDeadLetters({ unresolvedOnly: true, limit: 10_000 })).length,
              escalateAfterMinutes: config.ESCALATE_AFTER_MINUTES,
            }),
          );
        },
        enqueueExecution: (caseId, decisionId) => queue.enqueueExecution(caseId, decisionId),
      });
      log.info(result, 'escalation sweep done');
    },
    { connection, prefix: config.QUEUE_PREFIX, concurrency: 1 },
  );
  escalation.on('error', () => {});
  log.info({ port: server.port, dashboard: Boolean(config.ADMIN_USER) }, 'bot listening');
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await Promise.allSettled([caseReady.close(), escalation.close(), escalationQueue.close()]);
  await server.close();
  await queue.close();
  await db.$disconnect();
  return 0;
}
