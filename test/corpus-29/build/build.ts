// Writes every .eml and .expected.json of corpus 29 (writer Y). Deterministic: run twice, same bytes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datamanager } from './datamanager.js';
import type { CorpusEmail } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');

async function main() {
  const all: CorpusEmail[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  const seen = new Set<string>();
  for (const e of all) {
    if (seen.has(e.file)) throw new Error(`duplicate ${e.file}`);
    seen.add(e.file);
    const eml = e.eml.replace(/\r?\n/g, '\r\n');
    mkdirSync(dirname(join(root, e.file)), { recursive: true });
    writeFileSync(join(root, `${e.file}.eml`), eml);
    writeFileSync(join(root, `${e.file}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
  }
  const by = (m: string) => all.filter((e) => e.expected.mailbox === m).length;
  const pdfs = all.filter((e) => e.pdf);
  console.log(`wrote ${all.length} emails (portalenquiries ${by('portalenquiries')}, datamanager ${by('datamanager')}, openexeter ${by('openexeter')}); PDFs: ${pdfs.length} (fillable ${pdfs.filter((e) => e.pdf === 'fillable').length}, text ${pdfs.filter((e) => e.pdf === 'text').length}, scan ${pdfs.filter((e) => e.pdf === 'scan').length})`);
}

await main();
