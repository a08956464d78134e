import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_READY_QUEUE, createBullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { migrateDatabase } from '../../../core/adapters/migrate.js';
import { findFreePort, startDovecot } from '../../support/dovecot.js';
import { appendEmails, sleep } from '../../support/drill-rig.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';

/**
 * Issue 14: PostgreSQL restarts twice while `pcse ingest` drains 1,000 emails. The process must ride it out (its
 * queries wait and retry; it does not exit) and every email must become exactly one case, queued once.
 * The cluster is a throwaway one (shared/NOTES.md), so the machine's PostgreSQL is never restarted.
 */
const TOTAL = 1000;
const PG_BIN = `/usr/lib/postgresql/${readdirSync('/usr/lib/postgresql')[0]}/bin`;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await Promise.resolve().then(c).catch(() => undefined);
});

interface Cluster { url: string; stop(): void; start(): void }

/** initdb + pg_ctl start on a free port, as the postgres user (PostgreSQL refuses to run as root). */
async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pcse-pg-restart-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const port = await findFreePort();
  const asPostgres = (bin: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args], { stdio: 'ignore', timeout: 60_000 });
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust']);
  const start = () => asPostgres('pg_ctl', ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, 'start']);
  const stop = () => asPostgres('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
  start();
  cleanups.push(() => { try { stop(); } catch { /* already stopped */ } rmSync(dir, { recursive: true, force: true }); });
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE pcse');
  await admin.end();
  return { url: `postgresql://postgres@127.0.0.1:${port}/pcse`, stop, start };
}

async function countOnce(url: string): Promise<{ emails: number; cases: number; unqueued: number; deadLetters: number }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const one = async (sql: string) => Number((await client.query(sql)).rows[0].n);
    return {
      emails: await one('SELECT count(*) AS n FROM "Email"'),
      cases: await one('SELECT count(*) AS n FROM "Case"'),
      unqueued: await one('SELECT count(*) AS n FROM "Case" WHERE "queuedAt" IS NULL'),
      deadLetters: await one('SELECT count(*) AS n FROM "DeadLetter"'),
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('PostgreSQL restart mid-drain (issue 14)', () => {
  it('ingest rides out two PostgreSQL restarts: 1,000 emails, each exactly one case, queued once', async () => {
    const cluster = await startCluster();
    await migrateDatabase(cluster.url);
    const dovecot = await startDovecot({ users: ['portalenquiries'] });
    cleanups.push(() => dovecot.stop());
    const prefix = uniqueRedisPrefix('pg_restart');
    const env = {
      DATABASE_URL: cluster.url,
      REDIS_URL: SHARED_REDIS_URL,
      QUEUE_PREFIX: prefix,
      IMAP_HOST: dovecot.host,
      IMAP_PORT: String(dovecot.port),
      IMAP_TLS: 'false',
      MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries',
      MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
      OUTBOX_DIR: await mkdtemp(path.join(tmpdir(), 'pcse-pg-restart-outbox-')),
      ACK_HOURLY_CAP: '100000',
      POLL_INTERVAL_SECONDS: '1',
      LOG_LEVEL: 'info',
    };
    const launcher: ChildProcess = spawn(process.execPath, ['bin/pcse.js', 'ingest'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const keep = (c: Buffer) => { output = (output + c.toString()).slice(-20_000); };
    launcher.stdout?.on('data', keep);
    launcher.stderr?.on('data', keep);
    const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()));
    cleanups.push(async () => { if (launcher.exitCode === null && launcher.signalCode === null) { process.kill(-launcher.pid!, 'SIGKILL'); await exited; } });

    // The mailbox is full first; PostgreSQL is restarted when ingest has stored 300 and then 700 of them, so each
    // restart is mid-drain by what the database holds, not by how fast the test appends.
    await appendEmails(dovecot, TOTAL, { messageIdPrefix: 'pg-restart' });
    const storedAtRestart: number[] = [];
    const deadline = Date.now() + 240_000;
    for (;;) {
      const c = await countOnce(cluster.url).catch(() => null);
      const nextAt = [300, 700][storedAtRestart.length];
      if (c && nextAt !== undefined && c.emails >= nextAt) {
        storedAtRestart.push(c.emails);
        cluster.stop();
        await sleep(1500);
        cluster.start();
        continue;
      }
      if (c && c.emails >= TOTAL && c.unqueued === 0) break;
      if (launcher.exitCode !== null || launcher.signalCode !== null) throw new Error(`ingest exited (${launcher.exitCode ?? launcher.signalCode}): ${output}`);
      if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(c)}`);
      await sleep(250);
    }
    expect(storedAtRestart).toHaveLength(2);
    expect(storedAtRestart.every((n) => n < TOTAL)).toBe(true);
    expect(await countOnce(cluster.url)).toEqual({ emails: TOTAL, cases: TOTAL, unqueued: 0, deadLetters: 0 });
    const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix });
    try {
      const counts = (await queue.queueCounts())[CASE_READY_QUEUE]!;
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(TOTAL);
    } finally {
      await queue.close();
    }
    process.kill(-launcher.pid!, 'SIGTERM');
    await exited;
    expect(launcher.exitCode).toBe(0);
  }, 420_000);
});
