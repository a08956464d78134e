import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import { checkRedisForProduction, parseRedisUrl } from '../adapters/bullmq-case-queue.js';
import { migrateDatabase } from '../adapters/migrate.js';
import { detectProvider } from '../adapters/prisma-schema-engine.js';
import { booleanString, parseConfig } from '../config.js';

/** Keys every long-running process reads besides its own: where /metrics listens, and the Redis escape hatch. */
export const ObservabilityConfigSchema = z.object({
  METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  REDIS_ALLOW_UNSAFE: booleanString(false),
  NODE_ENV: z.string().optional(),
});

/**
 * Parses METRICS_PORT (default `fallbackPort`) and REDIS_ALLOW_UNSAFE; throws ConfigError naming bad keys.
 * NODE_ENV=test (set by test runners) also allows an unsafe Redis: the machine's test Redis runs without persistence.
 */
export function loadObservabilityConfig(
  env: Record<string, string | undefined>,
  fallbackPort: number,
): { metricsPort: number; metricsPortExplicit: boolean; allowUnsafeRedis: boolean } {
  const c = parseConfig(ObservabilityConfigSchema, env);
  return { metricsPort: c.METRICS_PORT ?? fallbackPort, metricsPortExplicit: c.METRICS_PORT !== undefined, allowUnsafeRedis: c.REDIS_ALLOW_UNSAFE || c.NODE_ENV === 'test' };
}

/** The process must not start: the Redis would lose jobs, or it cannot be reached. */
export class StartupError extends Error {
  constructor(readonly code: 'redis_unsafe' | 'redis_unreachable', message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/**
 * What each process does before it takes work: applies the migrations (once across replicas: PostgreSQL's
 * advisory lock, SQLite's write lock) and checks the Redis holds jobs safely (maxmemory-policy noeviction,
 * persistence on). Production means a PostgreSQL DATABASE_URL: there an unsafe Redis refuses start-up unless
 * REDIS_ALLOW_UNSAFE=true; in local mode (SQLite) it is a loud warning.
 */
export async function prepareProcess(options: {
  databaseUrl: string;
  redisUrl: string;
  allowUnsafeRedis: boolean;
  logger: Logger;
}): Promise<{ production: boolean; migrationsApplied: string[]; redisWarnings: string[] }> {
  const production = detectProvider(options.databaseUrl) === 'postgresql';
  const { applied } = await migrateDatabase(options.databaseUrl, { logger: options.logger });
  if (applied.length > 0) options.logger.info({ applied }, 'migrations applied');
  const redis = new Redis({ ...parseRedisUrl(options.redisUrl), lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
  redis.on('error', () => {});
  let warnings: string[];
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new StartupError('redis_unreachable', `Redis does not answer at ${new URL(options.redisUrl).host}: ${(error as Error).message}`);
  }
  try {
    warnings = await checkRedisForProduction(redis);
  } catch {
    // Managed Redis services often disable CONFIG: say so rather than guess.
    warnings = ['CONFIG GET is not allowed: cannot check maxmemory-policy and persistence; make sure they are noeviction and on'];
  } finally {
    redis.disconnect();
  }
  if (warnings.length > 0) {
    const text = `Redis is not safe for BullMQ jobs:\n  - ${warnings.join('\n  - ')}`;
    if (production && !options.allowUnsafeRedis) {
      throw new StartupError('redis_unsafe', `${text}\nFix the Redis configuration (appendonly yes, maxmemory-policy noeviction) or set REDIS_ALLOW_UNSAFE=true.`);
    }
    options.logger.warn({ warnings, production }, 'Redis is not safe for BullMQ jobs');
    if (!production) console.error(`\n*** WARNING (local mode): ${text}\n*** A Redis restart or eviction loses queued jobs; the outbox relay re-queues committed cases. ***\n`);
  }
  return { production, migrationsApplied: applied, redisWarnings: warnings };
}
