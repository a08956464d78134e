// Writes corpus 45 (writer AO): every .eml and .expected.json, numbered 001… across the three mailboxes.
// Deterministic: fixed dates, seeded noise. Run: npx tsx test/corpus-45/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEml } from './lib.js';
import { portal } from './portal.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const entries = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  entries.forEach((e, i) => {
    const base = join(root, e.mailbox, `${String(i + 1).padStart(3, '0')}-${e.slug}`);
    writeFileSync(`${base}.eml`, buildEml(e.mail));
    const exp = { mailbox: e.mailbox, ...e.expected };
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(exp, null, 2)}\n`);
  });
  console.log(`wrote ${entries.length} emails`);
}

await main();
