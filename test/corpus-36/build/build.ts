// Writes corpus 36 (writer AF): every .eml and .expected.json, deterministically.
// Run: npx tsx test/corpus-36/build/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datamanager } from './datamanager.js';
import type { CorpusEmail, Mailbox } from './lib.js';
import { openexeter } from './openexeter.js';
import * as P from './pdfs.js';
import { portal } from './portal.js';

export interface Pdfs {
  gppFillable: Uint8Array;
  oeGpFillable: Uint8Array;
  oeOtherFillable: Uint8Array;
  oeGpWordExport: Uint8Array;
  gppWordExport: Uint8Array;
  extensionLetter: Uint8Array;
  optoLetter: Uint8Array;
  scanPhotoGpp: Uint8Array;
  scanLowResOe: Uint8Array;
  scanUpsideDownBranch: Uint8Array;
  scanBoxedOe: Uint8Array;
}

async function makePdfs(): Promise<Pdfs> {
  // one at a time, in a fixed order: each seeds Math.random for pdf-lib while it runs
  const gppFillable = await P.gppFillable();
  const oeGpFillable = await P.oeGpFillable();
  const oeOtherFillable = await P.oeOtherFillable();
  const oeGpWordExport = await P.oeGpWordExport();
  const gppWordExport = await P.gppWordExport();
  const extensionLetter = await P.extensionLetter();
  const optoLetter = await P.optoLetter();
  const scanPhotoGpp = await P.scanPhotoGpp();
  const scanLowResOe = await P.scanLowResOe();
  const scanUpsideDownBranch = await P.scanUpsideDownBranch();
  const scanBoxedOe = await P.scanBoxedOe();
  return { gppFillable, oeGpFillable, oeOtherFillable, oeGpWordExport, gppWordExport, extensionLetter, optoLetter, scanPhotoGpp, scanLowResOe, scanUpsideDownBranch, scanBoxedOe };
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const pdfs = await makePdfs();
  const sets: [Mailbox, CorpusEmail[]][] = [
    ['portalenquiries', portal(pdfs)],
    ['datamanager', datamanager(pdfs)],
    ['openexeter', openexeter(pdfs)],
  ];
  let n = 0;
  for (const [mailbox, emails] of sets) {
    const dir = join(root, mailbox);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (/\.(eml|expected\.json)$/.test(f)) rmSync(join(dir, f));
    const slugs = new Set<string>();
    emails.forEach((e, i) => {
      if (slugs.has(e.slug)) throw new Error(`duplicate slug ${e.slug}`);
      slugs.add(e.slug);
      const base = `${String(i + 1).padStart(3, '0')}-${e.slug}`;
      writeFileSync(join(dir, `${base}.eml`), e.eml);
      const { kind, ignored, organisation, fields, mustRaise, traits } = e.expected;
      writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify({ mailbox, kind, ignored, organisation, fields, mustRaise, traits }, null, 2)}\n`);
      n++;
    });
  }
  console.log(`wrote ${n} emails`);
}

await main();
