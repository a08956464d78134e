// Writes every .eml and .expected.json of corpus-57 (writer BA): npx tsx test/corpus-57/build/build.ts
// Deterministic: fixed dates in the messages and PDFs, seeded noise in the scans.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import { renderEml, type Mail } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const all: Mail[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  const seen = new Set<string>();
  for (const m of all) {
    const key = `${m.mailbox}/${m.slug}`;
    if (seen.has(key)) throw new Error(`duplicate ${key}`);
    seen.add(key);
    const e = m.expected;
    const expected = { mailbox: m.mailbox, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
    writeFileSync(join(root, m.mailbox, `${m.slug}.eml`), renderEml(m));
    writeFileSync(join(root, m.mailbox, `${m.slug}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  const count = (mb: string) => all.filter((m) => m.mailbox === mb).length;
  const pdfs = all.reduce((n, m) => n + (m.attachments?.length ?? 0), 0);
  console.log(`corpus-57: ${all.length} emails (portalenquiries ${count('portalenquiries')}, datamanager ${count('datamanager')}, openexeter ${count('openexeter')}), ${pdfs} PDFs`);
}

await main();
