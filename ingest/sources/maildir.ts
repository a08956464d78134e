import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Mailbox } from '../../core/domain/case.js';
import { computeBackoffMs, type MessageHandler, type RunningSource } from './source-message.js';

export interface MaildirOptions {
  mailbox: Mailbox;
  /** The Maildir root: messages arrive in `<dir>/new/` (written to tmp/ and renamed in, per the Maildir convention). */
  dir: string;
  maxMessageBytes: number;
  /** Rescan at least this often (default 5 s); fs.watch wakes it sooner. */
  pollIntervalMs?: number;
  logger: Logger;
}

/**
 * Reads a Maildir drop folder: each file in new/ is handed to `handler`, and after it returns (case
 * committed and queued) the file moves to cur/ with the Seen flag (`:2,S`). A file whose handler
 * throws stays in new/ and is retried with backoff. The file name is the stable source key.
 */
export function startMaildir(options: MaildirOptions, handler: MessageHandler): RunningSource {
  const log = options.logger.child({ mailbox: options.mailbox });
  const newDir = path.join(options.dir, 'new');
  const curDir = path.join(options.dir, 'cur');
  let stopped = false;
  let wake: () => void = () => {};
  let watcher: FSWatcher | null = null;

  const scan = async (): Promise<boolean> => {
    const names = (await readdir(newDir)).filter((n) => !n.startsWith('.')).sort();
    for (const name of names) {
      if (stopped) return true;
      const file = path.join(newDir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      const raw = info.size <= options.maxMessageBytes ? await readFile(file) : null;
      const base = name.split(':')[0] ?? name;
      try {
        await handler({ mailbox: options.mailbox, sourceKey: `maildir:${options.mailbox}:${base}`, uidValidity: null, uid: null, raw, size: info.size, receivedAt: info.mtime });
      } catch (error) {
        log.warn({ file: base, err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'message not processed; will retry');
        return false;
      }
      await rename(file, path.join(curDir, `${base}:2,S`));
    }
    return true;
  };

  let markReached: () => void = () => {};
  const reached = new Promise<void>((resolve) => { markReached = resolve; });

  const loop = async (): Promise<void> => {
    for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(options.dir, sub), { recursive: true });
    markReached();
    try {
      watcher = watch(newDir, () => wake());
      watcher.on('error', () => undefined);
    } catch {
      watcher = null; // polling alone still works
    }
    let failures = 0;
    while (!stopped) {
      const ok = await scan().catch((error: Error) => {
        log.warn({ err: { message: error.message } }, 'maildir scan failed');
        return false;
      });
      failures = ok ? 0 : failures + 1;
      if (stopped) break;
      const waitMs = ok ? (options.pollIntervalMs ?? 5000) : computeBackoffMs(failures, 500, 30_000);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        wake = () => { clearTimeout(timer); resolve(); };
      });
      if (!ok) continue;
    }
  };

  const running = loop();
  return {
    reached,
    async stop() {
      stopped = true;
      markReached();
      wake();
      watcher?.close();
      await running;
    },
  };
}
