// Writes every .eml and .expected.json of corpus 24 (writer T). Deterministic: run twice, get identical bytes.
//   npx tsx test/corpus-24/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compose, type Mailbox } from './lib.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';
import type { Email } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const sets: [Mailbox, Email[]][] = [
  ['portalenquiries', await portal()],
  ['datamanager', await datamanager()],
  ['openexeter', await openexeter()],
];

let total = 0;
for (const [mb, emails] of sets) {
  const dir = join(root, mb);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  emails.forEach((e, i) => {
    if (e.expected.mailbox !== mb || e.spec.mailbox !== mb) throw new Error(`${e.slug}: mailbox mismatch`);
    const base = `${String(i + 1).padStart(3, '0')}-${e.slug}`;
    writeFileSync(join(dir, `${base}.eml`), compose(e.spec));
    const x = e.expected;
    const ordered = { mailbox: x.mailbox, kind: x.kind, ignored: x.ignored, organisation: x.organisation, fields: x.fields, mustRaise: x.mustRaise, traits: x.traits };
    writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(ordered, null, 2)}\n`);
    total++;
  });
}
console.log(`corpus-24: wrote ${total} emails`);
