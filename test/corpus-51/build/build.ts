// Writes every .eml and .expected.json of corpus 51 (writer AU). Deterministic: run twice, same bytes.
//   npx tsx test/corpus-51/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import type { Email } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const emails: Email[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  const seen = new Set<string>();
  emails.forEach((e, i) => {
    const n = String(i + 1).padStart(3, '0');
    if (!e.slug.startsWith(`${n}-`)) throw new Error(`numbering: ${e.slug} is email ${n}`);
    if (seen.has(e.slug)) throw new Error(`duplicate ${e.slug}`);
    seen.add(e.slug);
  });
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  for (const e of emails) {
    const dir = join(root, e.mailbox);
    if (/[^\r]\n/.test(e.raw)) throw new Error(`${e.slug}: bare LF`);
    writeFileSync(join(dir, `${e.slug}.eml`), e.raw);
    const expected = {
      mailbox: e.mailbox,
      kind: e.exp.kind,
      ignored: e.exp.ignored ?? null,
      organisation: e.exp.org,
      fields: e.exp.fields,
      mustRaise: e.exp.mustRaise ?? [],
      traits: e.exp.traits,
    };
    writeFileSync(join(dir, `${e.slug}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  console.log(`wrote ${emails.length} emails`);
}

await main();
