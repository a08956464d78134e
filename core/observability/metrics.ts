import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Redis } from 'ioredis';
import type { Database } from '../adapters/database.js';
import { createPrismaCorrectionStatistics } from '../adapters/prisma-case-corrections.js';
import { computeCorrectionShares } from '../domain/correction-shares.js';
import { readHeartbeatAge } from '../jobs/heartbeat.js';

/** The processes whose heartbeats are exported (core/jobs/heartbeat.ts). */
export const HEARTBEAT_PROCESSES = ['worker', 'bot'] as const;

export interface ProcessMetricsSources {
  /** Which pcse process this is (label `process` on every series). */
  processName: string;
  db: Database;
  /** Job counts per queue and state (BullmqCaseQueue.queueCounts). */
  queueCounts(): Promise<Record<string, Record<string, number>>>;
  redis: Pick<Redis, 'get'>;
  queuePrefix: string;
}

export interface ProcessMetrics {
  registry: Registry;
  /** Counts a failed job or message in this process (pcse_failures_total{queue}). */
  recordFailure(source: string): void;
  /** Counts one email committed by this process. */
  recordIngested(mailbox: string): void;
}

const WAITING_STATES = ['needs_information', 'awaiting_approval'];

/** The windows live accuracy is reported over (label `window`). */
export const ACCURACY_WINDOWS = { '7d': 7, '30d': 30 } as const;

/**
 * The Prometheus registry each process serves on /metrics. The system-wide gauges (cases by state, queue depth,
 * oldest waiting case, ingest lag, dead letters, heartbeat age) are read from the store and Redis when scraped,
 * so every replica reports the same truth and none keeps state of its own; a source that fails is skipped for
 * that scrape (and counted in pcse_metrics_errors_total) rather than failing the whole page.
 */
export function createProcessMetrics(sources: ProcessMetricsSources): ProcessMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ process: sources.processName });
  collectDefaultMetrics({ register: registry, prefix: 'pcse_node_' });
  const scrapeErrors = new Counter({ name: 'pcse_metrics_errors_total', help: 'Metric sources that failed during a scrape', labelNames: ['source'], registers: [registry] });
  const guard = async (source: string, read: () => Promise<void>): Promise<void> => {
    try {
      await read();
    } catch {
      scrapeErrors.inc({ source });
    }
  };
  const { db } = sources;

  new Gauge({
    name: 'pcse_cases', help: 'Cases by state', labelNames: ['state'], registers: [registry],
    async collect() {
      await guard('cases', async () => {
        this.reset();
        const groups = await db.case.groupBy({ by: ['state'], _count: { _all: true } });
        for (const g of groups) this.set({ state: g.state }, g._count._all);
      });
    },
  });
  new Gauge({
    name: 'pcse_queue_jobs', help: 'BullMQ jobs by queue and state', labelNames: ['queue', 'state'], registers: [registry],
    async collect() {
      await guard('queues', async () => {
        const counts = await sources.queueCounts();
        this.reset();
        for (const [queue, byState] of Object.entries(counts)) for (const [state, n] of Object.entries(byState)) this.set({ queue, state }, n);
      });
    },
  });
  new Gauge({
    name: 'pcse_oldest_waiting_case_age_seconds', help: 'Age of the oldest case waiting for a decision or information (0 when none)', registers: [registry],
    async collect() {
      await guard('oldest_waiting', async () => {
        const oldest = await db.case.findFirst({ where: { state: { in: WAITING_STATES } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } });
        this.set(oldest ? (Date.now() - oldest.createdAt.getTime()) / 1000 : 0);
      });
    },
  });
  new Gauge({
    name: 'pcse_ingest_lag_seconds', help: 'now − receivedAt of the email committed last: grows when ingest falls behind or stops', registers: [registry],
    async collect() {
      await guard('ingest_lag', async () => {
        const last = await db.email.findFirst({ orderBy: { storedAt: 'desc' }, select: { receivedAt: true } });
        if (last) this.set(Math.max(0, (Date.now() - last.receivedAt.getTime()) / 1000));
      });
    },
  });
  new Gauge({
    name: 'pcse_ingest_commit_delay_seconds', help: 'storedAt − receivedAt of the email committed last (arrival to commit)', registers: [registry],
    async collect() {
      await guard('commit_delay', async () => {
        const last = await db.email.findFirst({ orderBy: { storedAt: 'desc' }, select: { receivedAt: true, storedAt: true } });
        if (last) this.set(Math.max(0, (last.storedAt.getTime() - last.receivedAt.getTime()) / 1000));
      });
    },
  });
  new Gauge({
    name: 'pcse_dead_letters_unresolved', help: 'Emails that could not be processed and wait for a person', registers: [registry],
    async collect() {
      await guard('dead_letters', async () => {
        this.set(await db.deadLetter.count({ where: { resolvedAt: null } }));
      });
    },
  });
  new Gauge({
    name: 'pcse_audit_unsealed_events', help: 'Audit events committed but not yet hash-chained (sealed by pcse worker every second): grows when no worker seals', registers: [registry],
    async collect() {
      await guard('audit_unsealed', async () => {
        this.set(await db.auditEvent.count({ where: { chainSeq: null } }));
      });
    },
  });
  new Gauge({
    name: 'pcse_heartbeat_age_seconds', help: 'Seconds since a process of this kind last handled its heartbeat job', labelNames: ['of'], registers: [registry],
    async collect() {
      await guard('heartbeat', async () => {
        this.reset();
        for (const of of HEARTBEAT_PROCESSES) {
          const age = await readHeartbeatAge(sources.redis, sources.queuePrefix, of);
          if (age !== null) this.set({ of }, age);
        }
      });
    },
  });
  // Live accuracy (issue 11): both gauges come from one count per window per scrape. prom-client collects every
  // metric of a scrape at once, so the second gauge joins the read the first started instead of repeating it.
  const corrections = createPrismaCorrectionStatistics(db);
  let sharesInFlight: Promise<{ window: string; rows: ReturnType<typeof computeCorrectionShares> }[]> | null = null;
  const readShares = () =>
    (sharesInFlight ??= Promise.all(
      Object.entries(ACCURACY_WINDOWS).map(async ([window, days]) => ({
        window,
        rows: computeCorrectionShares(await corrections.countCorrections(new Date(Date.now() - days * 86_400_000))),
      })),
    ).finally(() => {
      sharesInFlight = null;
    }));
  new Gauge({
    name: 'pcse_case_correction_share',
    help: 'Share of cases received in the window whose extracted value at `field` staff corrected ("Edit fields…"), by kind',
    labelNames: ['kind', 'field', 'window'],
    registers: [registry],
    async collect() {
      await guard('corrections', async () => {
        const windows = await readShares();
        this.reset();
        for (const { window, rows } of windows) for (const r of rows) for (const f of r.fields) this.set({ kind: r.kind, field: f.path, window }, f.share);
      });
    },
  });
  new Gauge({
    name: 'pcse_case_reclassified_share',
    help: 'Share of cases received in the window that staff reclassified, by the kind extraction gave them',
    labelNames: ['kind', 'window'],
    registers: [registry],
    async collect() {
      await guard('reclassified', async () => {
        const windows = await readShares();
        this.reset();
        for (const { window, rows } of windows) for (const r of rows) this.set({ kind: r.kind, window }, r.reclassifiedShare);
      });
    },
  });
  const failures = new Counter({ name: 'pcse_failures_total', help: 'Failed jobs or messages in this process', labelNames: ['source'], registers: [registry] });
  const ingested = new Counter({ name: 'pcse_emails_committed_total', help: 'Emails committed by this process', labelNames: ['mailbox'], registers: [registry] });
  return {
    registry,
    recordFailure: (source) => failures.inc({ source }),
    recordIngested: (mailbox) => ingested.inc({ mailbox }),
  };
}
