import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { startDovecot } from '../test/support/dovecot.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../test/support/redis.js';
import { isPdfEmail } from './parse-rate.js';
import { loadCorpusEmails, percentile, sampleRss, sleep, startNodeChild, toMb, waitUntil, withMessageId } from './support.js';

const run = promisify(execFile);

export interface BacklogMemoryResult {
  messages: number;
  pdfMessages: number;
  drainSeconds: number;
  drainPerSecond: number;
  /** Highest VmRSS of the `pcse ingest` process while it drained the backlog. */
  peakRssMb: number;
  /** Median VmRSS over the second half of the drain. */
  steadyRssMb: number;
  /** VmRSS of an idle node process that imported the same modules (bench/idle-imports.ts). */
  idleImportsRssMb: number;
  /** peak ÷ idle-imports baseline. */
  ratio: number;
  /** RSS at each tenth of the drain, to see whether it grows with the backlog or levels off. */
  rssByDecileMb: number[];
}

/** Emails stored (cases, replies and ignored ones) plus dead letters: every message the worker has finished. */
async function countFinished(db: TestDatabase): Promise<number> {
  const [emails, dead] = await Promise.all([db.prisma.email.count(), db.prisma.deadLetter.count()]);
  return emails + dead;
}

/** VmRSS of `node --import tsx bench/idle-imports.ts`, sampled for a second after it says ready. */
async function measureIdleImports(): Promise<number> {
  const idle = startNodeChild(['--import', 'tsx', 'bench/idle-imports.ts'], {});
  try {
    await idle.waitForLine(/^ready$/, 60_000);
    await sleep(500);
    const sampler = sampleRss(idle.pid, 50);
    await sleep(1000);
    const samples = sampler.stop().map((s) => s.rss).sort((a, b) => a - b);
    return percentile(samples, 50);
  } finally {
    await idle.stop();
  }
}

/**
 * Resident memory of `pcse ingest` (a child process, IMAP mode) while it drains a backlog already waiting in
 * a throwaway Dovecot mailbox: peak and steady VmRSS from /proc, the drain rate, and the RSS of an idle process
 * with the same imports as the baseline. The backlog cycles the fixture/corpus/holdout emails with fresh
 * Message-IDs; messages with PDFs are included one in `pdfEvery` (each PDF costs a worker thread).
 */
export async function runBacklogMemoryBench(messages = 10_000, options: { pdfEvery?: number } = {}): Promise<BacklogMemoryResult> {
  const pdfEvery = options.pdfEvery ?? 100;
  const idleImportsRss = await measureIdleImports();
  const corpus = await loadCorpusEmails();
  const plain = corpus.filter((e) => !isPdfEmail(e.raw));
  const withPdf = corpus.filter((e) => isPdfEmail(e.raw));
  const db = await createTestDatabase('postgresql', 'bench_backlog');
  const dovecot = await startDovecot({ users: ['portalenquiries'] });
  const outbox = await mkdtemp(path.join(tmpdir(), 'pcse-bench-backlog-outbox-'));
  const prefix = uniqueRedisPrefix('bench-backlog');
  let ingest: ReturnType<typeof startNodeChild> | null = null;
  try {
    // Log in once so Dovecot creates the Maildir, then drop the backlog straight into new/ (Maildir delivery).
    const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: 'portalenquiries', pass: dovecot.passwordFor('portalenquiries') }, logger: false });
    client.on('error', () => undefined);
    await client.connect();
    await client.mailboxOpen('INBOX');
    await client.logout();
    const maildirNew = path.join(dovecot.dir, 'mail', 'portalenquiries', 'Maildir', 'new');
    await mkdir(maildirNew, { recursive: true });
    let pdfMessages = 0;
    const stamp = Math.floor(Date.now() / 1000);
    for (let n = 0; n < messages; n += 64) {
      await Promise.all(
        Array.from({ length: Math.min(64, messages - n) }, (_, k) => {
          const i = n + k;
          const usePdf = withPdf.length > 0 && pdfEvery > 0 && i % pdfEvery === pdfEvery - 1;
          const source = usePdf ? withPdf[Math.floor(i / pdfEvery) % withPdf.length]! : plain[i % plain.length]!;
          if (usePdf) pdfMessages++;
          const raw = withMessageId(source.raw, `<backlog-${i}-${prefix}@nhs.net>`).toString('latin1').replace(/\r?\n/g, '\n');
          return writeFile(path.join(maildirNew, `${stamp}.M${i}P1.bench`), raw, 'latin1');
        }),
      );
    }
    await run('chown', ['-R', 'dovecot:dovecot', path.join(dovecot.dir, 'mail')]);

    ingest = startNodeChild(['bin/pcse.js', 'ingest'], {
      DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: prefix,
      IMAP_HOST: dovecot.host, IMAP_PORT: String(dovecot.port), IMAP_TLS: 'false',
      MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries', MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
      // info, the production default: the per-message log lines are part of the cost.
      OUTBOX_DIR: outbox, ACK_HOURLY_CAP: '100000', LOG_LEVEL: 'info',
    });
    const child = ingest;
    const sampler = sampleRss(child.pid, 100);
    // The drain is timed from the worker's start-up line, so the tsx/module load is not counted as draining.
    await child.waitForLine(/ingest worker started/, 60_000);
    const started = performance.now();
    let finished = 0;
    await waitUntil(async () => {
      child.assertAlive();
      finished = await countFinished(db);
      return finished >= messages;
    }, () => `${messages} messages committed (${finished} so far)\n${child.tail()}`, 30 * 60_000, 500);
    const drainSeconds = (performance.now() - started) / 1000;
    const samples = sampler.stop();
    const secondHalf = samples.filter((s) => s.t >= samples[samples.length - 1]!.t / 2).map((s) => s.rss).sort((a, b) => a - b);
    const peak = Math.max(...samples.map((s) => s.rss));
    const end = samples[samples.length - 1]?.t ?? 0;
    const rssByDecileMb = Array.from({ length: 10 }, (_, d) => {
      const slice = samples.filter((s) => s.t >= (d / 10) * end && s.t < ((d + 1) / 10) * end).map((s) => s.rss);
      return toMb(slice.length ? Math.max(...slice) : 0);
    });
    return {
      messages,
      pdfMessages,
      drainSeconds: Math.round(drainSeconds * 10) / 10,
      drainPerSecond: Math.round((messages / drainSeconds) * 10) / 10,
      peakRssMb: toMb(peak),
      steadyRssMb: toMb(percentile(secondHalf, 50)),
      idleImportsRssMb: toMb(idleImportsRss),
      ratio: Math.round((peak / idleImportsRss) * 100) / 100,
      rssByDecileMb,
    };
  } finally {
    await ingest?.stop();
    await dovecot.stop();
    await db.drop();
    await rm(outbox, { recursive: true, force: true });
  }
}
