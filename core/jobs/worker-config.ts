import { z } from 'zod';
import { DatabaseConfigSchema, MailConfigSchema, OAuthConfigSchema, RedisConfigSchema, parseConfig, positiveInt, resolveOAuthClient } from '../config.js';
import { MAILBOXES, type Mailbox } from '../domain/case.js';

const WorkerConfigSchema = DatabaseConfigSchema.merge(RedisConfigSchema)
  .merge(MailConfigSchema)
  .merge(OAuthConfigSchema)
  .extend({
    /** Attempts per execute-case job before the case is marked failed for supervisors. */
    EXECUTE_ATTEMPTS: positiveInt(8),
    WORKER_CONCURRENCY: positiveInt(4),
    MAILBOX_PORTALENQUIRIES_ADDRESS: z.string().email().default('pcse.portalenquiries@nhs.net'),
    MAILBOX_DATAMANAGER_ADDRESS: z.string().email().default('pcse.datamanager@nhs.net'),
    MAILBOX_OPENEXETER_ADDRESS: z.string().email().default('pcse.openexeter@nhs.net'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  });

/** `pcse worker`'s configuration: where the store, the queue and outgoing mail are. */
export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  smtpUrl: string | null;
  outboxDir: string | null;
  oauth: ReturnType<typeof resolveOAuthClient>;
  attempts: number;
  concurrency: number;
  /** The address replies for each mailbox come from (the shared mailbox the request went to). */
  fromAddress: Record<Mailbox, string>;
  logLevel: string;
}

/** Parses the environment once; throws ConfigError listing every bad key. */
export function loadWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  const c = parseConfig(WorkerConfigSchema, env);
  const fromAddress = Object.fromEntries(
    MAILBOXES.map((m) => [m, c[`MAILBOX_${m.toUpperCase()}_ADDRESS` as 'MAILBOX_DATAMANAGER_ADDRESS']]),
  ) as Record<Mailbox, string>;
  return {
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    queuePrefix: c.QUEUE_PREFIX,
    smtpUrl: c.SMTP_URL ?? null,
    outboxDir: c.OUTBOX_DIR ?? null,
    oauth: resolveOAuthClient(c),
    attempts: c.EXECUTE_ATTEMPTS,
    concurrency: c.WORKER_CONCURRENCY,
    fromAddress,
    logLevel: c.LOG_LEVEL,
  };
}
