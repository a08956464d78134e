/**
 * Writes the validation corpus: test/corpus/<mailbox>/NNN-<slug>.eml and NNN-<slug>.expected.json.
 * The .eml files are the corpus; this script only keeps them consistent with their expected values.
 *
 * Run: npx tsx test/corpus/build/build-corpus.ts   (after scripts/make-corpus-pdfs.ts)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusEntry } from './common.js';
import { buildMessage } from './mime.js';
import { PORTAL } from './portalenquiries.js';
import { DATAMANAGER, DATAMANAGER_MISDIRECTED } from './datamanager.js';
import { OPENEXETER, BOUNCES } from './openexeter.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every entry of the corpus, in file order. */
export const ENTRIES: CorpusEntry[] = [...PORTAL, ...DATAMANAGER_MISDIRECTED, ...DATAMANAGER, ...OPENEXETER, ...BOUNCES];

function main(): void {
  const seen = new Set<string>();
  for (const e of ENTRIES) {
    const base = `${String(e.n).padStart(3, '0')}-${e.slug}`;
    const key = `${e.mailbox}/${String(e.n).padStart(3, '0')}`;
    if (seen.has(key)) throw new Error(`duplicate number ${key}`);
    seen.add(key);
    const dir = join(ROOT, e.mailbox);
    mkdirSync(dir, { recursive: true });
    const raw = e.raw ?? (e.message ? buildMessage(e.message) : null);
    if (raw === null) throw new Error(`${base}: no message`);
    writeFileSync(join(dir, `${base}.eml`), raw);
    const expected = { mailbox: e.mailbox, ...e.expected };
    writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
  console.log(`wrote ${ENTRIES.length} emails`);
}

main();
