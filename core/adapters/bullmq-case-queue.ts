import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { CaseQueue } from '../ports.js';

/**
 * The case queues on BullMQ. Jobs carry ids only (personal data stays in the database), and each
 * job id is derived from the case id so enqueueing the same case twice (a crash between commit and
 * "mark queued", then the outbox sweep) creates one job, not two.
 */

export const CASE_READY_QUEUE = 'case-ready';
export const EXECUTE_CASE_QUEUE = 'execute-case';

export const CaseReadyJobSchema = z.object({ caseId: z.string().min(1) }).strict();
export type CaseReadyJob = z.infer<typeof CaseReadyJobSchema>;
export const ExecuteCaseJobSchema = z.object({ caseId: z.string().min(1), decisionId: z.string().min(1) }).strict();
export type ExecuteCaseJob = z.infer<typeof ExecuteCaseJobSchema>;

export interface QueueConnectionOptions {
  /** redis://[user:pass@]host:port[/db] */
  redisUrl: string;
  /** BullMQ key prefix; tests use a unique one. Default "pcse". */
  prefix?: string;
}

export interface CaseQueueOptions extends QueueConnectionOptions {
  /** Attempts per job before it is failed for good (default 8). */
  attempts?: number;
  /** First retry delay; doubles each attempt (default 2 s). */
  backoffMs?: number;
  /** How long one enqueue may wait for Redis before it fails (default 5 s); the outbox retries it later. */
  enqueueTimeoutMs?: number;
}

/** Infrastructure failure talking to the queue. */
export class QueueUnavailableError extends Error {
  readonly code = 'queue_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueueUnavailableError';
  }
}

/** Turns a redis:// URL into ioredis options BullMQ can own (it makes its own connections from them). */
export function parseRedisUrl(redisUrl: string): { host: string; port: number; username?: string; password?: string; db: number; tls?: object } {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`not a redis URL: ${url.protocol}`);
  return {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db: Number(url.pathname.replace('/', '') || 0),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * A BullMQ job id for a case: BullMQ forbids ':' (its key separator) and all-digit ids (they clash
 * with its own counters), so the id is prefixed and ':' replaced.
 */
export function jobIdForCase(caseId: string, version?: number): string {
  return version === undefined ? `case-${safeId(caseId)}` : `case-${safeId(caseId)}-v${version}`;
}

/** The job id for executing one decision on a case. */
export function jobIdForExecution(caseId: string, decisionId: string): string {
  return `exec-${safeId(caseId)}-${safeId(decisionId)}`;
}

function safeId(s: string): string {
  return s.replace(/:/g, '_');
}

function producerConnection(redisUrl: string): ConnectionOptions {
  // Fail fast while Redis is down instead of buffering: the transactional outbox re-enqueues later.
  return { ...parseRedisUrl(redisUrl), enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnavailableError(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface BullmqCaseQueue extends CaseQueue {
  /** Job counts per state for both queues, for supervisors and tests. */
  queueCounts(): Promise<Record<string, Record<string, number>>>;
}

/** The CaseQueue port on BullMQ: `case-ready` { caseId } and `execute-case` { caseId, decisionId }. */
export function createBullmqCaseQueue(options: CaseQueueOptions): BullmqCaseQueue {
  const prefix = options.prefix ?? 'pcse';
  const defaultJobOptions = {
    attempts: options.attempts ?? 8,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 2000 },
    // Completed jobs are kept a week so their id keeps deduplicating a late re-enqueue.
    removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
  const caseReady = new Queue(CASE_READY_QUEUE, { connection: producerConnection(options.redisUrl), prefix, defaultJobOptions });
  const execute = new Queue(EXECUTE_CASE_QUEUE, { connection: producerConnection(options.redisUrl), prefix, defaultJobOptions });
  // Errors surface on the awaited calls; without listeners an emitted 'error' would crash the process.
  caseReady.on('error', () => {});
  execute.on('error', () => {});
  const timeoutMs = options.enqueueTimeoutMs ?? 5000;

  /** Runs one enqueue under the timeout; whatever goes wrong is a QueueUnavailableError (the outbox retries). */
  const enqueue = async (name: string, adding: Promise<unknown>): Promise<void> => {
    try {
      await withTimeout(adding, timeoutMs, `enqueue ${name}`);
    } catch (error) {
      if (error instanceof QueueUnavailableError) throw error;
      throw new QueueUnavailableError(`enqueue ${name} failed: ${(error as Error).message}`, { cause: error });
    }
  };
  const add = (queue: Queue, name: string, data: object, jobId: string): Promise<void> => enqueue(name, queue.add(name, data, { jobId }));

  return {
    async enqueueCaseReady(caseId, version) {
      const data: CaseReadyJob = CaseReadyJobSchema.parse({ caseId });
      await add(caseReady, CASE_READY_QUEUE, data, jobIdForCase(caseId, version));
    },
    async enqueueCasesReady(cases) {
      if (cases.length === 0) return;
      const jobs = cases.map(({ caseId, version }) => {
        const data: CaseReadyJob = CaseReadyJobSchema.parse({ caseId });
        return { name: CASE_READY_QUEUE, data, opts: { jobId: jobIdForCase(caseId, version) } };
      });
      await enqueue(CASE_READY_QUEUE, caseReady.addBulk(jobs));
    },
    async enqueueExecution(caseId, decisionId) {
      const data: ExecuteCaseJob = ExecuteCaseJobSchema.parse({ caseId, decisionId });
      await add(execute, EXECUTE_CASE_QUEUE, data, jobIdForExecution(caseId, decisionId));
    },
    async queueCounts() {
      const counts = async (q: Queue): Promise<Record<string, number>> =>
        withTimeout(q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'), timeoutMs, 'queue counts');
      return { [CASE_READY_QUEUE]: await counts(caseReady), [EXECUTE_CASE_QUEUE]: await counts(execute) };
    },
    async close() {
      await Promise.allSettled([caseReady.close(), execute.close()]);
    },
  };
}

export interface WorkerOptions extends QueueConnectionOptions {
  concurrency?: number;
}

function createWorker<T>(
  queueName: string,
  schema: z.ZodType<T>,
  handler: (data: T, job: { id: string | undefined; attemptsMade: number }) => Promise<void>,
  options: WorkerOptions,
): Worker {
  const worker = new Worker(
    queueName,
    async (job: Job) => {
      const parsed = schema.safeParse(job.data);
      // Bad input never gets better by retrying.
      if (!parsed.success) throw new UnrecoverableError(`bad ${queueName} payload: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      await handler(parsed.data, { id: job.id, attemptsMade: job.attemptsMade });
    },
    {
      // A worker's blocking connection must never give up on a command (BullMQ requirement).
      connection: { ...parseRedisUrl(options.redisUrl), maxRetriesPerRequest: null },
      prefix: options.prefix ?? 'pcse',
      concurrency: options.concurrency ?? 4,
    },
  );
  worker.on('error', () => {});
  return worker;
}

/** Runs `handler` for each `case-ready` job (the bot posts the approval card). Throwing retries with backoff. */
export function createCaseReadyWorker(
  handler: (data: CaseReadyJob, job: { id: string | undefined; attemptsMade: number }) => Promise<void>,
  options: WorkerOptions,
): Worker {
  return createWorker(CASE_READY_QUEUE, CaseReadyJobSchema, handler, options);
}

/** Runs `handler` for each `execute-case` job (the executor applies the approved effects). */
export function createExecutionWorker(
  handler: (data: ExecuteCaseJob, job: { id: string | undefined; attemptsMade: number }) => Promise<void>,
  options: WorkerOptions,
): Worker {
  return createWorker(EXECUTE_CASE_QUEUE, ExecuteCaseJobSchema, handler, options);
}

/** A job that runs once per period across every replica of a process kind, and stops with close(). */
export interface ScheduledJob {
  close(): Promise<void>;
}

/**
 * Runs `run` every `everyMs` through a BullMQ job scheduler: one scheduler id, so replicas share one timetable,
 * and every replica's worker competes for each run (the escalation sweep, the heartbeat).
 */
export async function startScheduledJob(
  options: QueueConnectionOptions & { queueName: string; schedulerId: string; everyMs: number; keepJobs: number; run: () => Promise<void> },
): Promise<ScheduledJob> {
  const connection = { ...parseRedisUrl(options.redisUrl), maxRetriesPerRequest: null };
  const prefix = options.prefix ?? 'pcse';
  const queue = new Queue(options.queueName, { connection, prefix });
  queue.on('error', () => {});
  await queue.upsertJobScheduler(options.schedulerId, { every: options.everyMs }, {
    name: options.schedulerId,
    opts: { removeOnComplete: options.keepJobs, removeOnFail: options.keepJobs },
  });
  const worker = new Worker(options.queueName, () => options.run(), { connection, prefix, concurrency: 1 });
  worker.on('error', () => {});
  return {
    async close() {
      await Promise.allSettled([worker.close(), queue.close()]);
    },
  };
}

/** Producers on both case queues, for the queue dashboard (bull-board) to read; close each when done. */
export function openDashboardQueues(options: QueueConnectionOptions): Queue[] {
  const connection = { ...parseRedisUrl(options.redisUrl), maxRetriesPerRequest: null };
  return [CASE_READY_QUEUE, EXECUTE_CASE_QUEUE].map((name) => {
    const q = new Queue(name, { connection, prefix: options.prefix ?? 'pcse' });
    q.on('error', () => {});
    return q;
  });
}

/** Job counts for both queues without keeping a producer open (for `pcse status` and the dashboard). */
export async function queueCounts(options: QueueConnectionOptions): Promise<Record<string, Record<string, number>>> {
  const queue = createBullmqCaseQueue(options);
  try {
    return await queue.queueCounts();
  } finally {
    await queue.close();
  }
}

/**
 * Checks a Redis is fit to hold BullMQ jobs in production and returns one warning per problem:
 * evicting keys loses jobs silently, and without persistence a restart loses every queued case.
 */
export async function checkRedisForProduction(redis: Redis): Promise<string[]> {
  const warnings: string[] = [];
  const config = async (key: string): Promise<string | null> => {
    const reply = (await redis.config('GET', key)) as string[];
    return reply[1] ?? null;
  };
  const policy = await config('maxmemory-policy');
  if (policy !== 'noeviction') warnings.push(`maxmemory-policy is ${policy ?? 'unknown'}; BullMQ needs noeviction`);
  const aof = await config('appendonly');
  const save = await config('save');
  if (aof !== 'yes' && !save) warnings.push('persistence is off (appendonly no and no save points): a restart loses queued jobs');
  else if (aof !== 'yes') warnings.push('appendonly is off: snapshots alone can lose the last minutes of jobs');
  return warnings;
}
