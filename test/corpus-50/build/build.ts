// Writes every .eml and .expected.json of corpus 50 (writer AT) from the sources beside this file.
// Run: npx tsx test/corpus-50/build/build.ts  (deterministic: two runs give identical bytes)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';
import type { Email } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const emails: Email[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  const seen = new Set<string>();
  emails.forEach((e, i) => {
    const n = String(i + 1).padStart(3, '0');
    if (!e.slug.startsWith(`${n}-`)) throw new Error(`${e.slug} is email ${n}: numbering is out of order`);
    if (seen.has(e.slug)) throw new Error(`duplicate slug ${e.slug}`);
    seen.add(e.slug);
    if (e.expected.mailbox !== e.mailbox) throw new Error(`${e.slug}: expected mailbox differs`);
  });
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  for (const e of emails) {
    const dir = join(root, e.mailbox);
    writeFileSync(join(dir, `${e.slug}.eml`), e.eml);
    writeFileSync(join(dir, `${e.slug}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
  }
  console.log(`wrote ${emails.length} emails`);
}

await main();
