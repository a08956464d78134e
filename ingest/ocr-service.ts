import type { Logger } from 'pino';
import type { ScanReadingStore } from '../core/adapters/prisma-scan-reading.js';
import type { ParsedCase } from '../core/domain/case.js';
import { getPath, isEmpty } from '../core/domain/cases/finalise-case.js';
import { reviewCase } from '../core/domain/cases/index.js';
import { applyScanReading } from '../core/domain/cases/scan-reading.js';
import { loadDirectoryFacts } from '../core/load-directory-facts.js';
import type { CaseOutbox, CaseQueue, DirectoryReader } from '../core/ports.js';
import { readPdfForm, SCANNED_FORM_BUDGET_MS, type PdfReadBudget } from './extract/pdf-form.js';
import { extractInSandbox } from './extract/sandbox.js';

/**
 * The OCR service (`pcse ocr`): ingest stores a case whose form is a scan at once, marked `scan_pending`, and never
 * starts OCR itself (its process tree stays ingest's). This reads each such case's stored emails again, this time
 * with OCR (ocr-process.mjs: a child process of this service, stopped when idle), and fills in what the scan gives
 * while a person can still decide on the case (core/domain/cases/scan-reading.ts). The pending marker lives in the
 * case row, so a crash anywhere loses nothing: the case is simply read again, and storing it is conditional on the
 * version it was read at and on the marker, so it is applied once.
 */
export interface OcrServiceDeps {
  store: ScanReadingStore & CaseOutbox;
  queue: CaseQueue;
  /** The directory, to judge the filled-in case as ingest judges a new one; absent = not reviewed against it. */
  directory?: DirectoryReader;
  logger: Logger;
}

/** Cases read a pass: a scan takes seconds, and a pass that ends soon sees a case a person changed meanwhile. */
const CASES_PER_PASS = 10;

const readWithOcr = (content: Buffer, budget: PdfReadBudget) => readPdfForm(content, {}, budget, { scans: 'inline' });

/** One pass: reads the scans of up to `CASES_PER_PASS` pending cases and stores each; returns how many were stored. */
export async function readPendingScans(deps: OcrServiceDeps): Promise<number> {
  let stored = 0;
  for (const pending of await deps.store.listCasesAwaitingScan(CASES_PER_PASS)) {
    const c = pending.case;
    const readings: ParsedCase[] = [];
    for (const email of pending.emails) {
      if (!email.raw) continue;
      const result = await extractInSandbox(email.raw, { mailbox: email.mailbox, receivedAt: email.receivedAt, trustedAuthServId: null, readPdf: readWithOcr, pdfBudgetMs: SCANNED_FORM_BUDGET_MS });
      if (result.status === 'closed') throw Object.assign(new Error('extraction sandbox closed'), { code: 'extraction_unavailable' });
      if (result.status === 'ok') readings.push(result.parsed);
      else deps.logger.warn({ caseId: c.id, status: result.status }, 'stored email did not extract again');
    }
    let parsed = applyScanReading(c.parsed, readings, pending.correctedPaths);
    if (deps.directory) parsed = { ...parsed, findings: reviewCase(parsed, await loadDirectoryFacts(deps.directory, parsed)) };
    const filled = Object.keys(parsed.evidence).filter((p) => isEmpty(getPath(c.parsed, p)) && !isEmpty(getPath(parsed, p)));
    const updated = await deps.store.storeScanReading(c.id, { expectedVersion: c.version, parsed, filled });
    if (!updated) {
      // Changed while it was read (an edit, a reply, a decision): read again from the new version next pass.
      deps.logger.info({ caseId: c.id }, 'case changed while its scan was read');
      continue;
    }
    stored++;
    deps.logger.info({ caseId: c.id, caseRef: c.ref, filled: filled.length, state: updated.state }, 'scan read');
    // The new version's card; a crash before markQueued leaves it to the outbox relay (the job id dedupes).
    await deps.queue.enqueueCaseReady(updated.id, updated.version);
    await deps.store.markQueued(updated.id);
  }
  return stored;
}

/**
 * Runs passes every `pollIntervalMs` (at once after a pass that stored a full batch). `stop` waits for the pass in
 * hand. Errors (an outage) are logged and the next pass tries again.
 */
export function startOcrService(deps: OcrServiceDeps & { pollIntervalMs?: number }): { stop(): Promise<void>; pass(): Promise<number> } {
  const interval = deps.pollIntervalMs ?? 2_000;
  let stopped = false;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const pass = (): Promise<number> => {
    running ??= readPendingScans(deps)
      .catch((error: Error & { code?: string }) => {
        deps.logger.warn({ err: { message: error.message, code: error.code } }, 'OCR pass failed; retrying');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const loop = async (): Promise<void> => {
    if (stopped) return;
    const stored = await pass();
    if (!stopped) timer = setTimeout(() => void loop(), stored >= CASES_PER_PASS ? 0 : interval);
  };
  void loop();
  return {
    pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
