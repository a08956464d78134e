// Writes every .eml and .expected.json of corpus 13 (writer I): `npx tsx test/corpus-13/build/build.ts`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import type { Email, Mailbox } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const sets: [Mailbox, Email[]][] = [
    ['portalenquiries', await portal()],
    ['datamanager', datamanager()],
    ['openexeter', await openexeter()],
  ];
  for (const [mailbox, emails] of sets) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
    for (const e of emails) {
      if (e.expected.mailbox !== mailbox) throw new Error(`${e.slug}: mailbox ${e.expected.mailbox} in ${mailbox}`);
      if (/\r(?!\n)|(?<!\r)\n/.test(e.eml)) throw new Error(`${e.slug}: not CRLF throughout`);
      writeFileSync(join(dir, `${e.slug}.eml`), e.eml);
      writeFileSync(join(dir, `${e.slug}.expected.json`), `${JSON.stringify(e.expected, null, 2)}\n`);
    }
    console.log(`${mailbox}: ${emails.length}`);
  }
}

await main();
