// Writes every .eml and .expected.json of corpus 32 (writer AB). Run: cd /work/main && npx tsx test/corpus-32/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const emails = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  const seen = new Set<string>();
  for (const e of emails) {
    if (seen.has(e.file)) throw new Error(`duplicate ${e.file}`);
    seen.add(e.file);
    writeFileSync(join(root, `${e.file}.eml`), e.eml);
    writeFileSync(join(root, `${e.file}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
  }
  // counts for the README
  const by = (k: (e: (typeof emails)[number]) => string) => emails.reduce<Record<string, number>>((a, e) => ({ ...a, [k(e)]: (a[k(e)] ?? 0) + 1 }), {});
  const pdfs = emails.flatMap((e) => e.pdfs ?? []);
  const leaves = (v: unknown): number => (v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v).reduce<number>((n, x) => n + leaves(x), 0) : 1);
  const scored = emails.filter((e) => e.expected.kind !== 'unclassified').reduce((n, e) => n + leaves(e.expected.fields), 0);
  const nulls = emails.filter((e) => e.expected.kind !== 'unclassified').reduce((n, e) => n + JSON.stringify(e.expected.fields).split('null').length - 1, 0);
  const raise = emails.flatMap((e) => e.expected.mustRaise);
  const traits = by((e) => e.expected.mailbox);
  if (process.env.CORPUS32_COUNTS) {
    console.log(JSON.stringify({ total: emails.length, mailbox: traits, kind: by((e) => `${e.expected.mailbox}/${e.expected.kind}${e.expected.ignored ? `(${e.expected.ignored})` : ''}`),
      pdfs: pdfs.reduce<Record<string, number>>((a, p) => ({ ...a, [p.kind]: (a[p.kind] ?? 0) + 1 }), {}), scored, nulls, raise,
      orgTypes: emails.filter((e) => e.expected.kind !== 'unclassified').reduce<Record<string, number>>((a, e) => { const t = e.expected.organisation?.type ?? 'none'; return { ...a, [t]: (a[t] ?? 0) + 1 }; }, {}),
      traits: [...new Set(emails.flatMap((e) => e.expected.traits))].sort() }, null, 1));
  }
}

await main();
