// Writes every .eml and .expected.json of corpus-55 (writer AY): npx tsx test/corpus-55/build/build.ts
// Deterministic: fixed dates, seeded scan noise; two runs give identical bytes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import type { Built } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const all: Built[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  const seen = new Set<string>();
  for (const b of all) {
    const key = `${b.mailbox}/${b.slug}`;
    if (seen.has(key)) throw new Error(`duplicate ${key}`);
    seen.add(key);
    const e = b.expected;
    const expected = { mailbox: b.mailbox, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
    writeFileSync(join(root, b.mailbox, `${b.slug}.eml`), b.eml);
    writeFileSync(join(root, b.mailbox, `${b.slug}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  const count = (m: string) => all.filter((b) => b.mailbox === m).length;
  console.log(`corpus-55: ${all.length} emails (portalenquiries ${count('portalenquiries')}, datamanager ${count('datamanager')}, openexeter ${count('openexeter')})`);
}

await main();
