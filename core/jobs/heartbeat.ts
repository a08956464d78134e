import type { Redis } from 'ioredis';
import { startScheduledJob } from '../adapters/bullmq-case-queue.js';

/**
 * The heartbeat: a BullMQ job scheduler puts one `heartbeat` job on its queue every HEARTBEAT_EVERY_MS, and every
 * process that runs queue workers (`pcse worker`, `pcse bot`) consumes it and stamps the time under
 * `<prefix>:heartbeat:<process>`. A fresh stamp proves more than "the process is up": Redis answers, the
 * scheduler fires and a worker loop really takes jobs. Its age is exported as pcse_heartbeat_age_seconds.
 */
export const HEARTBEAT_QUEUE = 'heartbeat';
export const HEARTBEAT_EVERY_MS = 15_000;

/** The Redis key holding the last heartbeat (epoch ms) a process of this kind handled. */
export function heartbeatKey(prefix: string, processName: string): string {
  return `${prefix}:heartbeat:${processName}`;
}

export interface RunningHeartbeat {
  close(): Promise<void>;
}

/**
 * Schedules the heartbeat (idempotent across replicas: one scheduler id) and consumes it for `processName`.
 * Every replica competes for the same job, so the stamp says "at least one of them is alive".
 */
export async function startHeartbeat(options: {
  redisUrl: string;
  prefix: string;
  processName: string;
  redis: Pick<Redis, 'set'>;
  everyMs?: number;
}): Promise<RunningHeartbeat> {
  return startScheduledJob({
    redisUrl: options.redisUrl,
    prefix: options.prefix,
    queueName: `${HEARTBEAT_QUEUE}-${options.processName}`,
    schedulerId: 'heartbeat',
    everyMs: options.everyMs ?? HEARTBEAT_EVERY_MS,
    keepJobs: 10,
    run: async () => {
      await options.redis.set(heartbeatKey(options.prefix, options.processName), String(Date.now()));
    },
  });
}

/** Seconds since the last heartbeat `processName` handled, or null when none was ever recorded. */
export async function readHeartbeatAge(redis: Pick<Redis, 'get'>, prefix: string, processName: string, now = Date.now()): Promise<number | null> {
  const value = await redis.get(heartbeatKey(prefix, processName));
  if (!value) return null;
  return Math.max(0, (now - Number(value)) / 1000);
}
