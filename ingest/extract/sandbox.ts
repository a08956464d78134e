import { promises as dns } from 'node:dns';
import type { ParsedCase } from '../../core/domain/case.js';
import type { DNSResolver } from '../verify-dkim.js';
import type { ExtractOptions } from './index.js';
import { readPdfForm, type PdfReadBudget } from './pdf-form.js';
import { TimeLimitedWorkerPool } from './time-limited-pool.js';

/**
 * Extraction runs in a worker thread with a time and a memory limit, so no email can block ingest. Extraction
 * is dozens of regular expressions over text an outsider wrote; one that backtracks catastrophically on some
 * input (the robustness run found three) runs synchronously, and nothing on the thread that runs it can
 * interrupt it. Here it costs a terminated thread and a dead letter with a reason, and every other email goes on.
 * DKIM verification runs here too (mailauth parses the hostile header block). The clock stops while an attached
 * PDF is read (the PDF pool has its own limit) or a DKIM key is looked up, so a slow form is a finding on the
 * case, as before, and a slow DNS server is not the email's fault.
 */
export const EXTRACTION_LIMITS = {
  // Normal emails take 5–100 ms; a 2 MB HTML body about 1 s on a loaded core.
  timeoutMs: 2_000,
  // A 25 MB email (the ingest size cap) decodes to about four times that in strings and buffers.
  maxOldGenerationSizeMb: 192,
} as const;

/**
 * One thread: extraction is a few ms an email, so a second thread would cost memory for no throughput. Four emails
 * are posted to it at a time, so a backlog keeps it busy while this thread commits, queues and flags (with one, it
 * sat idle about half the time, waiting for this thread's event loop to hand it the next email).
 */
export const EXTRACTION_POOL = { workers: 1, depth: 4, maxEmailsPerWorker: 1_000, idleMs: 5 * 60_000, startupAllowanceMs: 15_000 } as const;

/** What the thread asks mid-job: an attached PDF read by the PDF pool, or a DNS lookup for a DKIM key. */
export type SandboxCall = { type: 'pdf'; data: Uint8Array; budget: PdfReadBudget } | { type: 'dns'; name: string; rrtype: string };

/** What the thread is sent: cloneable data only (a Buffer arrives as a Uint8Array). */
export interface ExtractionRequest {
  raw: Uint8Array;
  mailbox: string;
  receivedAt: Date | null;
  trustedAuthServId: string | null;
  pdfBudgetMs: number | null;
}

export type ExtractionResult =
  | { status: 'ok'; parsed: ParsedCase }
  /** Over the time limit: the thread was terminated mid-extraction. */
  | { status: 'timeout' }
  /** The email made extraction throw, exhaust the thread's memory, or kill the thread. */
  | { status: 'failed'; reason: string }
  /** The sandbox was shut down before the email was read (process stopping): not the email's fault. */
  | { status: 'closed' };

const runningTypeScript = import.meta.url.endsWith('.ts');

let pool: TimeLimitedWorkerPool<ExtractionResult> | null = null;
let spawnedByClosedPools = 0;

function sandbox(): TimeLimitedWorkerPool<ExtractionResult> {
  pool ??= new TimeLimitedWorkerPool<ExtractionResult>({
    // Under tsx or vitest the thread must register tsx itself (threads do not inherit the parent's loader).
    workerUrl: runningTypeScript ? new URL('./sandbox-bootstrap.mjs', import.meta.url) : new URL('./sandbox-worker.js', import.meta.url),
    workerData: runningTypeScript ? { entry: new URL('./sandbox-worker.ts', import.meta.url).href } : undefined,
    resourceLimits: { maxOldGenerationSizeMb: EXTRACTION_LIMITS.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16 },
    size: EXTRACTION_POOL.workers,
    depth: EXTRACTION_POOL.depth,
    maxJobsPerWorker: EXTRACTION_POOL.maxEmailsPerWorker,
    idleMs: EXTRACTION_POOL.idleMs,
    startupAllowanceMs: EXTRACTION_POOL.startupAllowanceMs,
    warmSpareAfterTimeout: true,
    timedOut: () => ({ status: 'timeout' }),
    failed: (reason) => (reason === 'closed' ? { status: 'closed' } : { status: 'failed', reason }),
  });
  return pool;
}

/**
 * Turns one raw email into a typed case in the sandbox thread, with its DKIM verdict (verify-dkim.ts). Never
 * throws; a status says why there is no case. `dnsResolver` serves DKIM keys (default: the system resolver),
 * `readPdf` reads attached PDFs in this thread (default: the PDF pool); `timeoutMs` overrides the limit.
 */
export async function extractInSandbox(
  raw: Buffer,
  options: Pick<ExtractOptions, 'mailbox' | 'receivedAt' | 'trustedAuthServId' | 'readPdf' | 'pdfBudgetMs'> & { dnsResolver?: DNSResolver; timeoutMs?: number },
): Promise<ExtractionResult> {
  const readPdf = options.readPdf ?? ((content: Buffer, budget: PdfReadBudget) => readPdfForm(content, {}, budget));
  const resolve: DNSResolver = options.dnsResolver ?? ((name, rrtype) => dns.resolve(name, rrtype) as ReturnType<DNSResolver>);
  // A copy of its own (a Buffer may be a view of a larger pool, which a clone would send whole). The pool clones it
  // to the thread rather than transferring it, so it can be sent again if the thread dies before reaching it.
  const copy = new Uint8Array(raw);
  const request: ExtractionRequest = { raw: copy, mailbox: options.mailbox, receivedAt: options.receivedAt ?? null, trustedAuthServId: options.trustedAuthServId ?? null, pdfBudgetMs: options.pdfBudgetMs ?? null };
  return sandbox().run(request, {
    timeoutMs: options.timeoutMs ?? EXTRACTION_LIMITS.timeoutMs,
    onCall: (payload) => {
      const call = payload as SandboxCall;
      return call.type === 'pdf' ? readPdf(Buffer.from(call.data), call.budget) : resolve(call.name, call.rrtype);
    },
  });
}

let users = 0;

/**
 * For a long-running ingest worker: starts the thread and resolves, with the release to call at shutdown, once it
 * has loaded the extractor (or failed to, or the start-up allowance passed), so the mailboxes are opened by a
 * worker that can read what they hold at once. The thread stops when the last user in the process (tests run
 * several workers in one process) has released it.
 */
export async function useExtractionSandbox(): Promise<() => Promise<void>> {
  users++;
  let released = false;
  const release = async (): Promise<void> => {
    if (released) return;
    released = true;
    users--;
    if (users === 0) await closeExtractionSandbox();
  };
  await sandbox().prewarm();
  return release;
}

/** Stops the thread; emails still waiting resolve `closed`. For shutdown and tests. */
export async function closeExtractionSandbox(): Promise<void> {
  const closing = pool;
  pool = null;
  if (!closing) return;
  spawnedByClosedPools += closing.spawned;
  await closing.close();
}

/** Threads started since the process began and threads alive now: lets tests see a hung thread replaced. */
export function getExtractionSandboxStats(): { spawned: number; live: number } {
  return { spawned: spawnedByClosedPools + (pool?.spawned ?? 0), live: pool?.liveWorkers() ?? 0 };
}
