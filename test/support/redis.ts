import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { findFreePort } from './dovecot.js';

/** The machine's Redis (scripts/ensure-services.sh starts it). Tests isolate themselves by key prefix. */
export const SHARED_REDIS_URL = 'redis://127.0.0.1:6379';

/** A prefix no other test uses, for BullMQ queues and our own keys. */
export function uniqueRedisPrefix(label = 'test'): string {
  return `${label}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

export interface TestRedis {
  port: number;
  url: string;
  /** Stops the server: SIGKILL by default (nothing is saved, like a crash); SIGTERM lets it flush its AOF. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Starts it again on the same port (empty unless appendonly was on). */
  start(): Promise<void>;
}

/**
 * A separate redis-server on a random loopback port, for tests that stop and restart Redis:
 * never stop the machine's shared one. `appendonly` keeps data across a restart, like production.
 */
export async function startRedis(options: { appendonly?: boolean; dir?: string } = {}): Promise<TestRedis> {
  const port = await findFreePort();
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', options.appendonly ? 'yes' : 'no', '--appendfsync', 'always'];
    if (options.dir) args.push('--dir', options.dir);
    child = spawn('redis-server', args, { stdio: 'ignore' });
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => {});
    const deadline = Date.now() + 5000;
    for (;;) {
      try {
        await probe.connect();
        await probe.ping();
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`redis-server did not start on ${port}`);
        probe.disconnect();
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    probe.disconnect();
  };
  const stop = async (signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, stop, start };
}
