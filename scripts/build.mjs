// `npm run build` (and postinstall): compiles the runtime code (core, ingest, bot, templates, cli) to dist/ with
// tsc, so bin/pcse.js runs plain JavaScript without tsx's loader thread and in-process compilation (~32 MB less
// resident memory for an idle `pcse ingest`). Files the code reads beside itself are linked or copied in.
// dist/.pcse-build.json records when the build started: bin/pcse.js uses dist/ only while no source file is
// newer, and falls back to tsx otherwise, so an edited checkout never runs stale JavaScript.
// `--if-possible` (postinstall) never fails the install: without a complete build, bin/pcse.js uses tsx.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.pcse-build.json');
const ifPossible = process.argv.includes('--if-possible');
const startedAt = Date.now();

function fail(message) {
  console.error(`build: ${message}${ifPossible ? ' (bin/pcse.js will run the TypeScript through tsx)' : ''}`);
  process.exit(ifPossible ? 0 : 1);
}

rmSync(stamp, { force: true });
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) fail(`tsc exited ${tsc.status}`);

// prisma-schema-variant.ts and start.ts resolve prisma/, samples/ and the generated schema from the repository
// root, which is dist/ for the compiled code.
for (const dir of ['prisma', 'samples']) {
  const link = path.join(dist, dir);
  rmSync(link, { recursive: true, force: true });
  if (existsSync(path.join(root, dir))) symlinkSync(path.join('..', dir), link, 'dir');
}
const pgSchema = path.join(root, 'core/generated/schema.postgresql.prisma');
if (!existsSync(pgSchema)) fail('core/generated/schema.postgresql.prisma is missing: run npm run generate first');
mkdirSync(path.join(dist, 'core/generated'), { recursive: true });
copyFileSync(pgSchema, path.join(dist, 'core/generated/schema.postgresql.prisma'));

writeFileSync(stamp, `${JSON.stringify({ startedAt })}\n`);
console.log(`build: dist/ in ${Math.round((Date.now() - startedAt) / 1000)} s`);
