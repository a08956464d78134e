import path from 'node:path';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { createBullmqCaseQueue } from '../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../core/adapters/database.js';
import { createOutboxMailer } from '../core/adapters/outbox-mailer.js';
import { createPrismaStores } from '../core/adapters/prisma-stores.js';
import { parseRedisUrl } from '../core/adapters/bullmq-case-queue.js';
import { createSmtpMailer } from '../core/adapters/smtp-mailer.js';
import type { Mailbox } from '../core/domain/case.js';
import type { Mailer } from '../core/ports.js';
import { createAckRateLimiter } from './ack-rate-limit.js';
import type { IngestConfig, MailboxConfig } from './config.js';
import { flushOutbox } from './flush-outbox.js';
import { useExtractionSandbox } from './extract/sandbox.js';
import { createMessageProcessor, ingestStoreFrom } from './process-message.js';
import { startImapMailbox, type ImapAuth } from './sources/imap-mailbox.js';
import { startMaildir } from './sources/maildir.js';
import { createClientCredentialsTokenSource } from '../core/adapters/oauth2-token.js';
import type { RunningSource } from './sources/source-message.js';
import type { DNSResolver } from './verify-dkim.js';

export interface IngestWorkerOverrides {
  logger?: Logger;
  /** DNS for DKIM keys (tests serve their own). */
  dnsResolver?: DNSResolver;
  /** How often the outbox relay runs (default 30 s). */
  outboxIntervalMs?: number;
  /** The extraction thread, already starting (useExtractionSandbox); the worker releases it when it stops. */
  extractionSandbox?: Promise<() => Promise<void>>;
}

export interface RunningIngestWorker {
  stop(): Promise<void>;
  /**
   * Settles once every mailbox has been reached (logged in), or the worker stopped: from then on the worker reads
   * mail. Start-up does not wait for it, since a mailbox server that is down must not keep the relay from running.
   */
  readonly mailboxesReached: Promise<void>;
}

const RETENTION_INTERVAL_MS = 6 * 3600_000;
/** The first early retry of acknowledgements a pass left due (SMTP down); doubled each time, up to the relay interval. */
const ACK_RETRY_FIRST_MS = 1000;

/**
 * `pcse ingest`: one source per mailbox (IMAP, or Maildir folders under DROP_DIR/<mailbox>) feeding the
 * ingest path, plus two scheduled jobs: the outbox relay (at start-up, so a crash between commit and
 * enqueue heals on restart, then periodically: committed cases to the queue, due acknowledgements to SMTP)
 * and the retention purge of raw emails.
 */
export async function startIngestWorker(config: IngestConfig, overrides: IngestWorkerOverrides = {}): Promise<RunningIngestWorker> {
  const logger = overrides.logger ?? pino({ level: config.logLevel, base: { process: 'ingest' } });
  const db = await openDatabase(config.databaseUrl);
  const stores = createPrismaStores(db);
  const { directory } = stores;
  const store = ingestStoreFrom(stores);
  const queue = createBullmqCaseQueue({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
  const redis = new Redis({ ...parseRedisUrl(config.redisUrl), maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  const ackLimiter = createAckRateLimiter(redis, { prefix: config.queuePrefix, hourlyCap: config.ackHourlyCap });
  const tokens = config.oauth ? createClientCredentialsTokenSource(config.oauth) : null;

  const closers: (() => void)[] = [];
  const mailerFor = (m: MailboxConfig): Mailer => {
    if (config.smtpUrl) {
      const mailer = createSmtpMailer({
        smtpUrl: config.smtpUrl,
        from: m.address,
        ...(tokens && !m.password ? { oauth2: { user: m.user, getAccessToken: () => tokens.getAccessToken() } } : {}),
      });
      closers.push(() => mailer.close());
      return mailer;
    }
    return createOutboxMailer({ dir: config.outboxDir ?? 'var/outbox', from: m.address });
  };

  const releaseSandbox = await (overrides.extractionSandbox ?? useExtractionSandbox());
  const sources: RunningSource[] = [];
  const processors: { mailbox: Mailbox; flushAcknowledgements(mailbox: Mailbox): Promise<number>; drain(): Promise<void> }[] = [];
  for (const m of config.mailboxes) {
    const processor = createMessageProcessor({
      store, queue, mailer: mailerFor(m), ackLimiter, logger, trustedAuthServId: config.trustedAuthServId, dnsResolver: overrides.dnsResolver, directory, scans: config.scanReading,
    });
    processors.push({ mailbox: m.mailbox, flushAcknowledgements: processor.flushAcknowledgements, drain: processor.drain });
    if (config.mode === 'maildir') {
      sources.push(startMaildir({ mailbox: m.mailbox, dir: path.join(config.dropDir ?? 'var/drop', m.mailbox), maxMessageBytes: config.maxMessageBytes, logger }, processor));
    } else {
      const imap = config.imap;
      if (!imap) throw new Error('IMAP mode without IMAP_HOST');
      const auth: ImapAuth = m.password ? { password: m.password } : tokens ?? { password: '' };
      sources.push(startImapMailbox({
        mailbox: m.mailbox, host: imap.host, port: imap.port, secure: imap.secure, user: m.user, auth, folder: m.folder,
        processedFolder: config.processedFolder, maxMessageBytes: config.maxMessageBytes, pollIntervalMs: config.pollIntervalMs,
        cursorStore: stores.cursors, logger,
      }, processor));
    }
  }

  const relayIntervalMs = overrides.outboxIntervalMs ?? 30_000;
  let ackRetryDelayMs = ACK_RETRY_FIRST_MS;
  let ackRetryTimer: NodeJS.Timeout | null = null;
  let stopping = false;
  /**
   * Acknowledgements a pass could not send (SMTP down or refusing) are tried again sooner than the next regular pass,
   * backing off (1 s, 2 s, 4 s … up to the relay interval) while they keep failing, so an outage is not hammered and
   * the outbox drains within moments of the server coming back.
   */
  const retryLeftoverAcknowledgements = async (): Promise<void> => {
    // A pass a batch woke in the background may hold claims right now: let it finish (it releases what it could not
    // send), or an outage would look like nothing left due and the retries would stop until the next regular pass.
    await Promise.race([Promise.all(processors.map((p) => p.drain())), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    const due = await Promise.all(processors.map((p) => store.listDueAcknowledgements(p.mailbox, 1).catch(() => [])));
    if (!due.some((list) => list.length > 0)) {
      ackRetryDelayMs = ACK_RETRY_FIRST_MS;
      return;
    }
    if (ackRetryTimer || stopping) return;
    logger.info({ retryInMs: ackRetryDelayMs }, 'acknowledgements still due after the relay pass; retrying with backoff');
    ackRetryTimer = setTimeout(() => {
      ackRetryTimer = null;
      void relay();
    }, ackRetryDelayMs);
    ackRetryDelayMs = Math.min(ackRetryDelayMs * 2, relayIntervalMs);
  };
  let relaying = false;
  const relay = async (): Promise<void> => {
    // A slow pass (SMTP timing out) must not overlap the next one; the claims would keep them apart, but the
    // passes would pile up.
    if (relaying) return;
    relaying = true;
    try {
      const queued = await flushOutbox(store, queue).catch((error: Error & { code?: string }) => {
        logger.warn({ err: { message: error.message, code: error.code } }, 'outbox relay failed');
        return 0;
      });
      if (queued > 0) logger.info({ queued }, 'outbox relay queued committed cases');
      // The acknowledgement half of the outbox: one left due by a crash or by a failed send (SMTP down) is sent
      // here, without waiting for another email to arrive in that mailbox. Each mailbox replies from its own address.
      for (const p of processors) {
        const acknowledged = await p.flushAcknowledgements(p.mailbox);
        if (acknowledged > 0) logger.info({ mailbox: p.mailbox, acknowledged }, 'outbox relay sent due acknowledgements');
      }
      await retryLeftoverAcknowledgements();
    } finally {
      relaying = false;
    }
  };
  const purge = async (): Promise<void> => {
    const cutoff = new Date(Date.now() - config.retentionDays * 86_400_000);
    const { purged } = await stores.retention.purgeRawEmailsOlderThan(cutoff).catch(() => ({ purged: 0 }));
    if (purged > 0) logger.info({ purged, retentionDays: config.retentionDays }, 'raw emails purged');
  };
  void relay();
  void purge();
  const relayTimer = setInterval(() => void relay(), relayIntervalMs);
  const purgeTimer = setInterval(() => void purge(), RETENTION_INTERVAL_MS);
  logger.info({ mode: config.mode, mailboxes: config.mailboxes.map((m) => m.mailbox) }, 'ingest worker started');

  return {
    mailboxesReached: Promise.all(sources.map((s) => s.reached)).then(() => undefined),
    async stop() {
      stopping = true;
      clearInterval(relayTimer);
      if (ackRetryTimer) clearTimeout(ackRetryTimer);
      clearInterval(purgeTimer);
      await Promise.all(sources.map((s) => s.stop()));
      // Acknowledgement passes the last batches woke finish before the mailers and the database close.
      await Promise.all(processors.map((p) => p.drain()));
      // Every source has finished its message in flight, so no extraction is cut short here.
      await releaseSandbox();
      for (const close of closers) close();
      await queue.close();
      redis.disconnect();
      await db.$disconnect();
    },
  };
}
