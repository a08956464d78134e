// Writes every .eml and .expected.json of corpus 42 (writer AL). Deterministic: no clock, no unseeded randomness.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { portalEmails } from './portal.js';
import { datamanagerEmails } from './datamanager.js';
import { openExeterEmails } from './openexeter.js';
import type { Email } from './clients.js';

const ROOT = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const all: Email[] = [...(await portalEmails()), ...(await datamanagerEmails()), ...(await openExeterEmails())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(ROOT, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
  }
  all.forEach((e, i) => {
    const base = join(ROOT, e.mailbox, `${String(i + 1).padStart(3, '0')}-${e.slug}`);
    writeFileSync(`${base}.eml`, e.eml);
    const exp = { mailbox: e.mailbox, ...e.expected };
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(exp, null, 2)}\n`);
  });
  process.stdout.write(`wrote ${all.length} emails\n`);
}

await main();
