import { z } from 'zod';
import { optionalString, parseConfig } from '../core/config.js';

/**
 * The one place the command line reads the environment. The long-running processes (`pcse start`, `ingest`,
 * `worker`, `bot`) get the whole environment from `processEnvironment()` and parse their own keys with their own
 * schemas (ingest/config.ts, core/jobs/worker-config.ts, bot/config.ts); the one-shot commands read only the keys
 * below, parsed once with zod so a bad value is named before any command runs.
 */
export const CliEnvSchema = z.object({
  /** The database the commands use; unset means the default SQLite file (core/adapters/database.ts). */
  DATABASE_URL: optionalString,
  /** Redis for `dead-letters replay`; unset means the local default. */
  REDIS_URL: optionalString,
  /** The BullMQ key prefix the processes share. */
  QUEUE_PREFIX: optionalString,
});
export type CliEnv = z.output<typeof CliEnvSchema>;

let parsed: CliEnv | null = null;

/** The one-shot commands' keys, parsed on first use (throws ConfigError naming every bad key). */
export function cliEnv(): CliEnv {
  parsed ??= parseConfig(CliEnvSchema, process.env);
  return parsed;
}

/** The whole environment, for a process that parses its own keys. */
export function processEnvironment(): Record<string, string | undefined> {
  return process.env;
}
