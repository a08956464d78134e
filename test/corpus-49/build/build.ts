// Writes validation corpus 49 (writer AS): every .eml and .expected.json, deterministically.
//   npx tsx test/corpus-49/build/build.ts
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseDef, Expected } from './common.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';
import { mulberry32 } from './rng.js';

// pdf-lib names its fonts with Math.random() suffixes: seed it so two runs give the same bytes.
Math.random = mulberry32(49);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAILBOXES = ['portalenquiries', 'datamanager', 'openexeter'] as const;

async function main(): Promise<void> {
  for (const m of MAILBOXES) {
    mkdirSync(join(root, m), { recursive: true });
    for (const f of readdirSync(join(root, m))) if (/\.(eml|expected\.json)$/.test(f)) unlinkSync(join(root, m, f));
  }
  const defs: CaseDef[] = [...portal, ...datamanager, ...openexeter];
  const seen = new Set<number>();
  let prev = 0;
  for (const def of defs) {
    const c = await def();
    if (seen.has(c.n) || c.n !== prev + 1) throw new Error(`case numbers out of order at ${c.n}`);
    seen.add(c.n);
    prev = c.n;
    const base = `${String(c.n).padStart(3, '0')}-${c.slug}`;
    if (!c.eml.includes('\r\n') || /[^\r]\n/.test(c.eml)) throw new Error(`${base}: not CRLF`);
    const expected: Expected = {
      mailbox: c.mailbox,
      kind: c.expected.kind,
      ignored: c.expected.ignored,
      organisation: c.expected.organisation,
      fields: c.expected.fields,
      mustRaise: c.expected.mustRaise,
      traits: c.expected.traits,
    };
    writeFileSync(join(root, c.mailbox, `${base}.eml`), c.eml, 'utf8');
    writeFileSync(join(root, c.mailbox, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`, 'utf8');
  }
  console.log(`wrote ${prev} emails`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
