// Writes every .eml and .expected.json of validation corpus 16 (writer L), deterministically.
//   npx tsx test/corpus-16/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Email, Mailbox } from './common.js';
import { datamanagerEmails } from './datamanager.js';
import { buildMessage } from './lib.js';
import { openexeterEmails } from './openexeter.js';
import { portalEmails } from './portal.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const all: Record<Mailbox, Email[]> = {
    portalenquiries: await portalEmails(),
    datamanager: await datamanagerEmails(),
    openexeter: await openexeterEmails(),
  };
  let count = 0;
  for (const [mailbox, emails] of Object.entries(all) as [Mailbox, Email[]][]) {
    const dir = join(ROOT, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
    emails.forEach((e, i) => {
      const base = `${String(i + 1).padStart(3, '0')}-${e.slug}`;
      writeFileSync(join(dir, `${base}.eml`), buildMessage(e.msg));
      const exp = { mailbox, ...e.expected };
      const ordered = {
        mailbox: exp.mailbox, kind: exp.kind, ignored: exp.ignored, organisation: exp.organisation,
        fields: exp.fields, mustRaise: exp.mustRaise, traits: exp.traits,
      };
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(ordered, null, 2)}\n`);
      count++;
    });
  }
  console.log(`corpus-16: wrote ${count} emails (${Object.entries(all).map(([m, e]) => `${m} ${e.length}`).join(', ')})`);
}

await main();
