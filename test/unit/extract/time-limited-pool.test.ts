import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeLimitedWorkerPool } from '../../../ingest/extract/time-limited-pool.js';

type Result = { status: 'done'; matched: boolean; answer: unknown; startedAt: number; endedAt: number } | { status: 'timeout' } | { status: 'failed'; reason: string };

const pools: TimeLimitedWorkerPool<Result>[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function makePool(depth = 1): TimeLimitedWorkerPool<Result> {
  const pool = new TimeLimitedWorkerPool<Result>({
    depth,
    workerUrl: new URL('../../fixtures/workers/catastrophic-regex-worker.mjs', import.meta.url),
    resourceLimits: { maxOldGenerationSizeMb: 32 },
    size: 1,
    maxJobsPerWorker: 100,
    idleMs: 60_000,
    startupAllowanceMs: 10_000,
    warmSpareAfterTimeout: true,
    timedOut: () => ({ status: 'timeout' }),
    failed: (reason) => ({ status: 'failed', reason }),
  });
  pools.push(pool);
  return pool;
}

// 40 word characters then a mismatch: the nested quantifier tries ~2^40 splits, hours of synchronous work.
const HOSTILE = `${'a'.repeat(40)}!`;

describe('TimeLimitedWorkerPool', () => {
  it('cuts a job that blocks its thread synchronously at the limit, while this thread stays responsive', async () => {
    const pool = makePool();
    expect(await pool.run({ word: 'warm up' }, { timeoutMs: 2_000 })).toMatchObject({ status: 'done', matched: true });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = performance.now();
    const result = await pool.run({ word: HOSTILE }, { timeoutMs: 300 });
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    expect(result).toEqual({ status: 'timeout' });
    // Cut at the limit, not before it (how soon after is the bench's business, not a unit test's).
    expect(elapsed).toBeGreaterThanOrEqual(290);
    // The event loop here kept running while the thread was stuck.
    expect(ticks).toBeGreaterThan(5);
  });

  it('serves the next job from a replacement thread after a timeout', async () => {
    const pool = makePool();
    expect(await pool.run({ word: HOSTILE }, { timeoutMs: 300 })).toEqual({ status: 'timeout' });
    expect(pool.spawned).toBe(2); // the stuck thread terminated, a warm spare started at once
    expect(await pool.run({ word: 'a fine email' }, { timeoutMs: 5_000 })).toMatchObject({ status: 'done', matched: true });
    expect(await pool.run({ word: 'another one' }, { timeoutMs: 5_000 })).toMatchObject({ status: 'done', matched: true });
    expect(pool.spawned).toBe(2);
    expect(pool.liveWorkers()).toBe(1);
  });

  it('queues jobs beyond its size and answers each in turn', async () => {
    const pool = makePool();
    const results = await Promise.all(['one', 'two', HOSTILE, 'four'].map((word) => pool.run({ word }, { timeoutMs: 400 })));
    expect(results.map((r) => r.status)).toEqual(['done', 'done', 'timeout', 'done']);
  });

  it('stops the clock while the parent answers a mid-job call', async () => {
    const pool = makePool();
    await pool.run({ word: 'warm up' }, { timeoutMs: 2_000 });
    // The parent takes 600 ms to answer; the job's own limit is 200 ms, but none of those 600 ms are the thread's.
    const result = await pool.run({ word: 'slow attachment', ask: true }, { timeoutMs: 200, onCall: async (word) => (await sleep(600), `read ${String(word)}`) });
    expect(result).toMatchObject({ status: 'done', matched: true, answer: 'read slow attachment' });
  });

  it('answers a job by its deadline even with a longer limit, and a job still queued at it without running it', async () => {
    const pool = makePool();
    await pool.run({ word: 'warm up' }, { timeoutMs: 2_000 });
    const deadlineAt = Date.now() + 400;
    const started = performance.now();
    const [stuck, queued] = await Promise.all([
      pool.run({ word: HOSTILE }, { timeoutMs: 30_000, deadlineAt }),
      pool.run({ word: 'behind it' }, { timeoutMs: 30_000, deadlineAt }),
    ]);
    const elapsed = performance.now() - started;
    expect(stuck).toEqual({ status: 'timeout' });
    expect(queued).toEqual({ status: 'timeout' });
    // Held until the deadline; the 30 s limit did not end it (this test's own 5 s timeout would have failed first).
    expect(elapsed).toBeGreaterThanOrEqual(350);
    // The queued job never reached a thread: only the stuck one was replaced.
    expect(pool.spawned).toBe(2);
    // A deadline already past is answered at once; one in the future leaves an ordinary job alone.
    expect(await pool.run({ word: 'late' }, { timeoutMs: 2_000, deadlineAt: Date.now() - 1 })).toEqual({ status: 'timeout' });
    expect(await pool.run({ word: 'in time' }, { timeoutMs: 2_000, deadlineAt: Date.now() + 5_000 })).toMatchObject({ status: 'done', matched: true });
  });

  it('answers queued jobs as failed when closed', async () => {
    const pool = makePool();
    const stuck = pool.run({ word: HOSTILE }, { timeoutMs: 30_000 });
    const queued = pool.run({ word: 'waiting' }, { timeoutMs: 30_000 });
    await sleep(200);
    await pool.close();
    expect(await stuck).toEqual({ status: 'failed', reason: 'closed' });
    expect(await queued).toEqual({ status: 'failed', reason: 'closed' });
  });

  describe('with jobs posted ahead (depth)', () => {
    it('gives each job its own limit from when it reaches the head of the line, not from when it was posted', async () => {
      const pool = makePool(4);
      await pool.run({ word: 'warm up' }, { timeoutMs: 2_000 });
      // Four jobs of 150 ms under a 250 ms limit: posted together, the last ends 600 ms after it was posted.
      const results = await Promise.all([1, 2, 3, 4].map((n) => pool.run({ word: `job ${n}`, busyMs: 150 }, { timeoutMs: 250 })));
      expect(results.map((r) => r.status)).toEqual(['done', 'done', 'done', 'done']);
      expect(pool.spawned).toBe(1);
    });

    it('the thread starts its next job while this thread is busy, without waiting for it to hand the job over', async () => {
      const pool = makePool(2);
      await pool.run({ word: 'warm up' }, { timeoutMs: 2_000 });
      const first = pool.run({ word: 'first', busyMs: 50 }, { timeoutMs: 2_000 });
      const second = pool.run({ word: 'second' }, { timeoutMs: 2_000 });
      // This thread is blocked (as by a long commit) until well after the first job ends.
      const blockedUntil = Date.now() + 400;
      while (Date.now() < blockedUntil);
      const [a, b] = await Promise.all([first, second]);
      expect(a.status).toBe('done');
      expect(b.status).toBe('done');
      if (a.status !== 'done' || b.status !== 'done') return;
      expect(b.startedAt).toBeGreaterThanOrEqual(a.endedAt);
      expect(b.startedAt).toBeLessThan(blockedUntil);
    });

    it('sends the jobs behind a job that hangs to the replacement thread, and answers them there', async () => {
      const pool = makePool(3);
      await pool.run({ word: 'warm up' }, { timeoutMs: 2_000 });
      const results = await Promise.all(['one', HOSTILE, 'three', 'four', 'five'].map((word) => pool.run({ word }, { timeoutMs: 400 })));
      expect(results.map((r) => r.status)).toEqual(['done', 'timeout', 'done', 'done', 'done']);
      expect(results.filter((r) => r.status === 'done').every((r) => r.status === 'done' && r.matched)).toBe(true);
      expect(pool.spawned).toBe(2);
    });

    it('answers every job it holds as failed when closed', async () => {
      const pool = makePool(3);
      const jobs = [HOSTILE, 'two', 'three', 'four'].map((word) => pool.run({ word }, { timeoutMs: 30_000 }));
      await sleep(200);
      await pool.close();
      expect(await Promise.all(jobs)).toEqual(jobs.map(() => ({ status: 'failed', reason: 'closed' })));
    });
  });
});
