import { ConfigError } from '../../core/config.js';
import { loadIngestConfig } from '../../ingest/config.js';
import { startIngestWorker } from '../../ingest/worker.js';

/**
 * `pcse ingest`: reads the mailboxes until SIGTERM/SIGINT, then finishes the message in hand and exits 0.
 * Exits 2 with every bad configuration key listed when the environment is wrong.
 */
export async function runIngest(): Promise<number> {
  let config;
  try {
    config = loadIngestConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const worker = await startIngestWorker(config);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await worker.stop();
  return 0;
}
