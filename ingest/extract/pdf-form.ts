import { createHash } from 'node:crypto';
import { withinInflateBudget } from './pdf-inflate-guard.js';
import { TimeLimitedWorkerPool } from './time-limited-pool.js';

/** One AcroForm field as the form carries it; `value` null when empty (signature: "signed" or null). */
export interface PdfFormField {
  name: string;
  type: 'text' | 'checkbox' | 'choice' | 'radio' | 'signature' | 'other';
  value: string | null;
  /** The label printed beside the widget, when the field's name says nothing ("Text1", Acrobat's "Email_2"). */
  label?: string;
  /** The heading the printed label sits under ("Section 3 - Authorised signatory"), with `label`. */
  heading?: string;
  /**
   * A tick box whose `label` is the option printed after it ("GP Partner") and whose `heading` is the question it
   * answers ("Role of authorised signatory (tick one)").
   */
  option?: boolean;
}

/** One line of text read by OCR from a scanned page, with tesseract's confidence (0–1). */
export interface OcrLine {
  page: number;
  text: string;
  confidence: number;
}

/**
 * How the scanned (image-only) pages of a PDF were read. Their text is in `PdfReadResult.text` like any page's
 * text, so extraction reads it unchanged; this says which lines came from a scan and how sure the OCR was.
 */
export interface PdfOcrInfo {
  /** 1-based numbers of the pages read by OCR. */
  pages: number[];
  /** Mean word confidence over the OCR'd pages, 0–1. */
  confidence: number;
  lines: OcrLine[];
  /**
   * The form's signature box, found by its label in the OCR'd text: `signed` when it holds ink, `blank` when it
   * is empty, `not_found` when no signature label was read.
   */
  signature: 'signed' | 'blank' | 'not_found';
  /** Image-only pages that OCR could not read (too little confidence, out of time, or beyond `PDF_OCR.maxPages`). */
  unreadablePages: number[];
  /** Of those, the pages not read because the time for them ran out (the message's budget or OCR's own). */
  outOfTimePages?: number[];
}

/** What an attached PDF gave: its page text and form fields, or why it could not be read. */
export interface PdfReadResult {
  status: 'ok' | 'encrypted' | 'not_pdf' | 'unreadable' | 'too_large' | 'timeout';
  text: string;
  fields: PdfFormField[];
  error?: string;
  /** `text` when every page had a text layer, `ocr` when some page was image-only and read by OCR. Absent: `text`. */
  source?: 'text' | 'ocr';
  /** Present when some page was read by OCR. */
  ocr?: PdfOcrInfo;
  /**
   * Image-only pages left for the OCR service (`scans: 'deferred'`): ingest stores the case at once with the scan
   * marked pending, and `pcse ocr` reads these pages later (ingest/ocr-service.ts).
   */
  ocrPending?: number[];
  /** A form page with a signature label also carries a hand-drawn path (a signature in ink, not text). */
  drawn?: boolean;
}

/**
 * Who reads a scanned page: `inline` (this process's OCR child, within the message's budget: `pcse parse`, the OCR
 * service) or `deferred` (nobody now; the pages are reported in `ocrPending`: `pcse ingest`, so neither the OCR child
 * nor its memory is ever part of ingest's process tree).
 */
export type ScanReading = 'inline' | 'deferred';

/** Extra time a freshly spawned reader thread gets to load its libraries before the document's own limit runs. */
const PDF_STARTUP_ALLOWANCE_MS = 10_000;

// 3 s a document: pdf.js spends ~3 s recovering a 1 MB garbage "PDF" on an idle core, and a whole message must
// finish within 5 s (the robustness bar), so anything slower is not a form worth waiting for.
export const PDF_LIMITS = { maxBytes: 10 * 1024 * 1024, timeoutMs: 3_000, maxOldGenerationSizeMb: 128 } as const;

/**
 * OCR of image-only pages: the PDF thread finds them and hands them to a child process of their own (ocr-process.mjs,
 * with its own heap ceiling and RSS watchdog, stopped after 5 s without a scan), which renders and reads them
 * (ocr-pages.mjs), so neither the canvas nor tesseract ever lives in ingest's process. A document with a
 * scanned page asks the pool for `budgetMs` more (plus `startupMs` when the OCR process is cold, plus
 * `marginMs` for rendering's last page), all of it cut to the message's deadline (MESSAGE_PDF_BUDGET_MS inline in
 * ingest, SCANNED_FORM_BUDGET_MS in the OCR service and `pcse parse`), so a message with scans is answered within
 * 8 s inline and pages OCR had no time for are reported "not read in time".
 * Measured on this 2-core host while shared (load average 16–18, the `4.0.0` model): a clean 144 dpi A4 form page
 * 4.2–4.5 s, tesseract's start 2.0–3.1 s, a cold first scan 9.6–11.2 s end to end, a page of pure noise 15.6 s (so noise runs
 * out of budget inline and is reported unreadable instead of holding the thread; a patchy page read three or four
 * ways takes 10–15 s, which the OCR service's 20 s allows). Two pages at most: the PCSE forms are
 * one or two pages, and a 40-page scan is not a form to read automatically. `scale` 2 renders at 144 dpi (10 pt
 * print needs that; 108 dpi was no faster here); below `minConfidence` (tesseract's mean word confidence) a page is
 * noise and its text is not used.
 */
export const PDF_OCR = { maxPages: 2, budgetMs: 20_000, startupMs: 6_000, marginMs: 500, scale: 2, minConfidence: 0.5 } as const;

/**
 * Every PDF of one message, OCR included, is read within this (`readPdfForm`'s `deadlineAt`): a message is answered
 * within 10 s however hazardous its attachments (issue 10), and extraction, storing and the acknowledgement take well
 * under the other 2 s. What the budget does not cover is reported, never dropped: a PDF not started in time is
 * `attachment_unreadable`, a scanned page not read in time `scan_unreadable` ("not read in time").
 */
export const MESSAGE_PDF_BUDGET_MS = 8_000;

/**
 * A message's PDFs where nobody waits on the answer (the OCR service, `pcse parse`): a scan turned sideways, drawn
 * again as ink on paper and read again as a column takes four readings of one to three seconds each, after
 * tesseract's start. Pages not read by then are still reported "not read in time".
 */
export const SCANNED_FORM_BUDGET_MS = 30_000;

/** How a message's PDFs share MESSAGE_PDF_BUDGET_MS: a wall-clock time (`Date.now()` ms) every read ends by. */
export interface PdfReadBudget {
  deadlineAt: number;
}

/**
 * The long-lived PDF worker threads: loading pdf.js costs ~0.5 s a thread, a warm read of a form 2–10 ms.
 * One thread by default (the hosts have 2 cores and ingest is memory-bound); a thread is recycled after
 * `maxDocumentsPerWorker` documents (pdf.js keeps caches) and stopped after `idleMs` without work.
 */
export const PDF_POOL = { workers: 1, maxDocumentsPerWorker: 200, idleMs: 30_000 } as const;

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);

const pools = new Map<string, TimeLimitedWorkerPool<PdfReadResult>>();
let spawnedByClosedPools = 0;

function poolFor(maxOldGenerationSizeMb: number, scans: ScanReading): TimeLimitedWorkerPool<PdfReadResult> {
  const poolKey = `${maxOldGenerationSizeMb}:${scans}`;
  let pool = pools.get(poolKey);
  if (!pool) {
    pool = new TimeLimitedWorkerPool<PdfReadResult>({
      workerUrl: WORKER_URL,
      workerData: { ocr: PDF_OCR, deferScans: scans === 'deferred' },
      // A 16 MB young generation: pdf.js's short-lived objects are scavenged twice as often, and the warm thread,
      // resident for the whole of a backlog drain, holds up to 16 MB less.
      resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16 },
      size: PDF_POOL.workers,
      maxJobsPerWorker: PDF_POOL.maxDocumentsPerWorker,
      idleMs: PDF_POOL.idleMs,
      startupAllowanceMs: PDF_STARTUP_ALLOWANCE_MS,
      warmSpareAfterTimeout: true,
      // Out of time after asking for OCR's budget: the scan, not the PDF, could not be read.
      timedOut: (extended) => ({ status: 'timeout', text: '', fields: [], ...(extended ? { error: 'ocr' } : {}) }),
      failed: (reason) => ({ status: 'unreadable', text: '', fields: [], error: reason === 'closed' ? 'pdf reader closed' : reason }),
    });
    pools.set(poolKey, pool);
  }
  return pool;
}

/**
 * Reads an attached PDF's text and AcroForm fields (pdf.js; pdf-lib for encrypted, signed and radio forms) in a pooled worker thread with a
 * memory limit and a per-document timeout, so a hostile PDF cannot hang or exhaust the ingest process. Never
 * throws: every failure is a status the caller turns into a finding.
 */
export async function readPdfForm(
  content: Buffer,
  limits: Partial<Record<keyof typeof PDF_LIMITS, number>> = {},
  budget: PdfReadBudget | null = null,
  { scans = 'inline' }: { scans?: ScanReading } = {},
): Promise<PdfReadResult> {
  const maxBytes = limits.maxBytes ?? PDF_LIMITS.maxBytes;
  const timeoutMs = limits.timeoutMs ?? PDF_LIMITS.timeoutMs;
  if (content.length > maxBytes) return { status: 'too_large', text: '', fields: [] };
  if (!content.subarray(0, 1024).toString('latin1').includes('%PDF-')) return { status: 'not_pdf', text: '', fields: [] };
  // Custom limits are tests probing the limits: their answer is not the document's.
  const cacheable = Object.keys(limits).length === 0;
  const key = cacheable ? `${scans}:${createHash('sha256').update(content).digest('hex')}` : '';
  const cached = cacheable ? readCache.get(key) : undefined;
  if (cached) {
    // Most recently used last: the oldest entry is evicted first.
    readCache.delete(key);
    readCache.set(key, cached);
    return cached;
  }
  if (budget && budget.deadlineAt - Date.now() <= 0) return { status: 'timeout', text: '', fields: [], error: OUT_OF_MESSAGE_BUDGET };
  const result = await readUncached(content, timeoutMs, limits.maxOldGenerationSizeMb ?? PDF_LIMITS.maxOldGenerationSizeMb, budget, scans);
  // A closed pool is the process stopping, and a timeout (text or OCR pages) the machine's load, not the
  // document: neither is remembered, so the same form attached again is read again.
  // Nor is a read cut short by the message's budget.
  const transient = result.error === 'pdf reader closed' || result.status === 'timeout' || (result.ocr?.unreadablePages.length ?? 0) > 0;
  if (cacheable && !transient) {
    readCache.set(key, result);
    if (readCache.size > PDF_CACHE_ENTRIES) readCache.delete(readCache.keys().next().value!);
  }
  return result;
}

/** `PdfReadResult.error` of a PDF the message's budget left no time for. */
export const OUT_OF_MESSAGE_BUDGET = 'message budget spent';

async function readUncached(content: Buffer, timeoutMs: number, maxOldGenerationSizeMb: number, budget: PdfReadBudget | null, scans: ScanReading): Promise<PdfReadResult> {
  if (!(await withinInflateBudget(content))) return { status: 'unreadable', text: '', fields: [], error: 'decompresses to more than the limit' };
  // A copy of its own, transferred (not cloned) to the thread.
  const data = new Uint8Array(content);
  const maxExtensionMs = PDF_OCR.budgetMs + PDF_OCR.startupMs + PDF_OCR.marginMs;
  // The pool cuts the document's clock, start-up allowance and OCR extension to the message's deadline, and the
  // thread sizes OCR's budget to what is left, so a scan ends with its pages "not read in time" rather than killed.
  const deadline = budget ? { deadlineAt: budget.deadlineAt } : {};
  const result = await poolFor(maxOldGenerationSizeMb, scans).run(data, { timeoutMs, maxExtensionMs, transfer: [data.buffer as ArrayBuffer], ...deadline });
  return normaliseResult(result);
}

/**
 * PDFs read in this process, by content hash: the same form attached to a reply, a forward or a re-sent email is
 * read once a run (a scan's OCR costs seconds). Results are small (text and fields), so 256 cost at most a few MB.
 */
export const PDF_CACHE_ENTRIES = 256;
const readCache = new Map<string, PdfReadResult>();

/** Forgets every cached read; for tests. */
export function clearPdfReadCache(): void {
  readCache.clear();
}

/** Terminates every PDF worker thread (answering queued documents `unreadable`); for shutdown and tests. */
export async function closePdfWorkers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  spawnedByClosedPools += all.reduce((n, p) => n + p.spawned, 0);
  await Promise.all(all.map((p) => p.close()));
}

/** Threads started since the process began and threads alive now: lets tests see reuse and replacement. */
export function getPdfWorkerStats(): { spawned: number; live: number } {
  const all = [...pools.values()];
  return { spawned: spawnedByClosedPools + all.reduce((n, p) => n + p.spawned, 0), live: all.reduce((n, p) => n + p.liveWorkers(), 0) };
}

function normaliseResult(m: PdfReadResult): PdfReadResult {
  const text = typeof m.text === 'string' ? m.text.replace(/\n-- \d+ of \d+ --\n?/g, '\n') : '';
  const fields = Array.isArray(m.fields) ? m.fields : [];
  return { status: m.status, text, fields, ...(m.error ? { error: m.error } : {}), ...(m.source ? { source: m.source } : {}), ...(m.ocr ? { ocr: m.ocr } : {}), ...(Array.isArray(m.ocrPending) && m.ocrPending.length > 0 ? { ocrPending: m.ocrPending } : {}), ...(m.drawn === true ? { drawn: true } : {}) };
}
