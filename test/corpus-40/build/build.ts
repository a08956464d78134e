// Writes corpus 40 (writer AJ): every .eml and .expected.json, deterministically.
//   npx tsx test/corpus-40/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compose } from './clients.js';
import { datamanager } from './datamanager.js';
import type { Item } from './model.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const items: Item[] = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
  items.forEach((it, i) => {
    const n = String(i + 1).padStart(3, '0');
    if (!it.spec.id.startsWith(`${n}-`)) throw new Error(`item ${i + 1} is numbered ${it.spec.id}`);
    if (!/^\d{3}-[a-z0-9-]+$/.test(it.spec.id)) throw new Error(`bad id ${it.spec.id}`);
  });
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(root, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  for (const it of items) {
    const raw = it.raw ?? compose(it.spec);
    if (/[^\r]\n/.test(raw)) throw new Error(`${it.spec.id}: bare LF`);
    const base = join(root, it.spec.mailbox, it.spec.id);
    writeFileSync(`${base}.eml`, raw.endsWith('\r\n') ? raw : `${raw}\r\n`);
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(it.expected, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${items.length} emails\n`);
}

await main();
