import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createBullmqCaseQueue, parseRedisUrl, type BullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { openAllStorePorts, type AllStorePorts, openPrismaDirectory } from '../../support/all-store-ports.js';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import type { Mailbox } from '../../../core/domain/case.js';
import { createAckRateLimiter } from '../../../ingest/ack-rate-limit.js';
import { createMessageProcessor, type ProcessOutcome } from '../../../ingest/process-message.js';
import type { SourceMessage } from '../../../ingest/sources/source-message.js';
import type { DNSResolver } from '../../../ingest/verify-dkim.js';
import { createTestDatabase, type TestDatabase, type TestProvider } from '../../support/database.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';

/** The source's size cap (MAX_MESSAGE_BYTES default): larger messages reach the pipeline with raw = null. */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/** Answers no DKIM key at all: the run must never reach the network. */
export const noDnsResolver: DNSResolver = async (name: string) => {
  throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};

export interface IngestHarness {
  db: TestDatabase;
  store: AllStorePorts;
  queue: BullmqCaseQueue;
  sink: SmtpSink;
  prefix: string;
  /**
   * The fake message source: offers one message to the real processor as a mailbox source would
   * (size cap before download, retried while the processor throws, up to `maxAttempts`), and
   * returns its final outcome and how many attempts threw first.
   */
  deliver(input: { mailbox: Mailbox; sourceKey: string; raw: Buffer; receivedAt?: Date }): Promise<{ outcome: ProcessOutcome; thrown: unknown[] }>;
  /** The processor a real mailbox source (imap-mailbox.ts against Dovecot) hands its messages to. */
  process(message: SourceMessage): Promise<ProcessOutcome>;
  stop(): Promise<void>;
}

/**
 * The full ingest path with only the message source replaced: the real message processor (extract →
 * DKIM → commit → enqueue → acknowledge), the real Prisma store on a fresh database, the real BullMQ
 * queue on the machine's Redis under a unique prefix, the real ack rate limiter on that Redis, and
 * nodemailer sending acknowledgements to a real SMTP sink.
 */
export async function startIngestHarness(options: {
  provider: TestProvider;
  label: string;
  dnsResolver?: DNSResolver;
  trustedAuthServId?: string | null;
  ackHourlyCap?: number;
  maxAttempts?: number;
  extractionTimeoutMs?: number;
  /** Give the processor the directory (on the harness's database), as `pcse ingest` does. */
  withDirectory?: boolean;
}): Promise<IngestHarness> {
  const db = await createTestDatabase(options.provider, options.label);
  const store = openAllStorePorts(db.prisma);
  const prefix = uniqueRedisPrefix(options.label);
  const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix });
  const redis = new Redis({ ...parseRedisUrl(SHARED_REDIS_URL), maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  const sink = await startSmtpSink();
  const mailers = new Map<Mailbox, ReturnType<typeof createSmtpMailer>>();
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }, pino.destination(2));
  const ackLimiter = createAckRateLimiter(redis, { prefix, hourlyCap: options.ackHourlyCap ?? 5 });
  const maxAttempts = options.maxAttempts ?? 3;
  const processors = new Map<Mailbox, ReturnType<typeof createMessageProcessor>>();
  const processorFor = (mailbox: Mailbox) => {
    let p = processors.get(mailbox);
    if (!p) {
      const mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: `${mailbox}@nhs.net` });
      mailers.set(mailbox, mailer);
      p = createMessageProcessor({
        store, queue, mailer, ackLimiter, logger, trustedAuthServId: options.trustedAuthServId ?? null,
        dnsResolver: options.dnsResolver ?? noDnsResolver, maxAttempts, extractionTimeoutMs: options.extractionTimeoutMs,
        ...(options.withDirectory ? { directory: openPrismaDirectory(db.prisma) } : {}),
      });
      processors.set(mailbox, p);
    }
    return p;
  };

  return {
    db, store, queue, sink, prefix,
    process: (message) => processorFor(message.mailbox).process(message),
    async deliver({ mailbox, sourceKey, raw, receivedAt }) {
      const message: SourceMessage = {
        mailbox, sourceKey, uidValidity: null, uid: null,
        raw: raw.length > MAX_MESSAGE_BYTES ? null : raw,
        size: raw.length,
        receivedAt: receivedAt ?? new Date(),
      };
      const thrown: unknown[] = [];
      for (;;) {
        try {
          return { outcome: await processorFor(mailbox).process(message), thrown };
        } catch (error) {
          thrown.push(error);
          // The processor dead-letters after maxAttempts; a throw beyond that is an outage or a bug.
          if (thrown.length > maxAttempts) throw error;
        }
      }
    },
    async stop() {
      for (const m of mailers.values()) m.close();
      await queue.close();
      redis.disconnect();
      await sink.stop();
      await db.drop();
    },
  };
}
