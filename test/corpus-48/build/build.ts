// Writes corpus 48: every .eml and .expected.json, deterministically. Run: npx tsx test/corpus-48/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanagerEntries } from './datamanager.js';
import type { Entry, Mailbox } from './entry.js';
import { buildMail } from './lib.js';
import { openexeterEntries } from './openexeter.js';
import { portalEntries } from './portal.js';

const ROOT = join(import.meta.dirname, '..');
const MAILBOXES: Mailbox[] = ['portalenquiries', 'datamanager', 'openexeter'];

async function main() {
  const all: Entry[] = [...(await portalEntries()), ...(await datamanagerEntries()), ...(await openexeterEntries())];
  for (const m of MAILBOXES) {
    const dir = join(ROOT, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  const seen = new Set<string>();
  let n = 0;
  for (const m of MAILBOXES) {
    for (const e of all.filter((x) => x.mailbox === m)) {
      n += 1;
      const base = `${String(n).padStart(3, '0')}-${e.slug}`;
      if (seen.has(e.slug)) throw new Error(`duplicate slug ${e.slug}`);
      seen.add(e.slug);
      const { eml } = buildMail({ ...e.mail, id: `corpus-48/${base}` });
      writeFileSync(join(ROOT, m, `${base}.eml`), eml);
      const exp = { mailbox: m, kind: e.expected.kind, ignored: e.expected.ignored, organisation: e.expected.organisation, fields: e.expected.fields, mustRaise: e.expected.mustRaise, traits: e.expected.traits };
      writeFileSync(join(ROOT, m, `${base}.expected.json`), `${JSON.stringify(exp, null, 2)}\n`);
    }
  }
  console.log(`wrote ${n} emails`);
}

await main();
