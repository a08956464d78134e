// Writes every .eml and .expected.json of corpus 38 (writer AH): `npx tsx test/corpus-38/build/build.ts`.
// Deterministic: fixed dates, hashed boundaries and ids, seeded noise in the scans.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Email } from './common.js';
import { datamanagerEmails } from './datamanager.js';
import { openexeterEmails } from './openexeter.js';
import { portalEmails } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const emails: Email[] = [...(await portalEmails()), ...(await datamanagerEmails()), ...(await openexeterEmails())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  const names = new Set<string>();
  for (const e of emails) {
    if (names.has(e.name)) throw new Error(`duplicate ${e.name}`);
    names.add(e.name);
    writeFileSync(join(root, e.mailbox, `${e.name}.eml`), Buffer.from(e.eml, 'latin1'));
    writeFileSync(join(root, e.mailbox, `${e.name}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
  }
  const kinds = new Map<string, number>();
  for (const e of emails) {
    const k = `${e.mailbox}\t${e.expected.kind}${e.expected.ignored ? ` (${e.expected.ignored})` : ''}`;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const pdfs = emails.flatMap((e) => e.pdfs ?? []);
  const raise = emails.reduce((n, e) => n + e.expected.mustRaise.length, 0);
  const leaves = (v: unknown): number => (v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v).reduce<number>((n, x) => n + leaves(x), 0) : 1);
  const scored = emails.filter((e) => e.expected.kind !== 'unclassified').reduce((n, e) => n + leaves(e.expected.fields), 0);
  if (process.argv.includes('--summary')) {
    for (const [k, n] of [...kinds].sort()) console.log(`${k}\t${n}`);
    console.log(`emails ${emails.length}; pdfs ${pdfs.length} (fillable ${pdfs.filter((x) => x.kind === 'fillable').length}, flat ${pdfs.filter((x) => x.kind === 'flat').length}, scan ${pdfs.filter((x) => x.kind === 'scan').length}); mustRaise ${raise}; field leaves ${scored}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
