import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { startDovecot } from '../test/support/dovecot.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../test/support/redis.js';
import { readFileSync } from 'node:fs';
import { emailWithPdf } from '../test/support/flate-bomb.js';
import { isPdfEmail } from './parse-rate.js';

const SCAN_FIXTURES = ['scan-gpp-certification-signed.pdf', 'scan-gpp-certification-unsigned.pdf', 'scan-unreadable.pdf'];
import { loadCorpusEmails, percentile, processTree, readRssBytes, sampleRss, sleep, startNodeChild, toMb, waitUntil, withMessageId } from './support.js';

const run = promisify(execFile);

export interface BacklogMemoryResult {
  messages: number;
  pdfMessages: number;
  /** Emails attaching a scanned form (OCR'd; the three scan fixtures in turn, so each is OCR'd once and then cached). */
  scanMessages: number;
  drainSeconds: number;
  drainPerSecond: number;
  /**
   * Highest VmRSS of `pcse ingest` while it drained the backlog: the sum over the process and its descendants
   * (bin/pcse.js starts the real worker as a child to give it a heap ceiling; that parent is counted too, its
   * shared pages twice, so this errs high).
   */
  peakRssMb: number;
  /** Median VmRSS of bin/pcse.js's heap-ceiling parent alone (0 when the worker ran in the first process). */
  wrapperRssMb: number;
  /** Median VmRSS over the second half of the drain. */
  steadyRssMb: number;
  /** Which code `pcse ingest` ran (bin/pcse.js: dist/ when the build is current, else tsx). */
  runtime: string;
  /** VmRSS of an idle node process that imported the same modules with the same runtime (the baseline). */
  idleImportsRssMb: number;
  /** peak ÷ idle-imports baseline. */
  ratio: number;
  /** RSS at each tenth of the drain, to see whether it grows with the backlog or levels off. */
  rssByDecileMb: number[];
  /** The child's own process.memoryUsage() (PCSE_MEMORY_LOG_MS) at its highest RSS and at the median of the second half. */
  memoryAtPeakMb: MemoryLine | null;
  memorySteadyMb: MemoryLine | null;
  /**
   * Highest proportional set size summed over the tree (/proc/<pid>/smaps_rollup, sampled once a second): pages
   * shared between the launcher and its child (the node binary, ~34 MB) counted once, as the kernel charges them.
   */
  peakPssMb: number;
  /** Each process's resident memory split into anonymous (heaps, malloc, stacks) and file-backed (code) pages, at the highest PSS. */
  breakdownAtPeakMb: ProcessBreakdown[];
  /** Highest VmRSS of the OCR child (sampled once a second), MB; 0 when no scan was read. */
  ocrChildPeakRssMb: number;
  /** Share of the drain (once-a-second samples) during which the OCR child was alive. */
  ocrChildAliveShare: number;
  /**
   * `pcse ocr`, the OCR service that reads the scans ingest stores as pending (SCAN_READING=deferred, the default),
   * run beside ingest as in production and measured apart: its own tree (launcher, service, its OCR child).
   * Null when ingest read the scans itself (BENCH_SCAN_READING=inline).
   */
  ocrService: OcrServiceMemory | null;
}

/** The OCR service's memory while the backlog drained, and how long its scans took. */
export interface OcrServiceMemory {
  /** Highest VmRSS summed over its tree, MB. */
  peakRssMb: number;
  /** Highest PSS summed over its tree, MB (once a second). */
  peakPssMb: number;
  /** Highest VmRSS of its OCR child alone, MB, and the share of the service's life it was alive. */
  ocrChildPeakRssMb: number;
  ocrChildAliveShare: number;
  /** Cases whose scan was read (no `scan_pending` left) when the measurement stopped, of those stored with one. */
  scansRead: number;
  scansPending: number;
  /** Seconds after the backlog drained until the last pending scan was read. */
  secondsAfterDrain: number;
}

/** One process's resident memory by kind, in MB. */
export interface ProcessBreakdown {
  pid: number;
  /** What the process is: bin/pcse.js's launcher, the ingest worker, or the OCR child (ingest/extract/ocr-child.mjs). */
  role: 'launcher' | 'ingest' | 'ocr-child';
  rss: number;
  pss: number;
  anonymous: number;
  file: number;
  threads: number;
}

/** One line of bin/pcse.js's PCSE_MEMORY_LOG_MS log, in MB. */
export interface MemoryLine {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** dist when PCSE_RUNTIME says so or bin/pcse.js would find the build current; tsx otherwise. */
async function detectRuntime(): Promise<'dist' | 'tsx'> {
  const forced = process.env.PCSE_RUNTIME;
  if (forced === 'dist' || forced === 'tsx') return forced;
  const probe = startNodeChild(['bin/pcse.js', '--version'], { PCSE_MEMORY_LOG_MS: '60000' });
  try {
    await probe.waitForLine(/"pcseMemory"/, 30_000);
    return /"runtime":"dist"/.test(probe.tail()) ? 'dist' : 'tsx';
  } finally {
    await probe.stop();
  }
}

/** Every PCSE_MEMORY_LOG_MS line the child writes (the child's tail keeps only the last few hundred lines). */
function collectMemoryLines(child: ReturnType<typeof startNodeChild>): MemoryLine[] {
  const lines: MemoryLine[] = [];
  let rest = '';
  child.child.stderr?.on('data', (chunk: Buffer) => {
    const text = rest + chunk.toString('utf8');
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      if (!line.startsWith('{"pcseMemory"')) continue;
      const { pcseMemory } = JSON.parse(line) as { pcseMemory: MemoryLine };
      lines.push({ rss: pcseMemory.rss, heapTotal: pcseMemory.heapTotal, heapUsed: pcseMemory.heapUsed, external: pcseMemory.external, arrayBuffers: pcseMemory.arrayBuffers });
    }
  });
  return lines;
}

/** The line with the median RSS, or null. */
function medianLine(lines: MemoryLine[]): MemoryLine | null {
  const sorted = [...lines].sort((a, b) => a.rss - b.rss);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/** /proc/<pid>/smaps_rollup and the thread count of a live process, in MB (null when it has exited). */
async function readBreakdown(pid: number, root: number): Promise<ProcessBreakdown | null> {
  const [rollup, status, cmdline] = await Promise.all([readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => null), readFile(`/proc/${pid}/status`, 'utf8').catch(() => null), readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')]);
  if (!rollup || !status) return null;
  const kb = (text: string, key: string): number => Number(text.match(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm'))?.[1] ?? 0);
  const rss = kb(rollup, 'Rss');
  const anonymous = kb(rollup, 'Anonymous');
  const mb = (k: number): number => toMb(k * 1024);
  const role = cmdline.includes('ocr-child.mjs') ? 'ocr-child' : pid === root ? 'launcher' : 'ingest';
  return { pid, role, rss: mb(rss), pss: mb(kb(rollup, 'Pss')), anonymous: mb(anonymous), file: mb(rss - anonymous - kb(rollup, 'Shmem')), threads: Number(status.match(/^Threads:\s+(\d+)/m)?.[1] ?? 0) };
}

/**
 * Samples the tree's smaps_rollup every `intervalMs` and keeps the sample with the highest summed PSS, and how large
 * and how long-lived the OCR child was (samples it was alive in).
 */
function samplePeakPss(pid: number, intervalMs: number): { stop(): { pssMb: number; breakdown: ProcessBreakdown[]; ocrChildPeakRssMb: number; ocrChildSamples: number; samples: number } } {
  let peak: { pssMb: number; breakdown: ProcessBreakdown[] } = { pssMb: 0, breakdown: [] };
  let ocrChildPeakRssMb = 0;
  let ocrChildSamples = 0;
  let samples = 0;
  const timer = setInterval(() => {
    void processTree(pid).then(async (pids) => {
      const breakdown = (await Promise.all(pids.map((p) => readBreakdown(p, pid)))).filter((b): b is ProcessBreakdown => b !== null);
      // Without bin/pcse.js's heap-ceiling launcher (PCSE_MAX_HEAP_MB=0) the root is the ingest worker itself.
      if (!breakdown.some((b) => b.role === 'ingest')) for (const b of breakdown) if (b.role === 'launcher') b.role = 'ingest';
      const child = breakdown.find((b) => b.role === 'ocr-child');
      samples++;
      if (child) {
        ocrChildSamples++;
        ocrChildPeakRssMb = Math.max(ocrChildPeakRssMb, child.rss);
      }
      const pssMb = Math.round(breakdown.reduce((a, b) => a + b.pss, 0) * 10) / 10;
      if (pssMb > peak.pssMb) peak = { pssMb, breakdown };
    });
  }, intervalMs);
  return { stop: () => { clearInterval(timer); return { ...peak, ocrChildPeakRssMb, ocrChildSamples, samples }; } };
}

/** Like sampleRss, but each sample is the VmRSS summed over `pid` and its descendants; `root` is `pid`'s own. */
function sampleTreeRss(pid: number, intervalMs: number): { stop(): { t: number; rss: number; root: number; processes: number }[] } {
  const samples: { t: number; rss: number; root: number; processes: number }[] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    void processTree(pid).then(async (pids) => {
      const rss = await Promise.all(pids.map(readRssBytes));
      if (rss[0] == null) return;
      samples.push({ t: performance.now() - started, rss: rss.reduce<number>((a, b) => a + (b ?? 0), 0), root: rss[0], processes: pids.length });
    });
  }, intervalMs);
  return { stop: () => { clearInterval(timer); return samples; } };
}

/** Emails stored (cases, replies and ignored ones) plus dead letters: every message the worker has finished. */
async function countFinished(db: TestDatabase): Promise<number> {
  const [emails, dead] = await Promise.all([db.prisma.email.count(), db.prisma.deadLetter.count()]);
  return emails + dead;
}

/**
 * VmRSS of a process that imports what `pcse ingest` imports and then idles, sampled for a second after it says
 * ready: `node --import tsx bench/idle-imports.ts` for tsx, the compiled modules from dist/ for dist.
 */
async function measureIdleImports(runtime: 'dist' | 'tsx'): Promise<number> {
  const idle = runtime === 'tsx'
    ? startNodeChild(['--import', 'tsx', 'bench/idle-imports.ts'], {})
    : startNodeChild(['--input-type=module', '-e', "await import('commander'); await import('./dist/cli/commands/ingest.js'); console.log('ready'); setInterval(() => undefined, 60_000);"], {});
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
export async function runBacklogMemoryBench(messages = 10_000, options: { pdfEvery?: number; scanEvery?: number } = {}): Promise<BacklogMemoryResult> {
  // One email in `scanEvery` attaches a scanned (image-only) form, read by OCR; BENCH_SCAN_EVERY=0 leaves them out.
  const scanEvery = options.scanEvery ?? (process.env.BENCH_SCAN_EVERY ? Number(process.env.BENCH_SCAN_EVERY) : 100);
  const scans = SCAN_FIXTURES.map((f) => emailWithPdf(readFileSync(new URL(`../test/fixtures/pdf/${f}`, import.meta.url)), f));
  // BENCH_PDF_EVERY=0 leaves PDFs out, to see what the PDF thread costs.
  const pdfEvery = options.pdfEvery ?? (process.env.BENCH_PDF_EVERY ? Number(process.env.BENCH_PDF_EVERY) : 100);
  // The runtime bin/pcse.js will pick (PCSE_RUNTIME forces one; otherwise dist/ when `npm run build` is current).
  const runtime = await detectRuntime();
  const idleImportsRss = await measureIdleImports(runtime);
  const corpus = await loadCorpusEmails();
  const plain = corpus.filter((e) => !isPdfEmail(e.raw));
  const withPdf = corpus.filter((e) => isPdfEmail(e.raw));
  const db = await createTestDatabase('postgresql', 'bench_backlog');
  const dovecot = await startDovecot({ users: ['portalenquiries'] });
  const outbox = await mkdtemp(path.join(tmpdir(), 'pcse-bench-backlog-outbox-'));
  const prefix = uniqueRedisPrefix('bench-backlog');
  let ingest: ReturnType<typeof startNodeChild> | null = null;
  let ocr: ReturnType<typeof startNodeChild> | null = null;
  const scanReading = process.env.BENCH_SCAN_READING === 'inline' ? 'inline' : 'deferred';
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
    let scanMessages = 0;
    const stamp = Math.floor(Date.now() / 1000);
    for (let n = 0; n < messages; n += 64) {
      await Promise.all(
        Array.from({ length: Math.min(64, messages - n) }, (_, k) => {
          const i = n + k;
          const usePdf = withPdf.length > 0 && pdfEvery > 0 && i % pdfEvery === pdfEvery - 1;
          const useScan = !usePdf && scanEvery > 0 && i % scanEvery === Math.floor(scanEvery / 2);
          const source = useScan ? { raw: scans[Math.floor(i / scanEvery) % scans.length]! } : usePdf ? withPdf[Math.floor(i / pdfEvery) % withPdf.length]! : plain[i % plain.length]!;
          if (usePdf) pdfMessages++;
          if (useScan) scanMessages++;
          const raw = withMessageId(source.raw, `<backlog-${i}-${prefix}@nhs.net>`).toString('latin1').replace(/\r?\n/g, '\n');
          return writeFile(path.join(maildirNew, `${stamp}.M${i}P1.bench`), raw, 'latin1');
        }),
      );
    }
    await run('chown', ['-R', 'dovecot:dovecot', path.join(dovecot.dir, 'mail')]);

    const memoryEnv = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => /^(PCSE_MAX_HEAP_MB|MALLOC_\w+|NODE_OPTIONS)$/.test(e[0]) && e[1] !== undefined));
    if (scanReading === 'deferred') {
      ocr = startNodeChild(['bin/pcse.js', 'ocr'], { DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: 'info', PCSE_RUNTIME: runtime, ...memoryEnv });
      await ocr.waitForLine(/OCR service reading pending scans/, 60_000);
    }
    ingest = startNodeChild(['bin/pcse.js', 'ingest'], {
      DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: prefix, SCAN_READING: scanReading,
      IMAP_HOST: dovecot.host, IMAP_PORT: String(dovecot.port), IMAP_TLS: 'false',
      MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries', MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
      // info, the production default: the per-message log lines are part of the cost.
      OUTBOX_DIR: outbox, ACK_HOURLY_CAP: '100000', LOG_LEVEL: 'info',
      PCSE_RUNTIME: runtime, PCSE_MEMORY_LOG_MS: '1000',
      // Memory settings to try (the child's environment is otherwise only what is listed here).
      ...memoryEnv,
    });
    const child = ingest;
    const memoryLines = collectMemoryLines(child);
    const sampler = sampleTreeRss(child.pid, 100);
    const pssSampler = samplePeakPss(child.pid, 1000);
    const ocrSampler = ocr ? { rss: sampleTreeRss(ocr.pid, 100), pss: samplePeakPss(ocr.pid, 1000) } : null;
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
    const pssPeak = pssSampler.stop();
    let ocrService: OcrServiceMemory | null = null;
    if (ocr && ocrSampler) {
      // The scans still pending when the backlog drained are read by the service afterwards: its peak counts them.
      const drained = performance.now();
      const pendingScans = () => db.prisma.case.count({ where: { findings: { contains: '"scan_pending"' } } });
      const service = ocr;
      await waitUntil(async () => {
        service.assertAlive();
        return (await pendingScans()) === 0;
      }, () => `scans read\n${service.tail()}`, 10 * 60_000, 1000).catch(() => undefined);
      const secondsAfterDrain = Math.round((performance.now() - drained) / 100) / 10;
      const ocrSamples = ocrSampler.rss.stop();
      const ocrPss = ocrSampler.pss.stop();
      const scansPending = await pendingScans();
      const scansRead = await db.prisma.auditEvent.count({ where: { type: 'scan_read' } });
      ocrService = {
        peakRssMb: toMb(Math.max(0, ...ocrSamples.map((x) => x.rss))),
        peakPssMb: ocrPss.pssMb,
        ocrChildPeakRssMb: ocrPss.ocrChildPeakRssMb,
        ocrChildAliveShare: ocrPss.samples ? Math.round((ocrPss.ocrChildSamples / ocrPss.samples) * 100) / 100 : 0,
        scansRead,
        scansPending,
        secondsAfterDrain,
      };
    }
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
      scanMessages,
      drainSeconds: Math.round(drainSeconds * 10) / 10,
      drainPerSecond: Math.round((messages / drainSeconds) * 10) / 10,
      peakRssMb: toMb(peak),
      steadyRssMb: toMb(percentile(secondHalf, 50)),
      wrapperRssMb: samples.some((x) => x.processes > 1) ? toMb(percentile(samples.filter((x) => x.processes > 1).map((x) => x.root).sort((a, b) => a - b), 50)) : 0,
      runtime,
      idleImportsRssMb: toMb(idleImportsRss),
      ratio: Math.round((peak / idleImportsRss) * 100) / 100,
      rssByDecileMb,
      memoryAtPeakMb: memoryLines.reduce<MemoryLine | null>((a, m) => (!a || m.rss > a.rss ? m : a), null),
      memorySteadyMb: medianLine(memoryLines.slice(Math.floor(memoryLines.length / 2))),
      peakPssMb: pssPeak.pssMb,
      breakdownAtPeakMb: pssPeak.breakdown,
      ocrChildPeakRssMb: pssPeak.ocrChildPeakRssMb,
      ocrChildAliveShare: pssPeak.samples ? Math.round((pssPeak.ocrChildSamples / pssPeak.samples) * 100) / 100 : 0,
      ocrService,
    };
  } finally {
    await ingest?.stop();
    await ocr?.stop();
    await dovecot.stop();
    await db.drop();
    await rm(outbox, { recursive: true, force: true });
  }
}
