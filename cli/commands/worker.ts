import { pino } from 'pino';
import { createExecutionWorker, createBullmqCaseQueue } from '../../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../../core/adapters/database.js';
import { createOutboxMailer } from '../../core/adapters/outbox-mailer.js';
import { PrismaCaseStore } from '../../core/adapters/prisma-case-store.js';
import { PrismaDirectory } from '../../core/adapters/prisma-directory.js';
import { createSmtpMailer } from '../../core/adapters/smtp-mailer.js';
import { ConfigError } from '../../core/config.js';
import type { Mailbox } from '../../core/domain/case.js';
import { handleExecuteCase } from '../../core/jobs/execute-case.js';
import { loadWorkerConfig } from '../../core/jobs/worker-config.js';
import type { Mailer } from '../../core/ports.js';
import { createCardPublisher } from '../../bot/card-publisher.js';
import { parseBotConfig, BotConfigError } from '../../bot/config.js';
import { createTeamsAdapter } from '../../bot/teams-adapter.js';
import { createClientCredentialsTokenSource } from '../../ingest/sources/oauth2-token.js';
import { renderEmail } from '../../templates/email/index.js';

/**
 * `pcse worker`: runs `execute-case` jobs until SIGTERM/SIGINT: applies approved cases to the directory, sends
 * the replies and moves cases on; then replaces each case's Teams card (when the bot's keys are configured).
 */
export async function runWorker(): Promise<number> {
  let config;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const log = pino({ level: config.logLevel, base: { process: 'worker' } });
  const db = await openDatabase(config.databaseUrl);
  const store = new PrismaCaseStore(db);
  const directory = new PrismaDirectory(db);
  const tokens = config.oauth ? createClientCredentialsTokenSource(config.oauth) : null;
  const closers: (() => void)[] = [];
  const mailers = new Map<Mailbox, Mailer>();
  const mailerFor = (mailbox: Mailbox): Mailer => {
    let mailer = mailers.get(mailbox);
    if (!mailer) {
      const from = config.fromAddress[mailbox];
      if (config.smtpUrl) {
        const smtp = createSmtpMailer({ smtpUrl: config.smtpUrl, from, ...(tokens ? { oauth2: { user: from, getAccessToken: () => tokens.getAccessToken() } } : {}) });
        closers.push(() => smtp.close());
        mailer = smtp;
      } else {
        mailer = createOutboxMailer({ dir: config.outboxDir ?? 'var/outbox', from });
      }
      mailers.set(mailbox, mailer);
    }
    return mailer;
  };
  // Card updates need the bot's identity; without it the cards catch up on their next refresh.
  let updateCard: ((caseId: string) => Promise<void>) | undefined;
  if (process.env.MicrosoftAppId || process.env.BOT_LOCAL_MODE) {
    try {
      const botConfig = parseBotConfig(process.env);
      const queue = createBullmqCaseQueue({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
      closers.push(() => void queue.close());
      const publisher = createCardPublisher(
        { config: botConfig, store, queue, directory, deadLetterCount: async () => 0, log },
        createTeamsAdapter(botConfig),
      );
      updateCard = async (caseId) => {
        await publisher.updateCaseCard(caseId);
      };
    } catch (error) {
      if (!(error instanceof BotConfigError)) throw error;
      log.warn({ issues: error.issues }, 'bot configuration incomplete: Teams cards will not be updated by the worker');
    }
  }
  const worker = createExecutionWorker(
    async (data, job) => {
      const outcome = await handleExecuteCase(
        {
          cases: store,
          executor: (c) => ({ cases: store, directory, replies: store, mailer: mailerFor(c.mailbox), renderEmail }),
          maxAttempts: config.attempts,
          onCaseChanged: updateCard,
        },
        data,
        job,
      );
      log.info({ caseId: data.caseId, decisionId: data.decisionId, outcome }, 'execute-case done');
    },
    { redisUrl: config.redisUrl, prefix: config.queuePrefix, concurrency: config.concurrency },
  );
  worker.on('failed', (job, error) => log.warn({ jobId: job?.id, code: (error as { code?: string }).code ?? error.name }, 'execute-case failed; will retry'));
  log.info({ concurrency: config.concurrency }, 'worker started');
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await worker.close();
  for (const close of closers) close();
  await db.$disconnect();
  return 0;
}
