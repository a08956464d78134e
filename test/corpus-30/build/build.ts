// Regenerates every .eml and .expected.json of corpus 30 (writer Z): npx tsx test/corpus-30/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import { buildEml, type Mailbox, type Spec } from './mail.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const sets: [Mailbox, Spec[]][] = [
    ['portalenquiries', await portal()],
    ['datamanager', await datamanager()],
    ['openexeter', await openexeter()],
  ];
  const seen = new Set<number>();
  for (const [mailbox, specs] of sets) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
    for (const s of specs) {
      if (seen.has(s.n)) throw new Error(`duplicate number ${s.n}`);
      seen.add(s.n);
      const base = `${String(s.n).padStart(3, '0')}-${s.slug}`;
      const { eml } = buildEml(s, mailbox);
      writeFileSync(join(dir, `${base}.eml`), Buffer.from(eml, 'latin1'));
      const e = s.expected;
      const expected = { mailbox, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    }
  }
  console.log(`wrote ${seen.size} emails`);
}

await main();
