// `npm run build` (and postinstall): compiles the runtime code (core, ingest, bot, templates, cli) to dist/ with
// tsc, so bin/pcse.js runs plain JavaScript without tsx's loader thread and in-process compilation (~32 MB less
// resident memory for an idle `pcse ingest`). Files the code reads beside itself are linked or copied in.
// dist/.pcse-build.json records when the build started: bin/pcse.js uses dist/ only while no source file is
// newer, and falls back to tsx otherwise, so an edited checkout never runs stale JavaScript.
// `--if-possible` (postinstall) never fails the install: without a complete build, bin/pcse.js uses tsx.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out-dir=DIR` (relative to the repository; default dist) lets a test build a throwaway copy and run it.
const outDirArg = process.argv.find((a) => a.startsWith('--out-dir='))?.slice('--out-dir='.length);
const dist = path.join(root, outDirArg ?? 'dist');
const stamp = path.join(dist, '.pcse-build.json');
const ifPossible = process.argv.includes('--if-possible');
const startedAt = Date.now();

function fail(message) {
  console.error(`build: ${message}${ifPossible ? ' (bin/pcse.js will run the TypeScript through tsx)' : ''}`);
  process.exit(ifPossible ? 0 : 1);
}

rmSync(stamp, { force: true });
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--outDir', dist], { stdio: 'inherit' });
if (tsc.status !== 0) fail(`tsc exited ${tsc.status}`);

// tsc emits a .mjs only when no declaration file sits beside it: ocr-process.mjs has ocr-process.d.mts for its
// TypeScript callers, so it was silently left out and every scanned PDF failed in the compiled runtime. Plain
// JavaScript modules are copied as they are.
const RUNTIME_DIRS = ['core', 'ingest', 'bot', 'templates', 'cli'];
function copyPlainModules(dir) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (relative !== path.join('core', 'generated')) copyPlainModules(relative);
    } else if (entry.name.endsWith('.mjs')) {
      mkdirSync(path.join(dist, dir), { recursive: true });
      copyFileSync(path.join(root, relative), path.join(dist, relative));
    }
  }
}
for (const dir of RUNTIME_DIRS) copyPlainModules(dir);

// prisma-schema-variant.ts and start.ts resolve prisma/, samples/ and the generated schema from the repository
// root, which is dist/ for the compiled code.
for (const dir of ['prisma', 'samples']) {
  const link = path.join(dist, dir);
  rmSync(link, { recursive: true, force: true });
  if (existsSync(path.join(root, dir))) symlinkSync(path.relative(dist, path.join(root, dir)), link, 'dir');
}
const pgSchema = path.join(root, 'core/generated/schema.postgresql.prisma');
if (!existsSync(pgSchema)) fail('core/generated/schema.postgresql.prisma is missing: run npm run generate first');
mkdirSync(path.join(dist, 'core/generated'), { recursive: true });
copyFileSync(pgSchema, path.join(dist, 'core/generated/schema.postgresql.prisma'));

writeFileSync(stamp, `${JSON.stringify({ startedAt })}\n`);
console.log(`build: dist/ in ${Math.round((Date.now() - startedAt) / 1000)} s`);
