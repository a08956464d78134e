// Writes every .eml and .expected.json of corpus 25 (writer U). Deterministic: run twice, get the same bytes.
//   npx tsx test/corpus-25/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import type { Email } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const ROOT = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const boxes: [string, Email[]][] = [
    ['portalenquiries', await portal()],
    ['datamanager', await datamanager()],
    ['openexeter', await openexeter()],
  ];
  let pdfs = 0;
  let scans = 0;
  let fields = 0;
  const countLeaves = (v: unknown): number =>
    v === null || typeof v !== 'object' ? 1 : Array.isArray(v) ? 1 : Object.values(v).reduce<number>((n, x) => n + countLeaves(x), 0);
  for (const [box, emails] of boxes) {
    const dir = join(ROOT, box);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
    for (const e of emails) {
      if (e.expected.mailbox !== box) throw new Error(`${e.slug}: mailbox ${e.expected.mailbox} in ${box}`);
      writeFileSync(join(dir, `${e.slug}.eml`), e.eml);
      writeFileSync(join(dir, `${e.slug}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
      pdfs += e.pdfs;
      scans += e.scans;
      if (e.expected.kind !== 'unclassified') fields += countLeaves(e.expected.fields);
    }
  }
  const total = boxes.reduce((n, [, e]) => n + e.length, 0);
  console.log(`${total} emails (${boxes.map(([b, e]) => `${b} ${e.length}`).join(', ')}); ${pdfs} PDFs, ${scans} scans; ${fields} field leaves`);
}

await main();
