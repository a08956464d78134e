import { MigrationError } from '../core/adapters/migrate.js';
import { ConfigError } from '../core/config.js';
import { StartupError } from '../core/observability/prepare-process.js';
import { BotConfigError } from '../bot/config.js';

/** A started long-running process (ingest, bot, worker, or all three under `pcse start`). */
export interface RunningProcess {
  /** Stops taking work, lets in-flight jobs and IMAP sessions finish, closes connections. */
  stop(): Promise<void>;
}

/**
 * Starts a process, then waits for SIGTERM or SIGINT and stops it (draining in-flight work). Configuration errors
 * print every bad key and give exit code 2; start-up refusals (unsafe Redis, migrations that could not be applied) give 3.
 */
export async function runUntilSignal(start: () => Promise<RunningProcess>): Promise<number> {
  let running: RunningProcess;
  try {
    running = await start();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof BotConfigError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof StartupError || error instanceof MigrationError) {
      // One line: the cause chain (an engine's WASM stack) stays out of an operator's log.
      console.error(`refusing to start (${error.code}): ${error.message}`);
      return 3;
    }
    throw error;
  }
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await running.stop();
  return 0;
}
