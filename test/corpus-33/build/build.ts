// Writes every .eml and .expected.json of validation corpus 33 (writer AC). Deterministic: run it twice, same bytes.
//   cd /work/main && npx tsx test/corpus-33/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanagerMails } from './datamanager.js';
import { buildEml, type Mail } from './lib.js';
import { openexeterMails } from './openexeter.js';
import { portalMails } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const groups: Mail[][] = [await portalMails(), await datamanagerMails(), await openexeterMails()];
  const all = groups.flat();
  const slugs = new Set<string>();
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  let n = 0;
  for (const m of all) {
    if (slugs.has(m.slug)) throw new Error(`duplicate slug ${m.slug}`);
    slugs.add(m.slug);
    n += 1;
    const base = join(root, m.mailbox, `${String(n).padStart(3, '0')}-${m.slug}`);
    const { eml } = buildEml(m);
    writeFileSync(`${base}.eml`, eml);
    const exp = { mailbox: m.mailbox, ...m.expected };
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(exp, null, 2)}\n`);
  }
  console.log(`wrote ${n} emails`);
}

await main();
