import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Mailbox } from '../../../core/domain/case.js';
import type { ProcessOutcome } from '../../../ingest/process-message.js';
import type { IngestHarness } from './ingest-harness.js';
import type { SeedMessage } from './load-seed-messages.js';
import { createRng, mutateMessage } from './mutate-message.js';

const MAILBOXES: Mailbox[] = ['portalenquiries', 'datamanager', 'openexeter'];

export interface RobustnessFailure {
  /** Reproduce with `npx tsx scripts/robustness-run.ts --seed <seed> --count 1`. */
  seed: number;
  kind: 'crash' | 'hang' | 'no_durable_outcome' | 'dead_letter_without_reason';
  detail: string;
  base: string;
  mutations: string[];
}

export interface RobustnessReport {
  firstSeed: number;
  count: number;
  seedMessages: number;
  sharedCorpora: boolean;
  durationMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  slowest: { seed: number; ms: number; base: string; mutations: string[] };
  /** The ten slowest messages, slowest first. */
  slowestTen: { seed: number; ms: number; base: string; mutations: string[] }[];
  /**
   * The run in ten consecutive windows (at least 100 messages each), so growth shows apart from a busy machine: per
   * message p50 and CPU (this process, every thread: the extraction sandbox is a worker thread), and the machine's
   * one-minute load average at the window's end. Wall time that rises with the load and not the CPU is the machine;
   * CPU per message that rises from window to window is the run doing more work per message as the store grows.
   */
  windows: RobustnessWindow[];
  outcomes: Record<string, number>;
  deadLetterReasons: Record<string, number>;
  /** The first seeds (up to 20) that ended as a dead letter for each reason, to reproduce them. */
  deadLetterSeeds: Record<string, number[]>;
  /** Messages where the processor threw before its final outcome (a retry, or a `failed_N_times` dead letter). */
  thrownThenSettled: { seed: number; error: string; final: string }[];
  failures: RobustnessFailure[];
}

export interface RobustnessWindow {
  /** Messages firstIndex … firstIndex + messages - 1 of the run (0-based). */
  firstIndex: number;
  messages: number;
  p50Ms: number;
  cpuMsPerMessage: number;
  loadAverage: number;
}

/** The message a seed stands for: its base, its donor (for splicing), its mutations and its mailbox. */
export function buildMutatedMessage(seeds: SeedMessage[], seed: number): { raw: Buffer; base: string; mutations: string[]; mailbox: Mailbox } {
  const rng = createRng(seed);
  const base = seeds[rng.int(0, seeds.length)] as SeedMessage;
  const donor = seeds[rng.int(0, seeds.length)] as SeedMessage;
  const mailbox = base.mailbox ?? rng.pick(MAILBOXES);
  const { raw, mutations } = mutateMessage(base.raw, donor.raw, rng);
  return { raw, base: base.name, mutations, mailbox };
}

function describeError(error: unknown): string {
  const e = error as { code?: unknown; name?: unknown; message?: unknown; stack?: unknown };
  const top = typeof e?.stack === 'string' ? e.stack.split('\n').slice(0, 3).join(' | ') : String(error);
  return `${String(e?.code ?? e?.name ?? 'Error')}: ${top}`.slice(0, 500);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Watches the event loop from another thread: if one message blocks it (a synchronous hang that no
 * timer can interrupt) for longer than `limitMs`, prints that message's seed and ends the process,
 * so even a hard hang names its seed.
 */
const LAST_MESSAGE_PATH = resolve('test-results', 'robustness-last-message.eml');
mkdirSync(resolve('test-results'), { recursive: true });

function startWatchdog(limitMs: number): { beat(seed: number): void; stop(): Promise<number> } {
  const shared = new SharedArrayBuffer(16);
  const view = new Float64Array(shared);
  view[0] = Date.now();
  view[1] = -1;
  const code = `
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs');
    const view = new Float64Array(workerData.shared);
    setInterval(() => {
      if (view[1] >= 0 && Date.now() - view[0] > workerData.limitMs) {
        // writeSync: the main thread relays a worker's process.stderr, and it is the one that is blocked.
        writeSync(2, 'ROBUSTNESS HANG: the event loop has been blocked for over ' + workerData.limitMs + ' ms on seed ' + view[1] + '; the message is in ' + workerData.lastMessagePath + '\\n');
        process.kill(process.pid, 'SIGKILL');
      }
    }, 250);`;
  const worker = new Worker(code, { eval: true, workerData: { shared, limitMs, lastMessagePath: LAST_MESSAGE_PATH } });
  worker.unref();
  return {
    beat(seed) {
      view[0] = Date.now();
      view[1] = seed;
    },
    stop: () => worker.terminate(),
  };
}

/**
 * Runs `count` mutated messages, seeds `firstSeed` … `firstSeed + count - 1`, through the harness one by
 * one (as one mailbox source would), then checks in the database that each one ended durably: as an
 * email row (with its case, or ignored) or as a dead letter with a reason.
 */
export async function runRobustness(options: {
  harness: IngestHarness;
  seeds: SeedMessage[];
  sharedCorpora: boolean;
  firstSeed: number;
  count: number;
  timeoutMs?: number;
  /** A blocked event loop this long ends the process naming the seed (default 120 s: slow-but-finite is reported as a hang failure instead). */
  watchdogMs?: number;
  onProgress?: (done: number, report: { failures: number }) => void;
}): Promise<RobustnessReport> {
  const { harness, seeds, firstSeed, count } = options;
  const timeoutMs = options.timeoutMs ?? 5000;
  const watchdog = startWatchdog(options.watchdogMs ?? 120_000);
  const times: number[] = [];
  const outcomes: Record<string, number> = {};
  const deadLetterReasons: Record<string, number> = {};
  const deadLetterSeeds: Record<string, number[]> = {};
  const failures: RobustnessFailure[] = [];
  const thrownThenSettled: RobustnessReport['thrownThenSettled'] = [];
  const expected = new Map<string, { seed: number; outcome: ProcessOutcome; base: string; mutations: string[] }>();
  let slowest: RobustnessReport['slowest'] = { seed: firstSeed, ms: 0, base: '', mutations: [] };
  const slowestTen: RobustnessReport['slowestTen'] = [];
  const windows: RobustnessWindow[] = [];
  const windowSize = Math.max(100, Math.ceil(count / 10));
  let windowCpu = process.cpuUsage();
  const closeWindow = (end: number) => {
    const firstIndex = windows.length * windowSize;
    if (end <= firstIndex) return;
    const cpu = process.cpuUsage(windowCpu);
    windowCpu = process.cpuUsage();
    const inWindow = times.slice(firstIndex, end).sort((a, b) => a - b);
    windows.push({
      firstIndex, messages: end - firstIndex,
      p50Ms: Math.round(percentile(inWindow, 50) * 10) / 10,
      cpuMsPerMessage: Math.round((cpu.user + cpu.system) / 1000 / (end - firstIndex) * 10) / 10,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    });
  };
  const started = Date.now();
  try {
    for (let i = 0; i < count; i++) {
      if (i > 0 && i % windowSize === 0) closeWindow(i);
      const seed = firstSeed + i;
      const { raw, base, mutations, mailbox } = buildMutatedMessage(seeds, seed);
      const sourceKey = `robustness:${mailbox}:${seed}`;
      // The seed names a message only for one set of seed files; the bytes reproduce a hang on any commit.
      writeFileSync(LAST_MESSAGE_PATH, raw);
      watchdog.beat(seed);
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      let result: Awaited<ReturnType<IngestHarness['deliver']>> | 'timeout';
      try {
        result = await Promise.race([harness.deliver({ mailbox, sourceKey, raw }), timeout]);
      } catch (error) {
        failures.push({ seed, kind: 'crash', detail: describeError(error), base, mutations });
        continue;
      } finally {
        clearTimeout(timer);
        const ms = performance.now() - t0;
        times.push(ms);
        if (ms > slowest.ms) slowest = { seed, ms, base, mutations };
        if (slowestTen.length < 10 || ms > (slowestTen[slowestTen.length - 1]?.ms ?? 0)) {
          slowestTen.push({ seed, ms: Math.round(ms), base, mutations });
          slowestTen.sort((a, b) => b.ms - a.ms).splice(10);
        }
      }
      if (result === 'timeout') {
        failures.push({ seed, kind: 'hang', detail: `no outcome within ${timeoutMs} ms`, base, mutations });
        continue;
      }
      const ms = times[times.length - 1] as number;
      if (ms > timeoutMs) failures.push({ seed, kind: 'hang', detail: `took ${Math.round(ms)} ms (event loop blocked)`, base, mutations });
      const { outcome, thrown } = result;
      outcomes[outcome.outcome] = (outcomes[outcome.outcome] ?? 0) + 1;
      if (thrown.length > 0) thrownThenSettled.push({ seed, error: describeError(thrown[0]), final: outcome.outcome });
      if (outcome.outcome === 'dead_letter') {
        const reasonKey = outcome.reason.split(':')[0] ?? outcome.reason;
        deadLetterReasons[reasonKey] = (deadLetterReasons[reasonKey] ?? 0) + 1;
        const seedsForReason = (deadLetterSeeds[reasonKey] ??= []);
        if (seedsForReason.length < 20) seedsForReason.push(seed);
        if (!outcome.reason.trim()) failures.push({ seed, kind: 'dead_letter_without_reason', detail: '', base, mutations });
      }
      expected.set(sourceKey, { seed, outcome, base, mutations });
      options.onProgress?.(i + 1, { failures: failures.length });
    }
  } finally {
    await watchdog.stop();
  }
  closeWindow(times.length);
  failures.push(...(await verifyDurableOutcomes(harness, expected)));
  const sorted = [...times].sort((a, b) => a - b);
  return {
    firstSeed, count, seedMessages: seeds.length, sharedCorpora: options.sharedCorpora,
    durationMs: Date.now() - started,
    p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
    p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
    maxMs: Math.round((sorted[sorted.length - 1] ?? 0) * 10) / 10,
    slowest: { ...slowest, ms: Math.round(slowest.ms) },
    slowestTen,
    windows,
    outcomes, deadLetterReasons, deadLetterSeeds, thrownThenSettled, failures,
  };
}

/** Each outcome the processor returned must be in the database: the email row (and case) or the dead letter. */
async function verifyDurableOutcomes(
  harness: IngestHarness,
  expected: Map<string, { seed: number; outcome: ProcessOutcome; base: string; mutations: string[] }>,
): Promise<RobustnessFailure[]> {
  const prisma = harness.db.prisma;
  const emails = new Map((await prisma.email.findMany({ select: { sourceKey: true, caseId: true, disposition: true } })).map((e) => [e.sourceKey, e]));
  const letters = new Map((await prisma.deadLetter.findMany({ select: { sourceKey: true, reason: true } })).map((d) => [d.sourceKey, d]));
  const caseIds = new Set((await prisma.case.findMany({ select: { id: true } })).map((c) => c.id));
  const failures: RobustnessFailure[] = [];
  for (const [sourceKey, { seed, outcome, base, mutations }] of expected) {
    const fail = (detail: string) => failures.push({ seed, kind: 'no_durable_outcome', detail, base, mutations });
    const email = emails.get(sourceKey);
    switch (outcome.outcome) {
      case 'created':
      case 'attached':
        if (!email || email.caseId !== outcome.caseId || !caseIds.has(outcome.caseId)) fail(`${outcome.outcome} but no email row with its case`);
        break;
      case 'ignored':
        if (!email || email.disposition !== 'ignored') fail('ignored but no ignored email row');
        break;
      case 'already_stored':
        // The same bytes (Message-ID + sha256) arrived under another seed: that earlier row holds it.
        if (outcome.caseId && !caseIds.has(outcome.caseId)) fail('already_stored with a case that does not exist');
        break;
      case 'dead_letter': {
        const letter = letters.get(sourceKey);
        if (!letter || !letter.reason.trim()) fail('dead letter not stored with a reason');
        break;
      }
    }
  }
  return failures;
}
