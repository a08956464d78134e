// Writes every .eml and .expected.json of validation corpus 41 (writer AK), deterministically:
//   npx tsx test/corpus-41/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanagerEmails } from './datamanager.js';
import type { Built } from './kit.js';
import { openexeterEmails } from './openexeter.js';
import { portalEmails } from './portal.js';

const root = join(import.meta.dirname, '..');
const all = [...portalEmails, ...datamanagerEmails, ...openexeterEmails];

async function main() {
  const built: Built[] = [];
  for (const make of all) built.push(await make());
  built.forEach((b, i) => {
    const n = String(i + 1).padStart(3, '0');
    if (!b.id.startsWith(`${n}-`)) throw new Error(`${b.id} is out of order (expected ${n})`);
    if (!/^[\x00-\x7f]*$/.test(b.eml)) throw new Error(`${b.id} has raw 8-bit characters`);
    if (/(^|[^\r])\n/.test(b.eml)) throw new Error(`${b.id} has a bare LF`);
  });
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  for (const b of built) {
    writeFileSync(join(root, b.mailbox, `${b.id}.eml`), b.eml, 'utf8');
    writeFileSync(join(root, b.mailbox, `${b.id}.expected.json`), `${JSON.stringify(b.expected, null, 2)}\n`, 'utf8');
  }
  const pdfs = built.flatMap((b) => b.pdfs);
  const byKind = (k: string) => pdfs.filter((x) => x.kind === k).length;
  console.log(`wrote ${built.length} emails (portalenquiries ${built.filter((b) => b.mailbox === 'portalenquiries').length}, datamanager ${built.filter((b) => b.mailbox === 'datamanager').length}, openexeter ${built.filter((b) => b.mailbox === 'openexeter').length}); ${pdfs.length} PDFs (fillable ${byKind('fillable')}, flat ${byKind('flat')}, scans ${byKind('scan')})`);
}

await main();
