import { Worker } from 'node:worker_threads';

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

export const PDF_LIMITS = { maxBytes: 10 * 1024 * 1024, timeoutMs: 5_000, maxOldGenerationSizeMb: 128 } as const;

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);

/**
 * Reads an attached PDF's text (pdf-parse) and AcroForm fields (pdf-lib) in a worker thread with a
 * memory limit and a timeout, so a hostile PDF cannot hang or exhaust the ingest process. Never
 * throws: every failure is a status the caller turns into a finding.
 */
export async function readPdfForm(content: Buffer, limits: Partial<typeof PDF_LIMITS> = {}): Promise<PdfReadResult> {
  const maxBytes = limits.maxBytes ?? PDF_LIMITS.maxBytes;
  const timeoutMs = limits.timeoutMs ?? PDF_LIMITS.timeoutMs;
  if (content.length > maxBytes) return { status: 'too_large', text: '', fields: [] };
  if (!content.subarray(0, 1024).toString('latin1').includes('%PDF-')) return { status: 'not_pdf', text: '', fields: [] };
  return new Promise<PdfReadResult>((resolve) => {
    let settled = false;
    const settle = (r: PdfReadResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().catch(() => undefined);
      resolve(r);
    };
    const worker = new Worker(WORKER_URL, {
      workerData: { data: new Uint8Array(content) },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? PDF_LIMITS.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => settle({ status: 'timeout', text: '', fields: [] }), timeoutMs);
    worker.on('message', (m: PdfReadResult) => settle(normaliseResult(m)));
    worker.on('error', (e) => settle({ status: 'unreadable', text: '', fields: [], error: e.message.slice(0, 200) }));
    worker.on('exit', () => settle({ status: 'unreadable', text: '', fields: [], error: 'worker exited' }));
  });
}

function normaliseResult(m: PdfReadResult): PdfReadResult {
  const text = typeof m.text === 'string' ? m.text.replace(/\n-- \d+ of \d+ --\n?/g, '\n') : '';
  const fields = Array.isArray(m.fields) ? m.fields : [];
  return { status: m.status, text, fields, ...(m.error ? { error: m.error } : {}) };
}
