// Writes corpus 39 (writer AI): every .eml and .expected.json, deterministically.
// Run from the repository root: npx tsx test/corpus-39/build/build.ts

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanagerEmails } from './datamanager.js';
import type { CorpusEmail } from './expect.js';
import { openexeterEmails } from './openexeter.js';
import { portalEmails } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const groups: [string, (() => CorpusEmail | Promise<CorpusEmail>)[]][] = [
    ['portalenquiries', portalEmails],
    ['datamanager', datamanagerEmails],
    ['openexeter', openexeterEmails],
  ];
  let total = 0;
  for (const [mailbox, makers] of groups) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
    let n = 0;
    for (const make of makers) {
      const e = await make();
      if (e.mailbox !== mailbox || e.expected.mailbox !== mailbox) throw new Error(`${e.slug}: wrong mailbox`);
      n++;
      const base = `${String(n).padStart(3, '0')}-${e.slug}`;
      if (/[^\r]\n/.test(e.eml) || e.eml.startsWith('\n')) throw new Error(`${base}: bare LF`);
      writeFileSync(join(dir, `${base}.eml`), e.eml, 'utf8');
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`, 'utf8');
    }
    total += n;
    console.log(`${mailbox}: ${n}`);
  }
  console.log(`total: ${total}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
