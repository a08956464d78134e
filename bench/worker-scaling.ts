import { randomUUID, createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Queue } from 'bullmq';
import { createBullmqCaseQueue, EXECUTE_CASE_QUEUE, parseRedisUrl } from '../core/adapters/bullmq-case-queue.js';
import { openDatabase, type Database } from '../core/adapters/database.js';
import { sealAuditChain, verifyAuditChain } from '../core/adapters/prisma-audit-log.js';
import { openAllStorePorts } from '../test/support/all-store-ports.js';
import type { ParsedCase } from '../core/domain/case.js';
import type { Actor } from '../core/ports.js';
import { createTestDatabase, type TestDatabase } from '../test/support/database.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../test/support/redis.js';
import { startSmtpSink } from '../test/support/smtp-sink.js';
import { startNodeChild, waitUntil, type ChildService } from './support.js';

export interface WorkerScalingResult {
  cases: number;
  concurrencyPerProcess: number;
  /** Cores on this machine: two workers cannot scale past what PostgreSQL and they leave each other. */
  cpus: number;
  /** lockWaitShare: of the database sessions busy on a query, the share waiting on a lock (sampled every 50 ms). */
  oneWorker: RunSummary;
  twoWorkers: RunSummary;
  /** What the waiting sessions were running most often (the serialisation point, if any). */
  topLockWaitQueries: string[];
  /** What busy sessions of the two-worker run waited on (wait_event_type:wait_event; `CPU` = running). */
  twoWorkersWaitEvents: string[];
  /** The audit trail after both runs, sealed and verified (docs/decisions/0004). */
  auditChain: { count: number; unsealed: number };
  /** two processes' cases/s ÷ one process's. */
  ratio: number;
}

export interface RunSummary {
  seconds: number;
  perSecond: number;
  lockWaitShare: number;
  /** CPU the worker processes used, in cores (CPU seconds ÷ wall seconds). */
  workerCores: number;
  /** CPU the whole machine used meanwhile, in cores (of `cpus`). */
  machineCores: number;
  /** Transactions the workers committed per case executed, read-only statements included (a write waits for a WAL flush). */
  commitsPerCase: number;
}

const ACTOR: Actor = { aadObjectId: 'aad-bench-approver', tenantId: 'tenant-bench', name: 'Bench Approver' };

/** A complete practice email update at its own practice, so cases do not contend for one directory row. */
function odsCodeFor(i: number, batch: string): string {
  return `${batch}${String(i).padStart(4, '0')}`;
}

function makeCase(i: number, batch: string): ParsedCase {
  const odsCode = odsCodeFor(i, batch);
  return {
    mailbox: 'datamanager',
    kind: 'practice_email_update',
    ignored: null,
    messageId: `<worker-${odsCode}@nhs.net>`,
    from: { name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net' },
    subject: 'Change of practice email address',
    caseRef: null,
    receivedAt: new Date().toISOString(),
    organisation: { odsCode, name: `Practice ${odsCode}`, type: 'gp_practice' },
    fields: { currentEmail: `practice.${odsCode.toLowerCase()}@nhs.net`, newEmail: `new.${odsCode.toLowerCase()}@nhs.net` },
    missing: [],
    findings: [],
    evidence: {},
  };
}

/** Creates `count` approved cases, each with its approve decision, through the store (as the bot would). */
async function createApprovedCases(db: Database, count: number, batch: string): Promise<{ caseId: string; decisionId: string }[]> {
  const store = openAllStorePorts(db);
  await db.organisation.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const odsCode = odsCodeFor(i, batch);
      return { odsCode, name: `Practice ${odsCode}`, type: 'gp_practice', source: 'bench', email: `practice.${odsCode.toLowerCase()}@nhs.net` };
    }),
  });
  const out: { caseId: string; decisionId: string }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < count) {
        const i = next++;
        const parsed = makeCase(i, batch);
        const raw = Buffer.from(`Message-ID: ${parsed.messageId}\r\nSubject: ${parsed.subject}\r\n\r\nbench ${batch} ${i}\r\n`);
        const key = `bench:${batch}:${randomUUID()}`;
        const recorded = await store.recordEmail(
          { mailbox: 'datamanager', sourceKey: key, uidValidity: '1', uid: i + 1, raw, sha256: createHash('sha256').update(raw).digest('hex'), messageId: parsed.messageId, receivedAt: new Date() },
          parsed,
        );
        if (recorded.outcome !== 'created') throw new Error(`bench case not created: ${recorded.outcome}`);
        const c = recorded.case;
        if (c.state !== 'awaiting_approval') throw new Error(`bench case is ${c.state}, not awaiting_approval`);
        const moved = await store.transition(c.id, { to: 'approved', expectedVersion: c.version, actor: ACTOR });
        if (!moved) throw new Error('bench case could not be approved');
        const { decision } = await store.recordDecision({ caseId: c.id, verb: 'approve', actor: ACTOR, cardVersion: c.version, reason: null, data: {} });
        await store.appendAudit({ caseId: c.id, type: 'case_approved', actor: ACTOR.aadObjectId, data: { decisionId: decision.id, approvers: [ACTOR.aadObjectId] } });
        out.push({ caseId: c.id, decisionId: decision.id });
      }
    }),
  );
  return out;
}

interface LockSample { waiting: number; active: number; queries: string[]; events: string[] }

/** Samples pg_stat_activity for this database: how many sessions run a statement, and how many wait on a lock. */
function sampleLockWaits(db: Database): { stop(): Promise<LockSample[]> } {
  const samples: LockSample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await db.$queryRawUnsafe<{ wait_event_type: string | null; wait_event: string | null; query: string }[]>(
        "SELECT wait_event_type, wait_event, query FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()",
      ).catch(() => []);
      const waiting = rows.filter((r) => r.wait_event_type === 'Lock');
      samples.push({
        waiting: waiting.length,
        active: rows.length,
        queries: waiting.map((r) => r.query.replace(/\s+/g, ' ').slice(0, 90)),
        events: rows.map((r) => (r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : 'CPU')),
      });
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}

/** CPU seconds (user + system) used so far by `pid` and every process below it (bin/pcse.js starts the real worker as its child). */
function cpuSecondsOfTree(pid: number): number {
  const ticks = 100; // USER_HZ: /proc reports clock ticks, 100 a second on Linux
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / ticks });
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.pop()!;
    total += stats.get(p)?.cpu ?? 0;
    for (const [child, s] of stats) if (s.ppid === p) queue.push(child);
  }
  return total;
}

/** Busy CPU seconds of the whole machine so far (/proc/stat: everything but idle and iowait). */
function machineBusySeconds(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const n = fields.map(Number);
  return (n.reduce((a, b) => a + b, 0) - (n[3] ?? 0) - (n[4] ?? 0)) / 100;
}

/**
 * Transactions committed in this database so far (pg_stat_database.xact_commit). A backend reports its counts when
 * it ends, or while it lives at most once a second and, once idle, only after up to 10 s (PostgreSQL 15's
 * PGSTAT_IDLE_INTERVAL): a count read while the sessions that did the work are alive misses their last commits and
 * finds them in a later window. So every session whose commits are counted or subtracted is closed before the count
 * (the workers stopped, the bench's own clients disconnected), and this read is the only statement of its session
 * (a connection of its own, closed at once).
 */
const PG_STATS_IDLE_INTERVAL_MS = 10_500;

async function countCommits(url: string): Promise<number> {
  // A session's end reaches the statistics a moment after its client sees the connection close.
  await new Promise((r) => setTimeout(r, 500));
  const reader = await openDatabase(url);
  try {
    const rows = await reader.$queryRawUnsafe<{ n: bigint }[]>('SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()');
    return Number(rows[0]?.n ?? 0);
  } finally {
    await reader.$disconnect();
  }
}

/**
 * Runs `processes` × `pcse worker` over a paused queue holding one execute-case job per case, then resumes it
 * and times until every case is `replied` (directory change applied, reply sent to the SMTP sink).
 */
async function timeWorkers(
  db: TestDatabase,
  jobs: { caseId: string; decisionId: string }[],
  processes: number,
  env: Record<string, string>,
): Promise<{ seconds: number; locks: LockSample[]; workerCpuSeconds: number; machineCpuSeconds: number; commits: number }> {
  const prefix = uniqueRedisPrefix(`bench-workers${processes}`);
  const raw = new Queue(EXECUTE_CASE_QUEUE, { connection: { ...parseRedisUrl(SHARED_REDIS_URL), maxRetriesPerRequest: null }, prefix });
  raw.on('error', () => undefined);
  const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix });
  const children: ChildService[] = [];
  try {
    await raw.pause();
    for (const j of jobs) await queue.enqueueExecution(j.caseId, j.decisionId);
    for (let p = 0; p < processes; p++) children.push(startNodeChild(['bin/pcse.js', 'worker'], { ...env, QUEUE_PREFIX: prefix }));
    await Promise.all(children.map((c) => c.waitForLine(/worker started/, 60_000)));
    const ids = jobs.map((j) => j.caseId);
    // The bench's polls and samples go through a client of their own, closed before the count, so each of its
    // statements (one commit each) is counted once and subtracted exactly.
    const observer = await openDatabase(db.url);
    let observerStatements = 0;
    // The workers' start-up commits (migration check, first queries) reach the statistics within the idle interval:
    // wait it out, so they are not counted as the run's. The sealer's idle ticks meanwhile report at once.
    await new Promise((r) => setTimeout(r, PG_STATS_IDLE_INTERVAL_MS));
    const commitsBefore = await countCommits(db.url);
    const started = performance.now();
    const cpuBefore = children.map((c) => cpuSecondsOfTree(c.pid));
    const machineBefore = machineBusySeconds();
    const lockSampler = sampleLockWaits(observer);
    await raw.resume();
    let done = 0;
    let seconds = 0;
    let workerCpuSeconds = 0;
    let machineCpuSeconds = 0;
    let locks: LockSample[] = [];
    try {
      await waitUntil(async () => {
        for (const c of children) c.assertAlive();
        observerStatements += 2;
        const [replied, failed] = await Promise.all([
          observer.case.count({ where: { id: { in: ids }, state: 'replied' } }),
          observer.case.count({ where: { id: { in: ids }, state: 'failed' } }),
        ]);
        if (failed > 0) throw new Error(`${failed} bench cases failed:\n${children.map((c) => c.tail()).join('\n')}`);
        done = replied;
        return replied >= ids.length;
      }, () => `${ids.length} cases replied (${done} so far)`, 10 * 60_000, 25);
      seconds = (performance.now() - started) / 1000;
      workerCpuSeconds = children.reduce((a, c, i) => a + cpuSecondsOfTree(c.pid) - (cpuBefore[i] ?? 0), 0);
      machineCpuSeconds = machineBusySeconds() - machineBefore;
    } finally {
      locks = await lockSampler.stop();
      observerStatements += locks.length;
      await observer.$disconnect();
    }
    // What the workers committed while they worked, and after (their sealers' last seal at stop): their sessions
    // have ended before the count.
    await Promise.allSettled(children.splice(0).map((c) => c.stop()));
    const commits = (await countCommits(db.url)) - commitsBefore - observerStatements;
    return { seconds, locks, workerCpuSeconds, machineCpuSeconds, commits };
  } finally {
    await Promise.allSettled(children.map((c) => c.stop()));
    await queue.close();
    await raw.obliterate({ force: true }).catch(() => undefined);
    await raw.close();
  }
}

/**
 * Throughput of two `pcse worker` processes against one on the same work: N approved cases (made through the
 * store, as the bot leaves them) with their execute-case jobs, PostgreSQL, and an SMTP sink for the replies.
 */
export async function runWorkerScalingBench(cases = 300): Promise<WorkerScalingResult> {
  const db = await createTestDatabase('postgresql', 'bench_workers');
  const smtp = await startSmtpSink();
  try {
    // A client of its own, closed before the runs, so the set-up's commits are all counted before the first run.
    const setup = await openDatabase(db.url);
    const [first, second] = await (async () => {
      try {
        const made = [await createApprovedCases(setup, cases, 'W'), await createApprovedCases(setup, cases, 'X')] as const;
        // The set-up's own audit events are chained now, not by the first run's sealer.
        await sealAuditChain(setup);
        return made;
      } finally {
        await setup.$disconnect();
      }
    })();
    const concurrency = 4;
    const env = {
      DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, WORKER_CONCURRENCY: String(concurrency), LOG_LEVEL: 'info',
      // tsx or the dist build, as the caller chose (both runs get the same).
      ...(process.env.PCSE_RUNTIME ? { PCSE_RUNTIME: process.env.PCSE_RUNTIME } : {}),
    };
    const one = await timeWorkers(db, first, 1, env);
    const two = await timeWorkers(db, second, 2, env);
    if (smtp.messages.length < cases * 2) throw new Error(`expected ${cases * 2} replies at the SMTP sink, got ${smtp.messages.length}`);
    // Every event the runs wrote must be chained: scaling that dropped the audit guarantee would not count.
    const audit = await verifyAuditChain(db.prisma);
    if (!audit.ok) throw new Error(`audit chain broken at seq ${audit.brokenAt} after the bench`);
    const summarise = (r: Awaited<ReturnType<typeof timeWorkers>>): RunSummary => {
      const active = r.locks.reduce((a, s) => a + s.active, 0);
      const waiting = r.locks.reduce((a, s) => a + s.waiting, 0);
      return {
        seconds: Math.round(r.seconds * 100) / 100,
        perSecond: Math.round((cases / r.seconds) * 10) / 10,
        lockWaitShare: active ? Math.round((waiting / active) * 100) / 100 : 0,
        workerCores: Math.round((r.workerCpuSeconds / r.seconds) * 100) / 100,
        machineCores: Math.round((r.machineCpuSeconds / r.seconds) * 100) / 100,
        commitsPerCase: Math.round((r.commits / cases) * 10) / 10,
      };
    };
    const tally = (items: string[]): [string, number][] => {
      const counts = new Map<string, number>();
      for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1]);
    };
    const events = two.locks.flatMap((s) => s.events);
    return {
      cases,
      concurrencyPerProcess: concurrency,
      cpus: os.availableParallelism(),
      oneWorker: summarise(one),
      twoWorkers: summarise(two),
      topLockWaitQueries: tally([...one.locks, ...two.locks].flatMap((s) => s.queries)).slice(0, 3).map(([q, n]) => `${n}× ${q}`),
      twoWorkersWaitEvents: tally(events).slice(0, 5).map(([e, n]) => `${Math.round((n / events.length) * 100)}% ${e}`),
      auditChain: { count: audit.count, unsealed: audit.unsealed },
      ratio: Math.round((one.seconds / two.seconds) * 100) / 100,
    };
  } finally {
    await smtp.stop();
    await db.drop();
  }
}
