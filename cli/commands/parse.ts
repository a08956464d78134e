import { readFile } from 'node:fs/promises';
import { MailboxSchema } from '../../core/domain/case.js';
import { extractCase } from '../../ingest/extract/index.js';
import { SCANNED_FORM_BUDGET_MS } from '../../ingest/extract/pdf-form.js';

/**
 * `pcse parse --mailbox M FILE...`: one JSON case per file, one per line, on stdout
 * (docs/case-contract.md). No database, Redis or network. Returns the exit code: 0 when every
 * file was read, 1 when some could not be read (after printing the others), 2 for a bad mailbox.
 */
export async function runParse(files: string[], mailbox: string): Promise<number> {
  const parsedMailbox = MailboxSchema.safeParse(mailbox);
  if (!parsedMailbox.success) {
    process.stderr.write(`pcse parse: invalid --mailbox "${mailbox}": expected one of ${MailboxSchema.options.join(', ')}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch (e) {
      failed++;
      process.stderr.write(`pcse parse: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      continue;
    }
    try {
      // Nobody waits on a batch: a scan gets the OCR service's time, not ingest's inline budget.
      const parsed = await extractCase(raw, { mailbox: parsedMailbox.data, pdfBudgetMs: SCANNED_FORM_BUDGET_MS });
      process.stdout.write(`${JSON.stringify(parsed)}\n`);
    } catch (e) {
      failed++;
      process.stderr.write(`pcse parse: failed to parse ${file}: ${(e as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
