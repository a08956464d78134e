// Writes corpus 47: every .eml and .expected.json, deterministically.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanagerMails } from './datamanager.js';
import { buildEml, type Mail } from './lib.js';
import { openExeterMails } from './openexeter.js';
import { portalMails } from './portal.js';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const all: Mail[] = [...(await portalMails()), ...(await datamanagerMails()), ...(await openExeterMails())];
  for (const mb of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, mb);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) rmSync(join(dir, f));
  }
  all.forEach((m, i) => {
    const n = String(i + 1).padStart(3, '0');
    const base = join(root, m.mailbox, `${n}-${m.slug}`);
    writeFileSync(`${base}.eml`, buildEml(m, i + 1));
    const exp = { mailbox: m.mailbox, ...m.expected };
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(exp, null, 2)}\n`);
  });
  console.log(`wrote ${all.length} emails`);
}

await main();
