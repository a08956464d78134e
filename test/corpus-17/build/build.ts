// Writes every .eml and .expected.json of validation corpus 17 (writer M). Run: npx tsx test/corpus-17/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import type { CorpusEmail } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');

async function main() {
  const all: CorpusEmail[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  const seen = new Set<string>();
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  for (const e of all) {
    const key = `${e.mailbox}/${e.slug}`;
    if (seen.has(key)) throw new Error(`duplicate ${key}`);
    seen.add(key);
    if (e.eml.includes('\n') && /[^\r]\n/.test(e.eml.toString('latin1'))) throw new Error(`${key}: bare LF`);
    writeFileSync(join(root, e.mailbox, `${e.slug}.eml`), e.eml);
    writeFileSync(join(root, e.mailbox, `${e.slug}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
  }
  const by = (f: (e: CorpusEmail) => string) => all.reduce<Record<string, number>>((a, e) => ((a[f(e)] = (a[f(e)] ?? 0) + 1), a), {});
  console.log(`${all.length} emails`, by((e) => e.mailbox));
  console.log(by((e) => `${e.mailbox} ${e.expected.kind}${e.expected.ignored ? ` (${e.expected.ignored})` : ''}`));
  const forms = all.flatMap((e) => e.forms ?? []);
  console.log(`${forms.length} PDFs, ${forms.filter((f) => f.scan).length} scans`);
}

await main();
