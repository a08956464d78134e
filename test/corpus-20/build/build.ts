// Rewrites every .eml and .expected.json of test/corpus-20 from the sources in this folder.
// Deterministic: fixed dates, seeded noise, boundaries and Message-IDs from hashes. Run with
//   npx tsx test/corpus-20/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, type Mailbox } from './clients.js';
import { datamanager } from './datamanager.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';
import type { Builder, Expected } from './types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const BUILDERS: [Mailbox, Builder][] = [
  ['portalenquiries', portal],
  ['datamanager', datamanager],
  ['openexeter', openexeter],
];

function expectedJson(mailbox: Mailbox, e: Expected): string {
  const ordered = {
    mailbox,
    kind: e.kind,
    ignored: e.ignored,
    organisation: e.organisation,
    fields: e.fields,
    mustRaise: e.mustRaise,
    traits: e.traits,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

async function main(): Promise<void> {
  let total = 0;
  for (const [mailbox, build] of BUILDERS) {
    const dir = join(ROOT, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.endsWith('.eml') || f.endsWith('.expected.json')) rmSync(join(dir, f));
    const items = await build();
    const slugs = new Set<string>();
    items.forEach((it, i) => {
      if (slugs.has(it.slug)) throw new Error(`duplicate slug ${it.slug}`);
      slugs.add(it.slug);
      const base = `${String(i + 1).padStart(3, '0')}-${it.slug}`;
      writeFileSync(join(dir, `${base}.eml`), render(it.slug, mailbox, it.mail));
      writeFileSync(join(dir, `${base}.expected.json`), expectedJson(mailbox, it.expected));
    });
    total += items.length;
    console.log(`${mailbox}: ${items.length}`);
  }
  console.log(`total: ${total}`);
}

await main();
