import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIngestConfig } from '../../../ingest/config.js';
import { startIngestWorker } from '../../../ingest/worker.js';
import { appendEmails, assertExactlyOnce, makeDrillRig, waitForIngested, type AppendOptions, type DrillRig } from '../../support/drill-rig.js';
import { SHARED_REDIS_URL, startRedis } from '../../support/redis.js';

/**
 * The crash drills: 1,000 emails arrive while the worker is killed, Redis goes away, or Dovecot
 * restarts. Afterwards there must be exactly 1,000 cases and 1,000 case-ready jobs: nothing lost,
 * nothing twice.
 */
const TOTAL = 1000;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

const makeRig = (label: string, redisUrl = SHARED_REDIS_URL): Promise<DrillRig> =>
  makeDrillRig('postgresql', label, (c) => cleanups.push(async () => c()), { redisUrl });
const appendAll = (rig: DrillRig, onProgress?: AppendOptions['onProgress']) =>
  appendEmails(rig.dovecot, TOTAL, { messageIdPrefix: 'drill', ...(onProgress ? { onProgress } : {}) });
const waitForCount = (rig: DrillRig, timeoutMs: number) => waitForIngested(rig, TOTAL, timeoutMs);

function spawnWorker(env: Record<string, string>): { child: ChildProcess; connected: Promise<void>; exited: Promise<void> } {
  const child = spawn(process.execPath, ['bin/pcse.js', 'ingest'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let onConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => { onConnected = resolve; });
  child.stdout?.on('data', (chunk: Buffer) => { if (chunk.toString().includes('imap connected')) onConnected(); });
  child.stderr?.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, connected, exited };
}

describe('ingest crash drills (1,000 emails each)', () => {
  it('survives 20+ SIGKILLs of the worker process at random moments', async () => {
    const rig = await makeRig('drill_kill');
    let current = spawnWorker(rig.env);
    cleanups.push(async () => { current.child.kill('SIGKILL'); await current.exited; });
    const appending = appendAll(rig);
    let kills = 0;
    while (kills < 20) {
      await Promise.race([current.connected, new Promise((r) => setTimeout(r, 8000))]);
      // A random moment of its working life: connected, reading mail (the first emails take the extraction thread's warm-up).
      await new Promise((r) => setTimeout(r, Math.random() * 1500));
      current.child.kill('SIGKILL');
      await current.exited;
      kills++;
      current = spawnWorker(rig.env);
    }
    await appending;
    await waitForCount(rig, 240_000);
    current.child.kill('SIGTERM');
    await current.exited;
    expect(kills).toBeGreaterThanOrEqual(20);
    await assertExactlyOnce(rig, TOTAL);
    // Each of the 20 lives starts a process (launcher, database and Redis checks, the extraction thread's warm-up):
    // about 3 s on a quiet 2-core machine and twice that on a busy one, before the 1,000 emails are drained.
  }, 420_000);

  it('loses and duplicates nothing while Redis is stopped and restarted mid-run', async () => {
    const redis = await startRedis({ appendonly: true, dir: await mkdtemp(path.join(tmpdir(), 'pcse-drill-redis-')) });
    cleanups.push(() => redis.stop());
    const rig = await makeRig('drill_redis', redis.url);
    const worker = await startIngestWorker(loadIngestConfig(rig.env), { logger: pino({ level: 'silent' }), outboxIntervalMs: 1000 });
    cleanups.push(() => worker.stop());
    await appendAll(rig, async (n) => {
      if (n === 250 || n === 700) {
        await redis.stop('SIGTERM');
        await new Promise((r) => setTimeout(r, 1500));
        await redis.start();
      }
    });
    await waitForCount(rig, 120_000);
    await assertExactlyOnce(rig, TOTAL);
  }, 180_000);

  it('loses and duplicates nothing while Dovecot restarts mid-run', async () => {
    const rig = await makeRig('drill_dovecot');
    const worker = await startIngestWorker(loadIngestConfig(rig.env), { logger: pino({ level: 'silent' }) });
    cleanups.push(() => worker.stop());
    const restarts = [200, 500, 800];
    await appendAll(rig, async (n) => {
      if (restarts.includes(n)) await rig.dovecot.restart();
    });
    await waitForCount(rig, 120_000);
    await assertExactlyOnce(rig, TOTAL);
  }, 180_000);
});
