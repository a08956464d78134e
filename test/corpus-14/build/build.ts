// Writes corpus 14 (writer J): every .eml and .expected.json, deterministically.
// Run: npx tsx test/corpus-14/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanagerEntries } from './datamanager.js';
import { expectedJson, type Entry } from './lib.js';
import { openexeterEntries } from './openexeter.js';
import { portalEntries } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function write(mailbox: string, entries: Entry[]): void {
  const dir = join(root, mailbox);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.expected.mailbox !== mailbox) throw new Error(`${e.slug}: expected.mailbox is ${e.expected.mailbox}, written to ${mailbox}`);
    if (seen.has(e.slug.slice(0, 3))) throw new Error(`${mailbox}: number ${e.slug.slice(0, 3)} used twice`);
    seen.add(e.slug.slice(0, 3));
    writeFileSync(join(dir, `${e.slug}.eml`), e.eml);
    writeFileSync(join(dir, `${e.slug}.expected.json`), expectedJson(e.expected));
  }
  console.log(`${mailbox}: ${entries.length} emails`);
}

write('portalenquiries', await portalEntries());
write('datamanager', await datamanagerEntries());
write('openexeter', await openexeterEntries());
