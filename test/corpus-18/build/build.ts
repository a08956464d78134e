// Writes validation corpus 18 (writer N): every .eml and .expected.json, deterministically.
//   npx tsx test/corpus-18/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import type { Email } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');

const emails: Email[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];

const seen = new Set<string>();
for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
  const dir = join(root, mb);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
}
for (const e of emails) {
  const key = `${e.mailbox}/${e.slug}`;
  if (seen.has(key)) throw new Error(`duplicate ${key}`);
  seen.add(key);
  writeFileSync(join(root, e.mailbox, `${e.slug}.eml`), e.eml);
  writeFileSync(join(root, e.mailbox, `${e.slug}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
}
const count = (m: string) => emails.filter((e) => e.mailbox === m).length;
console.log(`corpus-18: ${emails.length} emails (portalenquiries ${count('portalenquiries')}, datamanager ${count('datamanager')}, openexeter ${count('openexeter')})`);
