#!/usr/bin/env node
// Runs the compiled CLI from dist/ when `npm run build` (run by postinstall) produced it and no source file has
// changed since; otherwise the TypeScript through tsx, so a checkout being edited never runs stale JavaScript.
// Compiled, an idle process is ~32 MB smaller (no tsx loader thread, no compiling at run time) and starts faster.
// PCSE_RUNTIME=tsx forces the TypeScript; PCSE_RUNTIME=dist requires the build.
import { spawn } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['core', 'ingest', 'bot', 'templates', 'cli'];
const SOURCE_FILE = /\.(ts|mts|mjs|json|prisma)$/;

/** Newest modification time (ms) of any source file under `dir`, or 0. */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (SOURCE_FILE.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/ holds a complete build started after the last change to any source file. */
function buildIsCurrent() {
  let startedAt;
  try {
    startedAt = JSON.parse(readFileSync(path.join(root, 'dist/.pcse-build.json'), 'utf8')).startedAt;
  } catch {
    return false;
  }
  return typeof startedAt === 'number' && SOURCE_DIRS.every((d) => newestSource(path.join(root, d)) < startedAt);
}

// V8 sizes its heap limit from the machine (about 4 GB here) and collects lazily below it, so a process draining a
// backlog lets garbage pile up to hundreds of MB before a full GC. The long-running commands therefore run with
// --max-old-space-size=PCSE_MAX_HEAP_MB (default 160; 256 for `start`, which hosts all three in one process;
// 0 keeps V8's default), unless the flag is already given (node's own arguments or NODE_OPTIONS). V8 reads the
// flag only when the heap is created, so this process starts the real one with it and waits: it forwards
// SIGTERM/SIGINT/SIGHUP, exits as the child does, and costs a bare node's private memory (~6 MB; the ~35 MB of
// node's own code it has paged in are shared with the child, though a sum of VmRSS counts them twice).
// The two must die together, as supervisors and drills kill (issue 14: detached children outlived SIGKILLed
// launchers for hours and held the SQLite file, so the next start-up failed):
// - the child stays in our process group, so a group kill (systemd, Kubernetes, a terminal's Ctrl-C) reaches it
//   directly; a signal that reaches it twice (from the terminal and through our forwarding) counts once;
// - if only we are killed, the kernel kills it: it is started through util-linux's `setpriv --pdeathsig KILL`
//   (which then execs node, so no extra process and no cost), which works even while its event loop is busy; where
//   setpriv is missing, the IPC channel closing does it (at its next turn of the event loop).
// `pcse parse` and the other one-shot commands run in this process, unchanged.
const DUPLICATE_SIGNAL_MS = 1000;
const HEAP_DEFAULT_MB = { ingest: 160, ocr: 160, bot: 160, worker: 160, start: 256 };
// `pcse ingest` also trades a little speed for memory, in all three of its isolates (main thread, extraction and
// PDF threads; the flags are process-wide): a 1 MB semi-space instead of up to 16 MB (new space is two of them,
// so each isolate holds up to 30 MB less), and V8's optimize-for-size mode (slower heap growth, more
// compaction). Measured on a 2,000-email drain: young generation 38 MB and optimize-for-size a further ~9 MB less
// peak RSS; extraction emails/s within noise (it is regex-bound). An operator's own --max-semi-space-size wins.
// `pcse ocr` runs the same extraction and PDF threads (and forks the OCR child, which inherits the MALLOC_* below).
const MEMORY_FLAGS = { ingest: ['--max-semi-space-size=1', '--optimize-for-size'], ocr: ['--max-semi-space-size=1', '--optimize-for-size'] };
const command = process.argv[2];
const givenFlags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
const heapFlagGiven = givenFlags.some((a) => a.startsWith('--max-old-space-size'));
const heapMb = Number(process.env.PCSE_MAX_HEAP_MB ?? HEAP_DEFAULT_MB[command] ?? 0);
if (Object.hasOwn(HEAP_DEFAULT_MB, command) && !heapFlagGiven && Number.isInteger(heapMb) && heapMb > 0) {
  const memoryFlags = (MEMORY_FLAGS[command] ?? []).filter((f) => !givenFlags.some((g) => g.startsWith(f.split('=')[0])));
  const nodeArgs = [...process.execArgv, `--max-old-space-size=${heapMb}`, ...memoryFlags, ...process.argv.slice(1)];
  const setpriv = findSetpriv();
  const child = spawn(setpriv ?? process.execPath, setpriv ? ['--pdeathsig', 'KILL', process.execPath, ...nodeArgs] : nodeArgs, {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    // glibc malloc holds on to what the drain churns through (Buffer backing stores for every raw email and MIME
    // part live outside the V8 heap): each allocating thread gets its own 64 MB arena (up to 8 per core), and
    // freed blocks below the mmap threshold stay in a fragmented heap that only shrinks from its top. Two arenas
    // and a fixed 32 KB mmap threshold (emails and MIME parts of 32 KB and more get pages of their own, returned to
    // the OS when freed; glibc's dynamic threshold would climb to 32 MB) measured, on a 2,000-email drain, ~50 MB
    // less peak RSS than a 128 KB threshold, 16 KB no better, and one arena instead of two no different.
    // Operators' own MALLOC_* settings win.
    env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '32768', MALLOC_TRIM_THRESHOLD_: '262144', ...process.env, PCSE_HEAP_CHILD: '1' },
  });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }
    process.exit(code ?? 1);
  });
} else {
  if (process.env.PCSE_HEAP_CHILD === '1' && process.channel) {
    delete process.env.PCSE_HEAP_CHILD;
    // Started by the heap-ceiling parent above: if it dies without stopping us first (SIGKILL, OOM killer), so do
    // we, at once, as the process a supervisor or a drill thinks it killed.
    process.channel.unref();
    process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
    // In the launcher's process group a group signal arrives twice, once from the sender and once forwarded:
    // a repeat within DUPLICATE_SIGNAL_MS is the same signal. A later one while a handler is busy stopping (a
    // second Ctrl-C) gets the default action again, as does any signal no one else listens to.
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
      let last = -Infinity;
      const dedupe = () => {
        const now = Date.now();
        if (now - last < DUPLICATE_SIGNAL_MS) return;
        last = now;
        if (process.listenerCount(signal) > 1) return;
        process.removeListener(signal, dedupe);
        process.kill(process.pid, signal);
      };
      process.on(signal, dedupe);
    }
  }
  await runCli();
}

/** util-linux's setpriv when it is installed (Linux), else null. */
function findSetpriv() {
  // Absolute directories only: an empty or relative PATH entry would run a setpriv from the working directory.
  for (const dir of ['/usr/bin', '/bin', ...(process.env.PATH ?? '').split(path.delimiter)].filter((d) => path.isAbsolute(d))) {
    const candidate = path.join(dir, 'setpriv');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Runs the CLI in this process: compiled from dist/ when current (or forced), else the TypeScript through tsx. */
async function runCli() {
  const runtime = process.env.PCSE_RUNTIME;
  const useDist = runtime === 'dist' || (runtime !== 'tsx' && buildIsCurrent());

  // PCSE_MEMORY_LOG_MS=<ms> (diagnostics, e.g. bench/backlog-memory.ts): one JSON line on stderr every <ms> with
  // process.memoryUsage() in MB, so resident memory can be split into V8 heap, external and array buffers.
  const memoryLogMs = Number(process.env.PCSE_MEMORY_LOG_MS);
  if (memoryLogMs > 0) {
    const mb = (n) => Math.round((n / 1048576) * 10) / 10;
    const log = () => {
      const m = process.memoryUsage();
      process.stderr.write(`${JSON.stringify({ pcseMemory: { runtime: useDist ? 'dist' : 'tsx', rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) } })}\n`);
    };
    log();
    setInterval(log, memoryLogMs).unref();
  }

  if (useDist) {
    await import('../dist/cli/pcse.js');
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../cli/pcse.ts');
  }
}
