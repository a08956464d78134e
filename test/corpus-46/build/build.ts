// Writes every .eml and .expected.json of corpus 46: npx tsx test/corpus-46/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanagerEmails } from './datamanager.js';
import { buildMessage } from './lib.js';
import type { Email } from './model.js';
import { openexeterEmails } from './openexeter.js';
import { portalEmails } from './portal.js';

const ROOT = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const all: Email[] = [...(await portalEmails()), ...datamanagerEmails(), ...(await openexeterEmails())];
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) {
    const dir = join(ROOT, m);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
  }
  const slugs = new Set<string>();
  all.forEach((e, i) => {
    if (slugs.has(e.slug)) throw new Error(`duplicate slug ${e.slug}`);
    slugs.add(e.slug);
    const base = join(ROOT, e.mailbox, `${String(i + 1).padStart(3, '0')}-${e.slug}`);
    writeFileSync(`${base}.eml`, buildMessage(e.mailbox, e.spec));
    const exp = { mailbox: e.mailbox, ...e.expected };
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(exp, null, 2)}\n`);
  });
  process.stdout.write(`wrote ${all.length} emails\n`);
}

void main();
