// Rebuilds validation corpus 21 (writer Q): every .eml and .expected.json, deterministically.
// Run: npx tsx test/corpus-21/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Email, Expected, Mailbox } from './common.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sets: [Mailbox, Email[]][] = [['portalenquiries', portal], ['datamanager', datamanager], ['openexeter', openexeter]];

async function main(): Promise<void> {
  for (const [mailbox, emails] of sets) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
    const slugs = new Set<string>();
    for (const [i, e] of emails.entries()) {
      if (slugs.has(e.slug)) throw new Error(`duplicate slug ${e.slug}`);
      slugs.add(e.slug);
      const base = `${String(i + 1).padStart(3, '0')}-${e.slug}`;
      const eml = await e.eml();
      if (/(?<!\r)\n/.test(eml.toString('latin1'))) throw new Error(`${base}: bare LF`);
      const expected: Expected = { mailbox, ...e.expected };
      writeFileSync(join(dir, `${base}.eml`), eml);
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    }
    console.log(`${mailbox}: ${emails.length}`);
  }
}

await main();
