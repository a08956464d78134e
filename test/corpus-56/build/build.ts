// Writes every .eml and .expected.json of corpus-56 (writer AZ): npx tsx test/corpus-56/build/build.ts
// Deterministic: fixed dates in the messages and PDFs, seeded noise in the scans.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import { serialize, type MailSpec } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const all: MailSpec[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  const seen = new Set<string>();
  for (const m of all) {
    const key = `${m.mb}/${m.slug}`;
    if (seen.has(key)) throw new Error(`duplicate ${key}`);
    seen.add(key);
    const e = m.exp;
    const expected = { mailbox: m.mb, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
    writeFileSync(join(root, m.mb, `${m.slug}.eml`), serialize(m));
    writeFileSync(join(root, m.mb, `${m.slug}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  const count = (mb: string) => all.filter((x) => x.mb === mb).length;
  console.log(`corpus-56: ${all.length} emails (portalenquiries ${count('portalenquiries')}, datamanager ${count('datamanager')}, openexeter ${count('openexeter')})`);
}

await main();
