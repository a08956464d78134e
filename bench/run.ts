import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAppendToCardBench, type AppendToCardResult } from './append-to-card.js';
import { runBacklogMemoryBench, type BacklogMemoryResult } from './backlog-memory.js';
import { runIngestBench, type IngestBenchResult } from './ingest.js';
import { runOcrBench, type OcrBenchResult } from './ocr.js';
import { runParseRateBench, type ParseRateResult } from './parse-rate.js';
import { runWorkerScalingBench, type WorkerScalingResult } from './worker-scaling.js';

/**
 * `npm run bench [-- --quick] [-- --only=parse,ingest,card,backlog,workers,ocr] [-- --backlog=N]`: each figure next to a baseline
 * measured in the same run, printed as it finishes and then as one table. Not part of the tests: it needs
 * the machine's PostgreSQL and Redis and Debian's Dovecot (as `npm test` does) and takes about 10 minutes
 * (about 2 with --quick). Every run creates its own databases, Redis prefixes and Dovecot, and removes them.
 */
const SIZES = {
  full: { parseSample: Infinity, ingestMessages: 300, ingestLatency: 40, cardSamples: 30, backlog: 10_000, workerCases: 300 },
  quick: { parseSample: 60, ingestMessages: 100, ingestLatency: 15, cardSamples: 10, backlog: 1_000, workerCases: 60 },
} as const;

const TARGETS = { cardP95Ms: 2000, cardOverIdleP50Ms: 100, backlogPeakRssMb: 256 };

const PARTS = ['parse', 'ingest', 'card', 'backlog', 'workers', 'ocr'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: string[]): { quick: boolean; only: Set<Part>; backlog: number | null } {
  const quick = argv.includes('--quick');
  const backlogArg = argv.find((a) => a.startsWith('--backlog='))?.slice('--backlog='.length);
  const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? (argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined);
  const only = new Set<Part>((onlyArg ? onlyArg.split(',') : PARTS).filter((p): p is Part => (PARTS as readonly string[]).includes(p)));
  return { quick, only, backlog: backlogArg ? Number(backlogArg) : null };
}

interface Row {
  figure: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
}

function formatTable(rows: Row[]): string {
  const head: Row = { figure: 'figure', ours: 'ours', baseline: 'baseline (same run)', ratio: 'ratio', target: 'target' };
  const all = [head, ...rows];
  const keys = Object.keys(head) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r: Row): string => keys.map((k, i) => r[k].padEnd(widths[i] ?? 0)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T | Error> {
  const started = performance.now();
  process.stdout.write(`\n== ${name} ...\n`);
  try {
    const result = await fn();
    console.log(JSON.stringify(result, null, 2));
    console.log(`   (${Math.round((performance.now() - started) / 1000)} s)`);
    return result;
  } catch (error) {
    console.log(`   FAILED: ${(error as Error).message}`);
    return error as Error;
  }
}

const { quick, only, backlog } = parseArgs(process.argv.slice(2));
// --backlog=N overrides the backlog size: at today's drain rate 10,000 emails alone take longer than 10 minutes.
const size = { ...(quick ? SIZES.quick : SIZES.full), ...(backlog ? { backlog } : {}) };
const runStarted = performance.now();
const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
console.log(`pcse bench (${quick ? 'quick' : 'full'}): ${[...only].join(', ')}`);

const rows: Row[] = [];
/**
 * What bench-results.json records: the headline keys issue 13 names (parse.ratio, card.p50Ms, …) at the top of
 * each part, and the part's whole result beside them, so runs can be compared over time.
 */
const results: Record<string, unknown> = {};
const failed = (figure: string, e: Error): Row => ({ figure, ours: 'FAILED', baseline: '', ratio: '', target: e.message.split('\n')[0]?.slice(0, 60) ?? '' });

if (only.has('parse')) {
  const r = await timed<ParseRateResult>('1. parse rate: extractCase vs mailparser simpleParser', () =>
    runParseRateBench({ passes: 1, sample: Number.isFinite(size.parseSample) ? size.parseSample : undefined }),
  );
  if (r instanceof Error) rows.push(failed('parse emails/s', r));
  else {
    results.parse = { ratio: r.ratio, sandboxedRatio: r.sandboxedRatio, firstPassRatio: r.firstPassRatio, perSecond: r.extractCase.perSecond, sandboxedPerSecond: r.sandboxed.perSecond, baselinePerSecond: r.mailparser.perSecond, detail: r };
    rows.push({ figure: `parse emails/s (${r.emails} emails, ${r.pdfEmails} with PDF)`, ours: `${r.extractCase.perSecond}`, baseline: `${r.mailparser.perSecond} simpleParser`, ratio: `${r.ratio}`, target: '' });
    rows.push({ figure: '  first pass (JIT cold)', ours: '', baseline: '', ratio: `${r.firstPassRatio}`, target: '' });
    rows.push({ figure: '  in the sandbox thread, with DKIM (ingest path)', ours: `${r.sandboxed.perSecond}`, baseline: `${r.mailparser.perSecond} simpleParser`, ratio: `${r.sandboxedRatio}`, target: '' });
    rows.push({ figure: '  extractCase without / with PDF', ours: `${r.extractCaseWithoutPdfPerSecond} / ${r.extractCaseWithPdfPerSecond}`, baseline: '', ratio: '', target: '' });
    rows.push({ figure: '  peak RSS delta / retained heap MB', ours: `${r.extractCase.peakRssDeltaMb} / ${r.extractCase.retainedHeapMb}`, baseline: `${r.mailparser.peakRssDeltaMb} / ${r.mailparser.retainedHeapMb}`, ratio: '', target: '' });
  }
}

if (only.has('ingest')) {
  const r = await timed<IngestBenchResult>('2. ingest rate: full path vs imapflow FETCH + mailparser', () => runIngestBench(size.ingestMessages, size.ingestLatency));
  if (r instanceof Error) rows.push(failed('ingest emails/s', r));
  else {
    results.ingest = { ratio: r.ratio, perSecond: r.fullIngestPerSecond, withStartupPerSecond: r.withStartupPerSecond, baselinePerSecond: r.rawFetchParsePerSecond, detail: r };
    rows.push({ figure: `ingest emails/s (${r.messages} emails)`, ours: `${r.fullIngestPerSecond}`, baseline: `${r.rawFetchParsePerSecond} FETCH+parse`, ratio: `${r.ratio}`, target: '' });
    rows.push({ figure: '  emails/s with the worker\'s start-up counted', ours: `${r.withStartupPerSecond} (start-up ${r.startupMs} ms)`, baseline: '', ratio: '', target: '' });
    rows.push({ figure: '  APPEND → committed p50/p95 ms', ours: `${r.appendToCommittedMs.p50} / ${r.appendToCommittedMs.p95}`, baseline: '', ratio: '', target: '' });
  }
}

if (only.has('card')) {
  const r = await timed<AppendToCardResult>('3. APPEND → card at the Bot Connector vs APPEND → IDLE EXISTS', () => runAppendToCardBench(size.cardSamples));
  if (r instanceof Error) rows.push(failed('APPEND → card', r));
  else {
    results.card = { p50Ms: r.card.p50, p95Ms: r.card.p95, idleP50Ms: r.idleExists.p50, idleP95Ms: r.idleExists.p95, overIdleP50Ms: r.overIdle.p50, detail: r };
    rows.push({
      figure: `APPEND → card p50/p95 ms (${r.samples})`, ours: `${r.card.p50} / ${r.card.p95}`, baseline: `${r.idleExists.p50} / ${r.idleExists.p95} IDLE EXISTS`, ratio: `${r.ratio} (p95)`,
      target: `p50 ≤ IDLE p50 + ${TARGETS.cardOverIdleP50Ms}: ${r.card.p50 <= r.idleExists.p50 + TARGETS.cardOverIdleP50Ms ? 'met' : 'MISSED'}; p95 < ${TARGETS.cardP95Ms} ms: ${r.card.p95 < TARGETS.cardP95Ms ? 'met' : 'MISSED'}`,
    });
    rows.push({ figure: 'card − IDLE EXISTS per sample p50/p95 ms', ours: `${r.overIdle.p50} / ${r.overIdle.p95}`, baseline: '', ratio: '', target: '' });
  }
}

if (only.has('backlog')) {
  const r = await timed<BacklogMemoryResult>(`4. resident memory of pcse ingest draining ${size.backlog} emails`, () => runBacklogMemoryBench(size.backlog));
  if (r instanceof Error) rows.push(failed('backlog RSS', r));
  else {
    results.backlog = { peakRssMb: r.peakRssMb, steadyRssMb: r.steadyRssMb, drainPerSecond: r.drainPerSecond, detail: r };
    rows.push({
      // The process tree, as an operator sees ingest: the launcher, the ingest process and its OCR child.
      figure: `ingest tree peak / steady RSS MB (${r.messages} backlog)`, ours: `${r.peakRssMb} / ${r.steadyRssMb}`, baseline: `${r.idleImportsRssMb} idle imports`, ratio: `${r.ratio} (peak)`,
      target: `< ${TARGETS.backlogPeakRssMb} MB: ${r.peakRssMb < TARGETS.backlogPeakRssMb ? 'met' : 'MISSED'}`,
    });
    rows.push({ figure: `  drain emails/s (${r.pdfMessages} with PDF, ${r.scanMessages} scans)`, ours: `${r.drainPerSecond} (${r.drainSeconds} s)`, baseline: '', ratio: '', target: '' });
    // RSS summed over the tree counts node's own code once per process; PSS counts shared pages once.
    rows.push({ figure: '  peak PSS MB (tree, shared pages once)', ours: `${r.peakPssMb}`, baseline: '', ratio: '', target: '' });
    rows.push({ figure: '  the ingest process alone, RSS MB at its peak', ours: `${r.memoryAtPeakMb?.rss ?? 'n/a'}`, baseline: '', ratio: '', target: '' });
    rows.push({ figure: '  OCR child in the ingest tree, peak RSS MB (alive share of drain)', ours: `${r.ocrChildPeakRssMb} (${Math.round(r.ocrChildAliveShare * 100)} %)`, baseline: '', ratio: '', target: '' });
    // The scans are read by `pcse ocr` beside ingest: its memory is its own process tree's, reported here, not hidden.
    if (r.ocrService) {
      const o = r.ocrService;
      rows.push({ figure: '  pcse ocr tree peak RSS / PSS MB (beside ingest)', ours: `${o.peakRssMb} / ${o.peakPssMb}`, baseline: '', ratio: '', target: '' });
      rows.push({ figure: '  pcse ocr: its OCR child peak RSS MB (alive share)', ours: `${o.ocrChildPeakRssMb} (${Math.round(o.ocrChildAliveShare * 100)} %)`, baseline: '', ratio: '', target: '' });
      rows.push({ figure: '  pcse ocr: scans read / still pending (s after drain)', ours: `${o.scansRead} / ${o.scansPending} (${o.secondsAfterDrain} s)`, baseline: '', ratio: '', target: '' });
    }
  }
}

if (only.has('workers')) {
  const r = await timed<WorkerScalingResult>('5. two pcse worker processes vs one', () => runWorkerScalingBench(size.workerCases));
  if (r instanceof Error) rows.push(failed('worker cases/s', r));
  else {
    // The worse of the two runs: the target (≤ 3 commits a case) must hold with one worker and with two.
    const commitsPerCase = Math.max(r.oneWorker.commitsPerCase, r.twoWorkers.commitsPerCase);
    results.workers = { ratio: r.ratio, commitsPerCase, perSecondOne: r.oneWorker.perSecond, perSecondTwo: r.twoWorkers.perSecond, detail: r };
    rows.push({
      figure: `execute cases/s (${r.cases} cases, conc. ${r.concurrencyPerProcess})`, ours: `${r.twoWorkers.perSecond} two workers`, baseline: `${r.oneWorker.perSecond} one worker`, ratio: `${r.ratio}`, target: '',
    });
    rows.push({ figure: '  commits per executed case (one / two workers)', ours: `${r.oneWorker.commitsPerCase} / ${r.twoWorkers.commitsPerCase}`, baseline: '', ratio: '', target: `≤ 3: ${commitsPerCase <= 3 ? 'met' : 'MISSED'}` });
    rows.push({ figure: '  DB sessions waiting on a lock', ours: `${Math.round(r.twoWorkers.lockWaitShare * 100)}%`, baseline: `${Math.round(r.oneWorker.lockWaitShare * 100)}%`, ratio: '', target: '' });
  }
}

if (only.has('ocr')) {
  const r = await timed<OcrBenchResult>('6. OCR of scanned forms (readPdfForm: PDF thread, render + tesseract.js in the OCR child process)', () => runOcrBench(quick ? 2 : 6));
  if (r instanceof Error) rows.push(failed('OCR pages/s', r));
  else {
    results.ocr = { pagesPerSecond: r.warmPagesPerSecond, peakRssMb: r.peakRssMb, detail: r };
    rows.push({ figure: `OCR pages/s, warm (${r.pages} A4 scans)`, ours: `${r.warmPagesPerSecond}`, baseline: `p50 ${r.warmP50Ms} ms, cold first ${r.coldFirstPageMs} ms`, ratio: '', target: '' });
    rows.push({ figure: `  OCR peak RSS MB (sum over ${r.processes} processes; this one alone)`, ours: `${r.peakRssMb}; ${r.peakOwnRssMb}`, baseline: `${r.startRssMb} before`, ratio: '', target: '' });
  }
}

for (const part of only) if (!(part in results)) results[part] = { failed: true };
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null; // not a git checkout (a packaged copy): the run is still worth recording
  }
})();
const resultsFile = path.resolve('bench-results.json');
writeFileSync(
  resultsFile,
  `${JSON.stringify({
    finishedAt: new Date().toISOString(), commit, mode: quick ? 'quick' : 'full', parts: [...only], seconds: Math.round((performance.now() - runStarted) / 1000),
    // Other work on the machine skews every figure: the load average says how quiet the run was.
    machine: { cpus: os.availableParallelism(), loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    ...results,
  }, null, 2)}\n`,
);
console.log(`\n== summary (${Math.round((performance.now() - runStarted) / 1000)} s, ${quick ? 'quick' : 'full'})\n`);
console.log(formatTable(rows));
console.log(`\nwritten: ${resultsFile}`);
// Prisma, BullMQ and pg pools may hold the event loop open after their owners closed; the run is over.
process.exit(rows.some((r) => r.ours === 'FAILED') ? 1 : 0);
