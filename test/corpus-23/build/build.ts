// Writes every .eml and .expected.json of validation corpus 23 (writer S). Run: npx tsx test/corpus-23/build/build.ts
// Deterministic: fixed dates, seeded noise, message ids from content hashes. Two runs give identical bytes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng, type CorpusEmail } from './lib.js';

// pdf-lib names font resources with Math.random(); seed it so the PDFs are the same bytes on every run.
Math.random = rng('writer S / corpus-23 / pdf-lib');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { portalEmails } = await import('./portal.js');
  const { datamanagerEmails } = await import('./datamanager.js');
  const { openexeterEmails } = await import('./openexeter.js');
  const all: CorpusEmail[] = [...(await portalEmails()), ...(await datamanagerEmails()), ...(await openexeterEmails())];
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  const seen = new Set<string>();
  for (const e of all) {
    if (seen.has(e.file)) throw new Error(`duplicate file ${e.file}`);
    seen.add(e.file);
    if (/[^\r]\n/.test(e.eml)) throw new Error(`${e.file}: bare LF in message`);
    const x = e.expected;
    const expected = { mailbox: x.mailbox, kind: x.kind, ignored: x.ignored, organisation: x.organisation, fields: x.fields, mustRaise: x.mustRaise, traits: x.traits };
    writeFileSync(join(root, `${e.file}.eml`), e.eml);
    writeFileSync(join(root, `${e.file}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  console.log(`wrote ${all.length} emails`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
