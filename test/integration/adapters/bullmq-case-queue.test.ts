import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CASE_READY_QUEUE,
  checkRedisForProduction,
  createBullmqCaseQueue,
  createCaseReadyWorker,
  createExecutionWorker,
  jobIdForCase,
  jobIdForExecution,
  parseRedisUrl,
  QueueUnavailableError,
} from '../../../core/adapters/bullmq-case-queue.js';
import { SHARED_REDIS_URL, startRedis, uniqueRedisPrefix } from '../../support/redis.js';

const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe('bullmq case queue', () => {
  it('derives job ids BullMQ accepts (no ":" and never all digits)', () => {
    expect(jobIdForCase('123')).toBe('case-123');
    expect(jobIdForCase('a:b:c')).not.toContain(':');
    expect(jobIdForCase('c1', 3)).toBe('case-c1-v3');
    expect(jobIdForExecution('c1', 'd:2')).toBe('exec-c1-d_2');
  });

  it('enqueues a case once however often it is asked, with only the id in the payload', async () => {
    const prefix = uniqueRedisPrefix('q');
    const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix });
    closers.push(() => queue.close());
    await queue.enqueueCaseReady('case:1');
    await queue.enqueueCaseReady('case:1');
    await queue.enqueueCaseReady('2');
    const counts = await queue.queueCounts();
    expect(counts[CASE_READY_QUEUE]?.waiting).toBe(2);
    const raw = new Queue(CASE_READY_QUEUE, { connection: parseRedisUrl(SHARED_REDIS_URL), prefix });
    closers.push(() => raw.close());
    const job = await raw.getJob(jobIdForCase('case:1'));
    expect(job?.data).toEqual({ caseId: 'case:1' });
  });

  it('enqueues several cases in one call, each once, as enqueueCaseReady would', async () => {
    const prefix = uniqueRedisPrefix('bulk');
    const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix });
    closers.push(() => queue.close());
    await queue.enqueueCaseReady('c1', 1);
    // c1 v1 is queued already; c2 v1 twice in the same call; c1 v2 is the same case ready again.
    await queue.enqueueCasesReady([{ caseId: 'c1', version: 1 }, { caseId: 'c2', version: 1 }, { caseId: 'c2', version: 1 }, { caseId: 'c1', version: 2 }]);
    await queue.enqueueCasesReady([]);
    expect((await queue.queueCounts())[CASE_READY_QUEUE]?.waiting).toBe(3);
    const raw = new Queue(CASE_READY_QUEUE, { connection: parseRedisUrl(SHARED_REDIS_URL), prefix });
    closers.push(() => raw.close());
    expect((await raw.getJob(jobIdForCase('c1', 2)))?.data).toEqual({ caseId: 'c1' });
    expect((await raw.getJob(jobIdForCase('c2', 1)))?.data).toEqual({ caseId: 'c2' });
  });

  it('runs handlers, retries a throwing handler with backoff and fails bad payloads without retrying', async () => {
    const prefix = uniqueRedisPrefix('w');
    const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix, backoffMs: 50, attempts: 3 });
    closers.push(() => queue.close());
    const seen: string[] = [];
    let flaky = 0;
    const done = new Promise<void>((resolve) => {
      const worker = createCaseReadyWorker(async ({ caseId }) => {
        if (caseId === 'flaky' && flaky++ < 2) throw new Error('transient');
        seen.push(caseId);
        if (seen.length === 2) resolve();
      }, { redisUrl: SHARED_REDIS_URL, prefix });
      closers.push(() => worker.close());
    });
    await queue.enqueueCaseReady('ok');
    await queue.enqueueCaseReady('flaky');
    await done;
    expect(seen.sort()).toEqual(['flaky', 'ok']);
    expect(flaky).toBe(3);

    const raw = new Queue('execute-case', { connection: parseRedisUrl(SHARED_REDIS_URL), prefix, defaultJobOptions: { attempts: 5 } });
    closers.push(() => raw.close());
    let calls = 0;
    const worker = createExecutionWorker(async () => { calls++; }, { redisUrl: SHARED_REDIS_URL, prefix });
    closers.push(() => worker.close());
    const failed = new Promise<{ attemptsMade: number; failedReason: string }>((resolve) =>
      worker.on('failed', (job) => job && resolve({ attemptsMade: job.attemptsMade, failedReason: job.failedReason })),
    );
    await raw.add('execute-case', { caseId: 'x' }, { jobId: 'bad-1' });
    const result = await failed;
    expect(calls).toBe(0);
    expect(result.attemptsMade).toBe(1);
    expect(result.failedReason).toMatch(/bad execute-case payload/);
  });

  it('fails fast with a coded error while Redis is down, and works again once it is back', async () => {
    const redis = await startRedis();
    closers.push(() => redis.stop());
    const queue = createBullmqCaseQueue({ redisUrl: redis.url, prefix: uniqueRedisPrefix('down'), enqueueTimeoutMs: 1500 });
    closers.push(() => queue.close());
    await queue.enqueueCaseReady('before');
    await redis.stop();
    const started = Date.now();
    const error = await queue.enqueueCaseReady('during').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueUnavailableError);
    expect((error as QueueUnavailableError).code).toBe('queue_unavailable');
    expect(Date.now() - started).toBeLessThan(3000);
    await redis.start();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const ok = await queue.enqueueCaseReady('after').then(() => true, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error('queue did not recover');
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it('warns about a Redis that would lose jobs', async () => {
    const redis = new Redis(SHARED_REDIS_URL);
    closers.push(() => redis.quit());
    // The machine's Redis runs with --save "" --appendonly no.
    const warnings = await checkRedisForProduction(redis);
    expect(warnings.some((w) => w.includes('persistence is off'))).toBe(true);
  });
});
