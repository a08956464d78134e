// Writes every .eml and .expected.json of corpus 28 (writer X). Deterministic: run twice, get the same bytes.
// Usage: npx tsx test/corpus-28/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanagerEmails } from './datamanager.js';
import { compose, type EmailDef } from './mail.js';
import { openexeterEmails } from './openexeter.js';
import { portalEmails } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const all: EmailDef[] = [...(await portalEmails()), ...(await datamanagerEmails()), ...(await openexeterEmails())];
  const seen = new Set<string>();
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  for (const d of all) {
    const base = `${String(d.n).padStart(3, '0')}-${d.slug}`;
    const key = `${d.mailbox}/${base}`;
    if (seen.has(key) || seen.has(`${d.mailbox}/${d.n}`)) throw new Error(`duplicate ${key}`);
    seen.add(key);
    seen.add(`${d.mailbox}/${d.n}`);
    writeFileSync(join(root, d.mailbox, `${base}.eml`), compose(d));
    const e = d.expected;
    const expected = { mailbox: d.mailbox, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
    writeFileSync(join(root, d.mailbox, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  console.log(`wrote ${all.length} emails`);
}

await main();
