import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../../core/adapters/database.js';
import { createPrismaCorrectionExport } from '../../core/adapters/prisma-case-corrections.js';
import type { CorrectedCase } from '../../core/ports.js';

/** The corpus's expected file (test/corpus/README.md), filled from the case as staff corrected it. */
export function toExpectedJson(corrected: CorrectedCase): Record<string, unknown> {
  const p = corrected.case.parsed;
  return {
    mailbox: p.mailbox,
    kind: p.kind,
    ignored: p.ignored,
    organisation: p.organisation ? { odsCode: p.organisation.odsCode, type: p.organisation.type } : null,
    fields: p.fields,
    // What the email alone is enough to know is a reviewer's call: left empty for the person who adds the file to the corpus.
    mustRaise: [],
    traits: ['staff-corrected'],
  };
}

/**
 * `pcse corrections export DIR [--since YYYY-MM-DD]`: every case staff corrected ("Edit fields…" or
 * "Reclassify…") as a corpus entry, `DIR/<mailbox>/<ref>.eml` (the raw email as received) and
 * `<ref>.expected.json` (the corrected case), the layout scripts/score-corpus.ts reads. A case whose raw email
 * was purged by retention is skipped and named. These files hold personal data: review and anonymise before
 * adding one to test/corpus.
 */
export async function runCorrectionsExport(databaseUrl: string | undefined, dir: string, options: { since?: string }): Promise<number> {
  const since = options.since ? new Date(options.since) : undefined;
  if (since && Number.isNaN(since.getTime())) {
    console.error('--since must be a date, e.g. 2026-11-01');
    return 2;
  }
  const db = await openDatabase(databaseUrl || undefined);
  try {
    const cases = await createPrismaCorrectionExport(db).listCorrectedCases({ since });
    let written = 0;
    for (const corrected of cases) {
      if (!corrected.raw) {
        console.error(`${corrected.ref}: skipped, its raw email was purged (retention)`);
        continue;
      }
      const folder = path.join(dir, corrected.case.mailbox);
      await mkdir(folder, { recursive: true });
      const name = corrected.ref.toLowerCase();
      await writeFile(path.join(folder, `${name}.eml`), corrected.raw);
      await writeFile(path.join(folder, `${name}.expected.json`), `${JSON.stringify(toExpectedJson(corrected), null, 2)}\n`);
      written += 1;
    }
    console.log(`${written} corrected case${written === 1 ? '' : 's'} written to ${dir} (personal data: review before sharing or committing)`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}
