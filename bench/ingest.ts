import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { pino } from 'pino';
import { createBullmqCaseQueue } from '../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../core/adapters/database.js';
import { createOutboxMailer } from '../core/adapters/outbox-mailer.js';
import { createPrismaStores } from '../core/adapters/prisma-stores.js';
import { loadIngestConfig } from '../ingest/config.js';
import { useExtractionSandbox } from '../ingest/extract/sandbox.js';
import { createMessageProcessor, ingestStoreFrom } from '../ingest/process-message.js';
import { startIngestWorker } from '../ingest/worker.js';
import { createTestDatabase } from '../test/support/database.js';
import { startDovecot, type TestDovecot } from '../test/support/dovecot.js';
import { buildRequestEmail } from '../test/support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../test/support/redis.js';

export interface IngestBenchResult {
  messages: number;
  rawFetchParsePerSecond: number;
  /**
   * From a started worker (its database pool open, its extraction thread loaded and its mailbox logged in, as the
   * baseline's connection is open and logged in) until every message is committed: fetching, extracting,
   * committing, queueing and flagging. The acknowledgements the batches wake wait for a pause in the backlog (at most 10 s, process-message.ts),
   * so in a 300-message run they are sent mostly after this clock stops.
   */
  fullIngestPerSecond: number;
  /** What starting `pcse ingest`'s worker cost before that (startIngestWorker), and the rate with it counted. */
  startupMs: number;
  withStartupPerSecond: number;
  /** full path ÷ raw fetch + parse: how much of the raw speed the durable path keeps. */
  ratio: number;
  appendToCommittedMs: { p50: number; p95: number; samples: number };
  /**
   * Where one message's time goes once it has been fetched: the median ms of the whole handler (extract, DKIM,
   * commit, enqueue, acknowledge) and of each store, queue and mailer call it makes, over `samples` messages.
   * What is left of `handler` after the calls is extraction, DKIM and logging.
   */
  handlerMedianMs: { samples: number; handler: number; calls: Record<string, number> };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function connect(d: TestDovecot): Promise<ImapFlow> {
  const client = new ImapFlow({ host: d.host, port: d.port, secure: false, auth: { user: 'portalenquiries', pass: d.passwordFor('portalenquiries') }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Wraps every method of `target` so each call's duration (until its promise settles) is recorded under `label.method`. */
function timed<T extends object>(target: T, label: string, durations: Map<string, number[]>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const started = performance.now();
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.finally(() => {
          const key = `${label}.${String(property)}`;
          durations.set(key, [...(durations.get(key) ?? []), performance.now() - started]);
        });
      };
    },
  });
}

/** Runs `samples` fresh emails through the ingest handler against the bench's database, timing each port call. */
async function measureHandler(databaseUrl: string, samples: number): Promise<IngestBenchResult['handlerMedianMs']> {
  const durations = new Map<string, number[]>();
  const prisma = await openDatabase(databaseUrl);
  const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix: uniqueRedisPrefix('bench-stages') });
  const release = await useExtractionSandbox();
  try {
    const processor = createMessageProcessor({
      store: timed(ingestStoreFrom(createPrismaStores(prisma)), 'store', durations),
      queue: timed(queue, 'queue', durations),
      mailer: timed(createOutboxMailer({ dir: await mkdtemp(path.join(tmpdir(), 'pcse-bench-stages-')), from: 'portalenquiries@nhs.net' }), 'mailer', durations),
      ackLimiter: null,
      logger: pino({ level: 'silent' }),
      trustedAuthServId: null,
    });
    const handler: number[] = [];
    // The first few warm the extraction thread and the connection pools; they are not counted.
    const warmUp = 10;
    for (let n = 0; n < samples + warmUp; n++) {
      const { raw } = buildRequestEmail({ from: `stages${n % 20}@nhs.net`, subject: `Account locked ${n}`, messageId: `<stages-${n}@nhs.net>` });
      if (n === warmUp) durations.clear();
      const started = performance.now();
      await processor.process({ mailbox: 'portalenquiries', sourceKey: `bench-stages:${n}`, uidValidity: '1', uid: n + 1, raw: Buffer.from(raw), size: raw.length, receivedAt: new Date() });
      if (n >= warmUp) handler.push(performance.now() - started);
    }
    const median = (values: number[]): number => Math.round(percentile([...values].sort((a, b) => a - b), 50) * 10) / 10;
    const calls = [...durations].sort((a, b) => median(b[1]) - median(a[1])).map(([k, v]) => [k, median(v)] as const);
    return { samples, handler: median(handler), calls: Object.fromEntries(calls) };
  } finally {
    await release();
    await queue.close();
    await prisma.$disconnect();
  }
}

/**
 * Emails per second through the whole ingest path (IMAP fetch, extract, DKIM, PostgreSQL commit,
 * BullMQ enqueue, flag, acknowledgement to an outbox folder) next to a bare imapflow FETCH + mailparser
 * over the same messages, and the latency from APPEND to a committed case.
 */
export async function runIngestBench(messages = 300, latencySamples = 40): Promise<IngestBenchResult> {
  const db = await createTestDatabase('postgresql', 'bench_ingest');
  const dovecot = await startDovecot({ users: ['portalenquiries'] });
  try {
    const writer = await connect(dovecot);
    for (let n = 0; n < messages; n++) {
      await writer.append('INBOX', buildRequestEmail({ from: `bench${n % 20}@nhs.net`, subject: `Account locked ${n}`, messageId: `<bench-${n}@nhs.net>` }).raw);
    }

    // Baseline: fetch every message's source and parse it, nothing else.
    const reader = await connect(dovecot);
    const lock = await reader.getMailboxLock('INBOX');
    const rawStart = performance.now();
    let parsed = 0;
    for await (const msg of reader.fetch('1:*', { source: true })) {
      if (msg.source) await simpleParser(msg.source);
      parsed++;
    }
    const rawSeconds = (performance.now() - rawStart) / 1000;
    lock.release();
    await reader.logout();

    const env = {
      DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: uniqueRedisPrefix('bench'),
      IMAP_HOST: dovecot.host, IMAP_PORT: String(dovecot.port), IMAP_TLS: 'false',
      MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries', MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
      OUTBOX_DIR: await mkdtemp(path.join(tmpdir(), 'pcse-bench-outbox-')), ACK_HOURLY_CAP: '100000',
    };
    // The baseline's clock starts with its connection open and logged in; ours once the worker is started and has
    // logged in to the mailbox (the scan starts at once after the login, on the clock). Start-up, the login
    // included, is reported beside it.
    const startupStart = performance.now();
    const worker = await startIngestWorker(loadIngestConfig(env), { logger: pino({ level: 'silent' }) });
    await worker.mailboxesReached;
    const fullStart = performance.now();
    while ((await db.prisma.email.count()) < messages) await new Promise((r) => setTimeout(r, 20));
    const fullSeconds = (performance.now() - fullStart) / 1000;
    const startupMs = fullStart - startupStart;

    const latencies: number[] = [];
    for (let i = 0; i < latencySamples; i++) {
      const messageId = `<latency-${i}@nhs.net>`;
      const started = performance.now();
      await writer.append('INBOX', buildRequestEmail({ from: 'latency@nhs.net', subject: `Latency ${i}`, messageId }).raw);
      while (!(await db.prisma.email.findFirst({ where: { messageId }, select: { id: true } }))) await new Promise((r) => setTimeout(r, 5));
      latencies.push(performance.now() - started);
    }
    await worker.stop();
    await writer.logout();
    latencies.sort((a, b) => a - b);
    const handlerMedianMs = await measureHandler(db.url, Math.min(100, messages));
    const rawRate = parsed / rawSeconds;
    const fullRate = messages / fullSeconds;
    return {
      messages,
      rawFetchParsePerSecond: Math.round(rawRate),
      fullIngestPerSecond: Math.round(fullRate * 10) / 10,
      startupMs: Math.round(startupMs),
      withStartupPerSecond: Math.round((messages / (fullSeconds + startupMs / 1000)) * 10) / 10,
      ratio: Math.round((fullRate / rawRate) * 1000) / 1000,
      appendToCommittedMs: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), samples: latencies.length },
      handlerMedianMs,
    };
  } finally {
    await dovecot.stop();
    await db.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runIngestBench(Number(process.argv[2] ?? 300)), null, 2));
}
