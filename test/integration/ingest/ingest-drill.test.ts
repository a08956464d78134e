import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_READY_QUEUE, createBullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { loadIngestConfig } from '../../../ingest/config.js';
import { startIngestWorker } from '../../../ingest/worker.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { startDovecot, type TestDovecot } from '../../support/dovecot.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';
import { SHARED_REDIS_URL, startRedis, uniqueRedisPrefix } from '../../support/redis.js';

/**
 * The crash drills: 1,000 emails arrive while the worker is killed, Redis goes away, or Dovecot
 * restarts. Afterwards there must be exactly 1,000 cases and 1,000 case-ready jobs: nothing lost,
 * nothing twice.
 */
const TOTAL = 1000;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

interface Rig { db: TestDatabase; dovecot: TestDovecot; env: Record<string, string>; prefix: string; redisUrl: string }

async function makeRig(label: string, redisUrl = SHARED_REDIS_URL): Promise<Rig> {
  const db = await createTestDatabase('postgresql', label);
  cleanups.push(() => db.drop());
  const dovecot = await startDovecot({ users: ['portalenquiries'] });
  cleanups.push(() => dovecot.stop());
  const prefix = uniqueRedisPrefix(label);
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.port),
    IMAP_TLS: 'false',
    MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries',
    MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
    OUTBOX_DIR: await mkdtemp(path.join(tmpdir(), 'pcse-drill-outbox-')),
    ACK_HOURLY_CAP: '100000',
    POLL_INTERVAL_SECONDS: '1',
    LOG_LEVEL: 'info',
  };
  return { db, dovecot, env, prefix, redisUrl };
}

/** Appends TOTAL distinct requests from another IMAP client, in batches, while the drill runs. */
async function appendAll(d: TestDovecot, onProgress?: (n: number) => Promise<void> | void): Promise<void> {
  for (let n = 0; n < TOTAL; ) {
    const client = new ImapFlow({ host: d.host, port: d.port, secure: false, auth: { user: 'portalenquiries', pass: d.passwordFor('portalenquiries') }, logger: false });
    client.on('error', () => undefined);
    try {
      await client.connect();
      for (; n < TOTAL; n++) {
        const { raw } = buildRequestEmail({ from: `sender${n % 50}@nhs.net`, subject: `Account locked ${n}`, messageId: `<drill-${n}@nhs.net>` });
        await client.append('INBOX', raw);
        await onProgress?.(n + 1);
      }
      await client.logout();
    } catch {
      // The server restarted under us: reconnect and carry on from the first unconfirmed append.
      // (An APPEND whose reply was lost may have landed; Message-ID + sha256 makes that a duplicate the store ignores.)
      client.close();
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function waitForCount(rig: Rig, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = await rig.db.prisma.email.count();
    const unqueued = await rig.db.prisma.case.count({ where: { queuedAt: null } });
    if (done >= TOTAL && unqueued === 0) return;
    if (Date.now() > deadline) throw new Error(`only ${done} emails stored, ${unqueued} cases unqueued`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function assertExactlyOnce(rig: Rig): Promise<void> {
  expect(await rig.db.prisma.case.count()).toBe(TOTAL);
  expect(await rig.db.prisma.email.count()).toBe(TOTAL);
  expect(await rig.db.prisma.deadLetter.count()).toBe(0);
  const queue = createBullmqCaseQueue({ redisUrl: rig.redisUrl, prefix: rig.prefix });
  try {
    const counts = (await queue.queueCounts())[CASE_READY_QUEUE]!;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(TOTAL);
  } finally {
    await queue.close();
  }
}

function spawnWorker(env: Record<string, string>): { child: ChildProcess; connected: Promise<void>; exited: Promise<void> } {
  const child = spawn(process.execPath, ['bin/pcse.js', 'ingest'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let onConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => { onConnected = resolve; });
  child.stdout?.on('data', (chunk: Buffer) => { if (chunk.toString().includes('imap connected')) onConnected(); });
  child.stderr?.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, connected, exited };
}

describe('ingest crash drills (1,000 emails each)', () => {
  it('survives 20+ SIGKILLs of the worker process at random moments', async () => {
    const rig = await makeRig('drill_kill');
    let current = spawnWorker(rig.env);
    cleanups.push(async () => { current.child.kill('SIGKILL'); await current.exited; });
    const appending = appendAll(rig.dovecot);
    let kills = 0;
    while (kills < 20) {
      await Promise.race([current.connected, new Promise((r) => setTimeout(r, 8000))]);
      // A random moment of its working life: connected, reading mail (the first emails take the extraction thread's warm-up).
      await new Promise((r) => setTimeout(r, Math.random() * 1500));
      current.child.kill('SIGKILL');
      await current.exited;
      kills++;
      current = spawnWorker(rig.env);
    }
    await appending;
    await waitForCount(rig, 240_000);
    current.child.kill('SIGTERM');
    await current.exited;
    expect(kills).toBeGreaterThanOrEqual(20);
    await assertExactlyOnce(rig);
    // Each of the 20 lives starts a process (launcher, database and Redis checks, the extraction thread's warm-up):
    // about 3 s on a quiet 2-core machine and twice that on a busy one, before the 1,000 emails are drained.
  }, 420_000);

  it('loses and duplicates nothing while Redis is stopped and restarted mid-run', async () => {
    const redis = await startRedis({ appendonly: true, dir: await mkdtemp(path.join(tmpdir(), 'pcse-drill-redis-')) });
    cleanups.push(() => redis.stop());
    const rig = await makeRig('drill_redis', redis.url);
    const worker = await startIngestWorker(loadIngestConfig(rig.env), { logger: pino({ level: 'silent' }), outboxIntervalMs: 1000 });
    cleanups.push(() => worker.stop());
    await appendAll(rig.dovecot, async (n) => {
      if (n === 250 || n === 700) {
        await redis.stop('SIGTERM');
        await new Promise((r) => setTimeout(r, 1500));
        await redis.start();
      }
    });
    await waitForCount(rig, 120_000);
    await assertExactlyOnce(rig);
  }, 180_000);

  it('loses and duplicates nothing while Dovecot restarts mid-run', async () => {
    const rig = await makeRig('drill_dovecot');
    const worker = await startIngestWorker(loadIngestConfig(rig.env), { logger: pino({ level: 'silent' }) });
    cleanups.push(() => worker.stop());
    const restarts = [200, 500, 800];
    await appendAll(rig.dovecot, async (n) => {
      if (restarts.includes(n)) await rig.dovecot.restart();
    });
    await waitForCount(rig, 120_000);
    await assertExactlyOnce(rig);
  }, 180_000);
});
