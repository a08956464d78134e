// Writes corpus 37 (writer AG): every .eml and .expected.json, deterministically.
// Run: npx tsx test/corpus-37/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import type { Email, Mailbox } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const sets: [Mailbox, Email[]][] = [
    ['portalenquiries', await portal()],
    ['datamanager', await datamanager()],
    ['openexeter', await openexeter()],
  ];
  let pdfs = 0;
  let scans = 0;
  let total = 0;
  for (const [mb, emails] of sets) {
    const dir = join(ROOT, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
    emails.forEach((e, i) => {
      if (e.mailbox !== mb) throw new Error(`${e.slug} is in ${e.mailbox}, listed under ${mb}`);
      const base = `${String(i + 1).padStart(3, '0')}-${e.slug}`;
      writeFileSync(join(dir, `${base}.eml`), e.eml);
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
      pdfs += e.pdfs;
      scans += e.scans;
    });
    total += emails.length;
    console.log(`${mb}: ${emails.length}`);
  }
  console.log(`total ${total} emails, ${pdfs} PDFs (${scans} scans)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
