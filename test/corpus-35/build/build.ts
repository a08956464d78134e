// Writes validation corpus 35 (writer AE): every .eml and .expected.json, deterministically.
// Run from the repository root: npx tsx test/corpus-35/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Item } from './common.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const all: Item[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  const seen = new Set<string>();
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(ROOT, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  for (const it of all) {
    const key = `${it.mailbox}/${it.slug}`;
    if (seen.has(key)) throw new Error(`duplicate ${key}`);
    seen.add(key);
    if (it.expected.mailbox !== it.mailbox) throw new Error(`mailbox mismatch ${key}`);
    writeFileSync(join(ROOT, it.mailbox, `${it.slug}.eml`), it.eml);
    writeFileSync(join(ROOT, it.mailbox, `${it.slug}.expected.json`), `${JSON.stringify(it.expected, null, 2)}\n`);
  }
  const pdfs = all.flatMap((i) => i.pdfs ?? []);
  const by = (k: string) => pdfs.filter((p) => p.kind === k).length;
  console.log(`wrote ${all.length} emails; ${pdfs.length} PDFs (fillable ${by('fillable')}, flat ${by('flat')}, scan ${by('scan')})`);
}

await main();
