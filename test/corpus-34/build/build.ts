// Writes every .eml and .expected.json of corpus-34 (writer AD): `npx tsx test/corpus-34/build/build.ts`.
// Deterministic: fixed dates, identifiers and boundaries, seeded noise; two runs give identical bytes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from './common.js';
import { portal } from './portal.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';

const root = join(import.meta.dirname, '..');

const groups: Item[][] = [await portal(), await datamanager(), await openexeter()];
for (const items of groups) {
  const mailbox = items[0]!.mailbox;
  const dir = join(root, mailbox);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  items.forEach((it, i) => {
    if (it.mailbox !== mailbox) throw new Error(`${it.slug}: mailbox ${it.mailbox} in ${mailbox}`);
    const base = `${String(i + 1).padStart(3, '0')}-${it.slug}`;
    writeFileSync(join(dir, `${base}.eml`), it.eml);
    writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(it.expected, null, 2)}\n`);
  });
}

const all = groups.flat();
const pdfs = all.flatMap((i) => i.pdfs);
console.log(`${all.length} emails; ${pdfs.length} PDFs (${pdfs.filter((p) => p === 'acroform').length} fillable, ${pdfs.filter((p) => p === 'flat').length} flat, ${pdfs.filter((p) => p === 'scan').length} scans); ${all.reduce((n, i) => n + i.expected.mustRaise.length, 0)} mustRaise`);
