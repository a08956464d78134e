// Writes every .eml and .expected.json of corpus 19 (writer O). Deterministic: run twice, same bytes.
//   npx tsx test/corpus-19/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import type { Email, Mailbox } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const sets: [Mailbox, Array<() => Email | Promise<Email>>][] = [
  ['portalenquiries', portal],
  ['datamanager', datamanager],
  ['openexeter', openexeter],
];

async function main(): Promise<void> {
  let n = 0;
  for (const [mailbox, makers] of sets) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
    const slugs = new Set<string>();
    for (const [i, make] of makers.entries()) {
      const e = await make();
      if (e.expected.mailbox !== mailbox) throw new Error(`${e.slug}: expected.mailbox ${e.expected.mailbox} in ${mailbox}`);
      if (slugs.has(e.slug)) throw new Error(`duplicate slug ${e.slug}`);
      slugs.add(e.slug);
      const base = `${String(i + 1).padStart(3, '0')}-${e.slug}`;
      writeFileSync(join(dir, `${base}.eml`), e.raw, 'utf8');
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`, 'utf8');
      n++;
    }
  }
  console.log(`corpus-19: wrote ${n} emails`);
}

await main();
