import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { pino } from 'pino';
import { loadIngestConfig } from '../ingest/config.js';
import { startIngestWorker } from '../ingest/worker.js';
import { createTestDatabase } from '../test/support/database.js';
import { startDovecot, type TestDovecot } from '../test/support/dovecot.js';
import { buildRequestEmail } from '../test/support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../test/support/redis.js';

export interface IngestBenchResult {
  messages: number;
  rawFetchParsePerSecond: number;
  fullIngestPerSecond: number;
  /** full path ÷ raw fetch + parse: how much of the raw speed the durable path keeps. */
  ratio: number;
  appendToCommittedMs: { p50: number; p95: number; samples: number };
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
    const fullStart = performance.now();
    const worker = await startIngestWorker(loadIngestConfig(env), { logger: pino({ level: 'silent' }) });
    while ((await db.prisma.email.count()) < messages) await new Promise((r) => setTimeout(r, 20));
    const fullSeconds = (performance.now() - fullStart) / 1000;

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
    const rawRate = parsed / rawSeconds;
    const fullRate = messages / fullSeconds;
    return {
      messages,
      rawFetchParsePerSecond: Math.round(rawRate),
      fullIngestPerSecond: Math.round(fullRate * 10) / 10,
      ratio: Math.round((fullRate / rawRate) * 1000) / 1000,
      appendToCommittedMs: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), samples: latencies.length },
    };
  } finally {
    await dovecot.stop();
    await db.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runIngestBench(Number(process.argv[2] ?? 300)), null, 2));
}
