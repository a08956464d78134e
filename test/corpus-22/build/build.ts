// Writes every .eml and .expected.json of corpus 22 (writer R). Run: npx tsx test/corpus-22/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import type { Entry } from './entry.js';
import { buildMail } from './mail.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');

const dateOf = (e: Entry): number => {
  if (e.spec) return new Date(e.spec.date).getTime();
  const m = /^Date: (.*)$/m.exec(e.raw ?? '');
  return m ? new Date(m[1]!.trim()).getTime() : 0;
};

async function main() {
  const all = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  const stats = { emails: 0, pdfs: 0, scans: 0, mustRaise: 0, leaves: 0, nullLeaves: 0 };
  const table = new Map<string, number>();
  for (const mailbox of ['portalenquiries', 'datamanager', 'openexeter'] as const) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
    const entries = all.filter((e) => e.mailbox === mailbox).sort((a, b) => dateOf(a) - dateOf(b));
    entries.forEach((e, i) => {
      const base = `${String(i + 1).padStart(3, '0')}-${e.slug}`;
      const eml = e.raw ?? buildMail(e.spec!).eml;
      writeFileSync(join(dir, `${base}.eml`), eml);
      const x = e.expected;
      const expected = { mailbox, kind: x.kind, ignored: x.ignored, organisation: x.organisation, fields: x.fields, mustRaise: x.mustRaise, traits: x.traits };
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
      stats.emails++;
      stats.pdfs += e.pdfs?.length ?? 0;
      stats.scans += e.pdfs?.filter((p) => p === 'scan').length ?? 0;
      stats.mustRaise += x.mustRaise.length;
      const key = `${mailbox} | ${x.kind}${x.ignored ? ` (${x.ignored})` : ''}`;
      table.set(key, (table.get(key) ?? 0) + 1);
      if (x.kind !== 'unclassified') {
        const walk = (v: unknown): void => {
          if (Array.isArray(v) || typeof v !== 'object' || v === null) {
            stats.leaves++;
            if (v === null) stats.nullLeaves++;
          } else Object.values(v).forEach(walk);
        };
        walk(x.fields);
      }
    });
  }
  if (process.argv.includes('--stats')) {
    console.log(JSON.stringify(stats));
    for (const [k, n] of table) console.log(`${k} | ${n}`);
  }
}

await main();
