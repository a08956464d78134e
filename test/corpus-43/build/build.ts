// Writes corpus 43 (writer AM): every .eml and .expected.json, deterministically.
// Run: npx tsx test/corpus-43/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanagerMails } from './datamanager.js';
import { buildEml, type Expected, type MailSpec } from './lib.js';
import { openexeterMails } from './openexeter.js';
import { portalMails } from './portal.js';

const ROOT = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const all: MailSpec[] = [...(await portalMails()), ...datamanagerMails(), ...(await openexeterMails())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter'] as const) {
    const dir = join(ROOT, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  all.forEach((spec, i) => {
    const n = String(i + 1).padStart(3, '0');
    const base = join(ROOT, spec.mailbox, `${n}-${spec.slug}`);
    const expected: Expected = { mailbox: spec.mailbox, ...spec.expected };
    writeFileSync(`${base}.eml`, buildEml(spec));
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
  });
  process.stdout.write(`wrote ${all.length} emails\n`);
}

await main();
