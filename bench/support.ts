import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mailbox } from '../core/domain/case.js';

/** The repository root (bench/..), so child processes and corpus paths do not depend on the caller's cwd. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Nearest-rank percentile of an ascending array (0 when empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` every `intervalMs` until it returns true, or throws after `timeoutMs` naming `what`. */
export async function waitUntil(check: () => Promise<boolean>, what: string | (() => string), timeoutMs: number, intervalMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(intervalMs);
  }
}

export interface CorpusEmail {
  file: string;
  mailbox: Mailbox;
  raw: Buffer;
}

const CORPUS_DIRS = ['test/fixtures/emails', 'test/corpus', 'test/holdout'];
const MAILBOX_DIRS: Mailbox[] = ['portalenquiries', 'datamanager', 'openexeter'];

/** Every .eml under the fixture, corpus and holdout folders; the mailbox is the folder it sits in. */
export async function loadCorpusEmails(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];
  for (const dir of CORPUS_DIRS) {
    for (const mailbox of MAILBOX_DIRS) {
      const folder = path.join(REPO_ROOT, dir, mailbox);
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith('.eml')).sort()) {
        out.push({ file: path.join(dir, mailbox, name), mailbox, raw: await readFile(path.join(folder, name)) });
      }
    }
  }
  return out;
}

/**
 * A copy of `raw` with a fresh Message-ID (the original one removed, RFC 5322 §3.6.4), so repeated
 * corpus messages are distinct emails to the store rather than duplicates of one.
 */
export function withMessageId(raw: Buffer, messageId: string): Buffer {
  const text = raw.toString('latin1');
  const headerEnd = text.search(/\r?\n\r?\n/);
  const head = headerEnd >= 0 ? text.slice(0, headerEnd) : text;
  const rest = headerEnd >= 0 ? text.slice(headerEnd) : '\r\n\r\n';
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  const cleaned = head.replace(/^Message-ID:[^\n]*\n?(?:[ \t][^\n]*\n?)*/gim, '').replace(/(\r?\n)+$/, '');
  return Buffer.from(`Message-ID: ${messageId}${eol}${cleaned}${rest}`, 'latin1');
}

/** RSS of a live process in bytes, from /proc/<pid>/status VmRSS (null when it has exited). */
export async function readRssBytes(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const kb = status?.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1];
  return kb ? Number(kb) * 1024 : null;
}

/** Pids of `pid` and all its descendants (Linux /proc/<pid>/task/<tid>/children). */
export async function processTree(pid: number): Promise<number[]> {
  const tids = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children = await Promise.all(tids.map((t) => readFile(`/proc/${pid}/task/${t}/children`, 'utf8').catch(() => '')));
  const direct = children.flatMap((c) => c.split(/\s+/).filter(Boolean).map(Number));
  return [pid, ...(await Promise.all(direct.map(processTree))).flat()];
}

/**
 * VmRSS summed over `pid` and those of its descendants whose command line `include` accepts, in bytes, and how
 * many processes that was.
 */
export async function readTreeRssBytes(pid: number, include: (cmdline: string) => boolean = () => true): Promise<{ rss: number; processes: number }> {
  const pids = await processTree(pid);
  const cmdlines = await Promise.all(pids.map((p) => readFile(`/proc/${p}/cmdline`, 'utf8').catch(() => '')));
  const rss = await Promise.all(pids.filter((p, i) => p === pid || include(cmdlines[i]!.replace(/\0/g, ' '))).map(readRssBytes));
  const live = rss.filter((r): r is number => r !== null);
  return { rss: live.reduce((a, b) => a + b, 0), processes: live.length };
}

export const MB = 1024 * 1024;

export function toMb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

export interface ChildService {
  child: ChildProcess;
  pid: number;
  /** Throws (with the output tail) when the child has exited: a wait on its work would never end. */
  assertAlive(): void;
  /** The last lines the child wrote (stdout and stderr), for error messages. */
  tail(): string;
  /** Resolves when a line matching `pattern` appears (already seen or still to come). */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `node bin/pcse.js <args>` (or any node script) as a child process with `env` on top of a minimal
 * environment, keeping the tail of its output so a failed run can say why.
 */
export function startNodeChild(args: string[], env: Record<string, string>): ChildService {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', REDIS_ALLOW_UNSAFE: 'true', METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const watchers = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(line);
    if (lines.length > 400) lines.splice(0, lines.length - 400);
    for (const w of watchers) w();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    pid: child.pid ?? 0,
    tail: () => lines.slice(-15).join('\n'),
    assertAlive() {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`child ${args.join(' ')} exited (${child.exitCode ?? child.signalCode}):\n${lines.slice(-15).join('\n')}`);
      }
    },
    waitForLine(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (!lines.some((l) => pattern.test(l))) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`child ${args.join(' ')} printed no ${pattern} within ${timeoutMs} ms:\n${lines.slice(-15).join('\n')}`));
        }, timeoutMs);
        const onExit = (): void => {
          cleanup();
          reject(new Error(`child ${args.join(' ')} exited (${child.exitCode}) before ${pattern}:\n${lines.slice(-15).join('\n')}`));
        };
        const cleanup = (): void => {
          clearTimeout(timer);
          watchers.delete(check);
          child.off('exit', onExit);
        };
        watchers.add(check);
        child.once('exit', onExit);
        check();
      });
    },
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Samples a process's RSS every `intervalMs` until stopped; keeps every sample with its time. */
export function sampleRss(pid: number, intervalMs = 100): { stop(): { t: number; rss: number }[] } {
  const samples: { t: number; rss: number }[] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    void readRssBytes(pid).then((rss) => {
      if (rss !== null) samples.push({ t: performance.now() - started, rss });
    });
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}
