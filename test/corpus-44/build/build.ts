// Writes every .eml and .expected.json of corpus 44 (writer AN): npx tsx test/corpus-44/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEml, type MailSpec } from './lib.js';
import { portalMails } from './portal.js';
import { datamanagerMails } from './datamanager.js';
import { openexeterMails } from './openexeter.js';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const all: MailSpec[] = [...(await portalMails()), ...datamanagerMails(), ...(await openexeterMails())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  all.forEach((spec, i) => {
    const base = join(root, spec.mailbox, `${String(i + 1).padStart(3, '0')}-${spec.slug}`);
    writeFileSync(`${base}.eml`, buildEml(spec));
    const e = spec.expected;
    const expected = { mailbox: spec.mailbox, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
  });
  console.log(`wrote ${all.length} emails`);
}

await main();
