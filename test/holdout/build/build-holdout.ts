/**
 * Writes test/holdout/<mailbox>/NNN-<slug>.eml and .expected.json from the specs beside this file.
 * The PDFs come first: npx tsx scripts/make-holdout-pdfs.ts; then: npx tsx test/holdout/build/build-holdout.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATAMANAGER_MAILS } from './datamanager.js';
import { renderMail, type Mail } from './mime.js';
import { OPENEXETER_MAILS } from './openexeter.js';
import { PORTAL_MAILS } from './portalenquiries.js';

const ROOT = join(import.meta.dirname, '..');
const SETS: [mailbox: 'portalenquiries' | 'datamanager' | 'openexeter', mails: Mail[]][] = [
  ['portalenquiries', PORTAL_MAILS],
  ['datamanager', DATAMANAGER_MAILS],
  ['openexeter', OPENEXETER_MAILS],
];

for (const [mailbox, mails] of SETS) {
  const dir = join(ROOT, mailbox);
  mkdirSync(dir, { recursive: true });
  for (const m of mails) {
    writeFileSync(join(dir, `${m.name}.eml`), renderMail(m, `pcse.${mailbox}@nhs.net`));
    const expected = { mailbox, ...m.expected };
    writeFileSync(join(dir, `${m.name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  console.log(`${mailbox}: ${mails.length}`);
}
