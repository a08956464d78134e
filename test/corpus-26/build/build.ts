// Regenerates every .eml and .expected.json of corpus 26 (writer V): npx tsx test/corpus-26/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import { buildEml, type Mail, type Mailbox } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const ROOT = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const sets: [Mailbox, Mail[]][] = [['portalenquiries', await portal()], ['datamanager', await datamanager()], ['openexeter', await openexeter()]];
  let n = 0;
  for (const [mailbox, mails] of sets) {
    const dir = join(ROOT, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
    mails.forEach((m, i) => {
      const base = `${String(i + 1).padStart(3, '0')}-${m.slug}`;
      writeFileSync(join(dir, `${base}.eml`), buildEml(mailbox, m));
      const e = m.expect;
      const expected = { mailbox, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
      n++;
    });
  }
  console.log(`corpus-26: wrote ${n} emails`);
}

await main();
