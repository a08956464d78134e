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

interface Job {
  id: number;
  data: Uint8Array;
  timeoutMs: number;
  resolve: (r: PdfReadResult) => void;
}

interface Slot {
  worker: Worker | null;
  /** The thread has loaded its libraries (it says so once); until then a document's clock has not started. */
  ready: boolean;
  documents: number;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
}

let nextJobId = 1;
let spawned = 0;

/**
 * A fixed number of worker threads with one resource limit, each reading one document at a time. A thread that
 * times out, errors, exits or runs out of memory is terminated and a fresh one is started for the next document,
 * so the per-document protection is the same as one thread per PDF. Idle threads are unref'd: they never keep
 * the process alive.
 */
class PdfWorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];

  constructor(private readonly maxOldGenerationSizeMb: number, size: number) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, ready: false, documents: 0, job: null, timer: null, idleTimer: null }));
  }

  read(data: Uint8Array, timeoutMs: number): Promise<PdfReadResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: nextJobId++, data, timeoutMs, resolve });
      this.dispatch();
    });
  }

  liveWorkers(): number {
    return this.slots.filter((s) => s.worker !== null).length;
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.resolve({ status: 'unreadable', text: '', fields: [], error: 'pdf reader closed' });
    await Promise.all(
      this.slots.map((slot) => {
        const worker = slot.worker;
        if (slot.job) this.finish(slot, { status: 'unreadable', text: '', fields: [], error: 'pdf reader closed' }, false);
        this.discard(slot);
        return worker?.terminate().catch(() => undefined);
      }),
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job) continue;
      const job = this.queue.shift()!;
      const fresh = !slot.worker;
      const worker = slot.worker ?? this.spawn(slot);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.job = job;
      // A document in flight keeps the process alive until it is answered, as a one-off thread did.
      worker.ref();
      // A new thread first loads pdf.js (about a second, several on a loaded machine): that start-up is not the
      // document's time, so until the thread says it is ready the clock is the start-up allowance, and it
      // restarts at the per-document limit when the thread is ready.
      this.startClock(slot, !fresh && slot.ready ? job.timeoutMs : job.timeoutMs + PDF_STARTUP_ALLOWANCE_MS);
      worker.postMessage({ id: job.id, data: job.data }, [job.data.buffer as ArrayBuffer]);
    }
  }

  private startClock(slot: Slot, ms: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      this.discard(slot);
      this.finish(slot, { status: 'timeout', text: '', fields: [] }, false);
      // The next document should not pay for loading a thread: start its replacement now, idle and unref'd.
      this.warmSpare(slot);
    }, ms);
  }

  /** Starts a thread for an empty slot so that it loads its libraries before the next document arrives. */
  private warmSpare(slot: Slot): void {
    if (slot.worker || slot.job) return;
    this.spawn(slot);
    slot.idleTimer = setTimeout(() => this.discard(slot), PDF_POOL.idleMs);
    slot.idleTimer.unref();
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(WORKER_URL, {
      // A 16 MB young generation (was 32): pdf.js's short-lived objects are scavenged twice as often, and the
      // warm thread, resident for the whole of a backlog drain, holds up to 16 MB less.
      resourceLimits: { maxOldGenerationSizeMb: this.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16 },
      // The worker is plain JavaScript: it needs neither the parent's loader (tsx costs start-up time and memory
      // in every thread) nor flags such as --input-type that a thread refuses.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    spawned++;
    // stdout/stderr are captured (never read: a flowing stream would keep the process alive) so nothing the
    // libraries print reaches our logs; the thread silences console itself, so little is ever buffered.
    worker.unref();
    slot.worker = worker;
    slot.ready = false;
    slot.documents = 0;
    worker.on('message', (m: { id?: number; result?: PdfReadResult; ready?: boolean }) => {
      if (slot.worker !== worker) return;
      if (m?.ready) {
        slot.ready = true;
        if (slot.job) this.startClock(slot, slot.job.timeoutMs);
        return;
      }
      if (!slot.job || m?.id !== slot.job.id || !m.result) return;
      this.finish(slot, normaliseResult(m.result), true);
    });
    worker.on('error', (e) => {
      if (slot.worker !== worker) return;
      this.discard(slot);
      if (slot.job) this.finish(slot, { status: 'unreadable', text: '', fields: [], error: e.message.slice(0, 200) }, false);
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      this.discard(slot);
      if (slot.job) this.finish(slot, { status: 'unreadable', text: '', fields: [], error: 'worker exited' }, false);
    });
    return worker;
  }

  /** Forgets the slot's thread and terminates it; the next document gets a fresh one. */
  private discard(slot: Slot): void {
    const worker = slot.worker;
    slot.worker = null;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    if (worker) void worker.terminate().catch(() => undefined);
  }

  private finish(slot: Slot, result: PdfReadResult, healthy: boolean): void {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (healthy && slot.worker) {
      slot.documents++;
      if (slot.documents >= PDF_POOL.maxDocumentsPerWorker) this.discard(slot);
      else {
        slot.worker.unref();
        slot.idleTimer = setTimeout(() => this.discard(slot), PDF_POOL.idleMs);
        slot.idleTimer.unref();
      }
    }
    job.resolve(result);
    this.dispatch();
  }
}

const pools = new Map<number, PdfWorkerPool>();

function poolFor(maxOldGenerationSizeMb: number): PdfWorkerPool {
  let pool = pools.get(maxOldGenerationSizeMb);
  if (!pool) {
    pool = new PdfWorkerPool(maxOldGenerationSizeMb, PDF_POOL.workers);
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
  return poolFor(limits.maxOldGenerationSizeMb ?? PDF_LIMITS.maxOldGenerationSizeMb).read(new Uint8Array(content), timeoutMs);
}

/** Terminates every PDF worker thread (answering queued documents `unreadable`); for shutdown and tests. */
export async function closePdfWorkers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.close()));
}

/** Threads started since the process began and threads alive now: lets tests see reuse and replacement. */
export function getPdfWorkerStats(): { spawned: number; live: number } {
  return { spawned, live: [...pools.values()].reduce((n, p) => n + p.liveWorkers(), 0) };
}

function normaliseResult(m: PdfReadResult): PdfReadResult {
  const text = typeof m.text === 'string' ? m.text.replace(/\n-- \d+ of \d+ --\n?/g, '\n') : '';
  const fields = Array.isArray(m.fields) ? m.fields : [];
  return { status: m.status, text, fields, ...(m.error ? { error: m.error } : {}) };
}
