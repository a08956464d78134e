#!/usr/bin/env node
// Runs the compiled CLI from dist/ when `npm run build` (run by postinstall) produced it and no source file has
// changed since; otherwise the TypeScript through tsx, so a checkout being edited never runs stale JavaScript.
// Compiled, an idle process is ~32 MB smaller (no tsx loader thread, no compiling at run time) and starts faster.
// PCSE_RUNTIME=tsx forces the TypeScript; PCSE_RUNTIME=dist requires the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
