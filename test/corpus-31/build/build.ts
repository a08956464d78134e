// Writer AA's corpus 31: `npx tsx test/corpus-31/build/build.ts` rewrites every .eml and .expected.json.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEml, type Mailbox, type Spec } from './common.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const sets: [Mailbox, Spec[]][] = [['portalenquiries', await portal()], ['datamanager', await datamanager()], ['openexeter', await openexeter()]];
  for (const [mailbox, specs] of sets) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
    for (const s of specs) {
      const base = `${String(s.n).padStart(3, '0')}-${s.slug}`;
      writeFileSync(join(dir, `${base}.eml`), buildEml(s, mailbox));
      const e = s.exp;
      const expected = { mailbox, kind: e.kind, ignored: e.ignored ?? null, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise ?? [], traits: e.traits };
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    }
    console.log(`${mailbox}: ${specs.length}`);
  }
}

await main();
