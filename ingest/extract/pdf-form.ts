import { TimeLimitedWorkerPool } from './time-limited-pool.js';

/** One AcroForm field as the form carries it; `value` null when empty (signature: "signed" or null). */
export interface PdfFormField {
  name: string;
  type: 'text' | 'checkbox' | 'choice' | 'radio' | 'signature' | 'other';
  value: string | null;
}

/** What an attached PDF gave: its page text and form fields, or why it could not be read. */
export interface PdfReadResult {
  status: 'ok' | 'encrypted' | 'not_pdf' | 'unreadable' | 'too_large' | 'timeout';
  text: string;
  fields: PdfFormField[];
  error?: string;
}

/** Extra time a freshly spawned reader thread gets to load its libraries before the document's own limit runs. */
const PDF_STARTUP_ALLOWANCE_MS = 10_000;

// 3 s a document: pdf.js spends ~3 s recovering a 1 MB garbage "PDF" on an idle core, and a whole message must
// finish within 5 s (the robustness bar), so anything slower is not a form worth waiting for.
export const PDF_LIMITS = { maxBytes: 10 * 1024 * 1024, timeoutMs: 3_000, maxOldGenerationSizeMb: 128 } as const;

/**
 * The long-lived PDF worker threads: loading pdf-lib and pdf-parse costs ~550 ms a thread, a warm parse ~60 ms.
 * One thread by default (the hosts have 2 cores and ingest is memory-bound); a thread is recycled after
 * `maxDocumentsPerWorker` documents (pdf.js keeps caches) and stopped after `idleMs` without work.
 */
export const PDF_POOL = { workers: 1, maxDocumentsPerWorker: 200, idleMs: 30_000 } as const;

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);

const pools = new Map<number, TimeLimitedWorkerPool<PdfReadResult>>();
let spawnedByClosedPools = 0;

function poolFor(maxOldGenerationSizeMb: number): TimeLimitedWorkerPool<PdfReadResult> {
  let pool = pools.get(maxOldGenerationSizeMb);
  if (!pool) {
    pool = new TimeLimitedWorkerPool<PdfReadResult>({
      workerUrl: WORKER_URL,
      // A 16 MB young generation: pdf.js's short-lived objects are scavenged twice as often, and the warm thread,
      // resident for the whole of a backlog drain, holds up to 16 MB less.
      resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16 },
      size: PDF_POOL.workers,
      maxJobsPerWorker: PDF_POOL.maxDocumentsPerWorker,
      idleMs: PDF_POOL.idleMs,
      startupAllowanceMs: PDF_STARTUP_ALLOWANCE_MS,
      warmSpareAfterTimeout: true,
      timedOut: () => ({ status: 'timeout', text: '', fields: [] }),
      failed: (reason) => ({ status: 'unreadable', text: '', fields: [], error: reason === 'closed' ? 'pdf reader closed' : reason }),
    });
    pools.set(maxOldGenerationSizeMb, pool);
  }
  return pool;
}

/**
 * Reads an attached PDF's text (pdf-parse) and AcroForm fields (pdf-lib) in a pooled worker thread with a
 * memory limit and a per-document timeout, so a hostile PDF cannot hang or exhaust the ingest process. Never
 * throws: every failure is a status the caller turns into a finding.
 */
export async function readPdfForm(content: Buffer, limits: Partial<Record<keyof typeof PDF_LIMITS, number>> = {}): Promise<PdfReadResult> {
  const maxBytes = limits.maxBytes ?? PDF_LIMITS.maxBytes;
  const timeoutMs = limits.timeoutMs ?? PDF_LIMITS.timeoutMs;
  if (content.length > maxBytes) return { status: 'too_large', text: '', fields: [] };
  if (!content.subarray(0, 1024).toString('latin1').includes('%PDF-')) return { status: 'not_pdf', text: '', fields: [] };
  // A copy of its own, transferred (not cloned) to the thread.
  const data = new Uint8Array(content);
  const result = await poolFor(limits.maxOldGenerationSizeMb ?? PDF_LIMITS.maxOldGenerationSizeMb).run(data, { timeoutMs, transfer: [data.buffer as ArrayBuffer] });
  return normaliseResult(result);
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
  return { status: m.status, text, fields, ...(m.error ? { error: m.error } : {}) };
}
