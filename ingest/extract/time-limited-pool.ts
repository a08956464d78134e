import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A fixed number of long-lived worker threads, each running one job at a time under a time limit and a memory
 * limit. Work that cannot be trusted to finish (pdf.js on a hostile PDF, a regular expression that backtracks on
 * a hostile email) runs here, so it can exhaust or hang only a thread, never the ingest process: a thread that
 * times out, errors, exits or runs out of memory is terminated and replaced, which gives each job the protection
 * of a thread of its own without paying a thread's start-up (loading the libraries) for every job.
 *
 * The protocol with a thread: it posts `{ ready: true }` once its libraries are loaded; the pool posts
 * `{ id, request }`; the thread answers `{ id, result }`. With `depth` above 1 the pool posts up to that many jobs
 * ahead, and the thread must run them one at a time, in the order posted. A thread may ask the pool something mid-job with
 * `{ id, call: { n, payload } }` and get `{ id, reply: { n, value } }` (or `{ n, error, code }`): the job's clock is stopped meanwhile,
 * because the time spent answering (e.g. reading an attachment in another pool) is not the thread's.
 */
export interface TimeLimitedPoolOptions<Result> {
  /** The thread's module: plain JavaScript (the loader of the parent process is not inherited). */
  workerUrl: URL;
  workerData?: unknown;
  resourceLimits: ResourceLimits;
  size: number;
  /**
   * Jobs posted to a thread at once (default 1). Above 1, the thread always has its next job at hand, instead of
   * idling while the parent's event loop, busy with other work, gets round to answering and sending the next one.
   * The clock runs for the job at the head only; jobs behind a thread that fails are queued again, never failed,
   * so their requests are cloned to it, not transferred. A job with a `deadlineAt` is sent only to an idle thread.
   */
  depth?: number;
  /** A thread is replaced after this many jobs (libraries keep caches). */
  maxJobsPerWorker: number;
  /** An idle thread is stopped after this long. */
  idleMs: number;
  /** Extra time a fresh thread gets to load its libraries before a job's own limit starts. */
  startupAllowanceMs: number;
  /** Start a replacement at once after a timeout, so the next job does not pay for the start-up. */
  warmSpareAfterTimeout: boolean;
  /** What a job resolves to when it ran out of time, when its thread failed, and when the pool closed. */
  timedOut: (extended: boolean) => Result;
  failed: (reason: string) => Result;
}

export interface JobOptions {
  timeoutMs: number;
  transfer?: ArrayBuffer[];
  /**
   * Extra time a thread may ask for mid-job with `{ id, extend: ms }` (OCR of a scanned page found mid-read),
   * in total; none by default. The job stays bounded: this is part of its limit, set by the caller.
   */
  maxExtensionMs?: number;
  /** Answers a thread's mid-job call (a rejection is answered as `{ error, code }`). */
  onCall?: (payload: unknown) => Promise<unknown>;
  /**
   * A wall-clock time (`Date.now()` ms) by which the job is answered whatever else it was allowed: the clock,
   * the start-up allowance and any extension are cut to it, a job still queued at it is answered `timedOut`
   * without running, and the thread is told it (`{ id, request, deadlineAt }`) so it can stop in good order first.
   */
  deadlineAt?: number;
}

interface Job<Result> {
  id: number;
  request: unknown;
  options: JobOptions;
  resolve: (r: Result) => void;
  /** Extension time granted so far (see JobOptions.maxExtensionMs). */
  extendedMs: number;
}

interface Slot<Result> {
  worker: Worker | null;
  /** The thread has loaded its libraries; until then a job's clock is the start-up allowance. */
  ready: boolean;
  /** Jobs this thread has answered. */
  served: number;
  /** Jobs posted to the thread and not answered yet, in order: the first is running, under the clock. */
  inFlight: Job<Result>[];
  timer: NodeJS.Timeout | null;
  /** When the running clock started and how long it was set for: a paused clock resumes with what is left. */
  clockStartedAt: number;
  clockMs: number;
  pendingCalls: number;
  idleTimer: NodeJS.Timeout | null;
  /** prewarm() callers waiting for this slot's thread to be ready (or gone). */
  readyWaiters: (() => void)[];
}

let nextJobId = 1;

export class TimeLimitedWorkerPool<Result> {
  private readonly slots: Slot<Result>[];
  private readonly queue: Job<Result>[] = [];
  /** Threads started since the pool was made, so tests can see reuse and replacement. */
  spawned = 0;

  constructor(private readonly options: TimeLimitedPoolOptions<Result>) {
    this.slots = Array.from({ length: options.size }, () => ({
      worker: null, ready: false, served: 0, inFlight: [], timer: null, clockStartedAt: 0, clockMs: 0, pendingCalls: 0, idleTimer: null, readyWaiters: [],
    }));
  }

  run(request: unknown, options: JobOptions): Promise<Result> {
    return new Promise((resolve) => {
      this.queue.push({ id: nextJobId++, request, options, resolve, extendedMs: 0 });
      this.dispatch();
    });
  }

  liveWorkers(): number {
    return this.slots.filter((s) => s.worker !== null).length;
  }

  /**
   * Starts idle threads now so the first job does not wait for one to load its libraries; resolves when every
   * thread has said it is ready, or has failed, or after the start-up allowance (never rejects).
   */
  prewarm(): Promise<void> {
    for (const slot of this.slots) this.warmSpare(slot);
    const waits = this.slots.map((slot) => new Promise<void>((resolve) => {
      if (!slot.worker || slot.ready) return resolve();
      slot.readyWaiters.push(resolve);
    }));
    let timer: NodeJS.Timeout | undefined;
    const allowance = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.startupAllowanceMs);
      timer.unref();
    });
    return Promise.race([Promise.all(waits).then(() => undefined), allowance]).finally(() => clearTimeout(timer));
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.resolve(this.options.failed('closed'));
    await Promise.all(
      this.slots.map((slot) => {
        const worker = slot.worker;
        const inFlight = slot.inFlight.splice(0);
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        this.discard(slot);
        for (const job of inFlight) job.resolve(this.options.failed('closed'));
        return worker?.terminate().catch(() => undefined);
      }),
    );
  }

  private dispatch(): void {
    const depth = Math.max(1, this.options.depth ?? 1);
    // Breadth first: every idle thread gets a job before any thread gets a second.
    for (let level = 0; level < depth; level++) {
      for (const slot of this.slots) {
        if (slot.inFlight.length !== level) continue;
        // A thread due for replacement is sent nothing more; it is replaced once it has answered what it holds.
        if (slot.worker && slot.served + slot.inFlight.length >= this.options.maxJobsPerWorker) continue;
        if (level > 0 && this.queue[0]?.options.deadlineAt !== undefined) continue;
        const job = this.nextLiveJob();
        if (!job) return;
        this.post(slot, job);
      }
    }
  }

  private post(slot: Slot<Result>, job: Job<Result>): void {
    const worker = slot.worker ?? this.spawn(slot);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.inFlight.push(job);
    if (slot.inFlight.length === 1) {
      // A job in flight keeps the process alive until it is answered.
      worker.ref();
      this.startHeadClock(slot);
    }
    const deadline = job.options.deadlineAt !== undefined ? { deadlineAt: job.options.deadlineAt } : {};
    const transfer = (this.options.depth ?? 1) > 1 ? [] : job.options.transfer ?? [];
    worker.postMessage({ id: job.id, request: job.request, ...deadline }, transfer);
  }

  /** The clock of the job now at the head of the thread's line: its own limit, and the start-up allowance on a fresh thread. */
  private startHeadClock(slot: Slot<Result>): void {
    const job = slot.inFlight[0];
    if (!job) return;
    slot.pendingCalls = 0;
    this.startClock(slot, slot.ready ? job.options.timeoutMs : job.options.timeoutMs + this.options.startupAllowanceMs);
  }

  /** The first queued job whose deadline has not passed; those past it are answered `timedOut` without running. */
  private nextLiveJob(): Job<Result> | undefined {
    for (let job = this.queue.shift(); job; job = this.queue.shift()) {
      if (job.options.deadlineAt === undefined || job.options.deadlineAt > Date.now()) return job;
      job.resolve(this.options.timedOut(false));
    }
    return undefined;
  }

  private startClock(slot: Slot<Result>, requestedMs: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    const deadlineAt = slot.inFlight[0]?.options.deadlineAt;
    const ms = deadlineAt === undefined ? requestedMs : Math.max(1, Math.min(requestedMs, deadlineAt - Date.now()));
    slot.clockStartedAt = performance.now();
    slot.clockMs = ms;
    slot.timer = setTimeout(() => {
      this.discard(slot);
      this.finish(slot, this.options.timedOut((slot.inFlight[0]?.extendedMs ?? 0) > 0), false);
      if (this.options.warmSpareAfterTimeout) this.warmSpare(slot);
    }, ms);
  }

  private pauseClock(slot: Slot<Result>): void {
    if (!slot.timer) return;
    clearTimeout(slot.timer);
    slot.timer = null;
    slot.clockMs = Math.max(0, slot.clockMs - (performance.now() - slot.clockStartedAt));
  }

  private warmSpare(slot: Slot<Result>): void {
    if (slot.worker || slot.inFlight.length > 0) return;
    this.spawn(slot);
    this.idleAfterwards(slot);
  }

  private idleAfterwards(slot: Slot<Result>): void {
    slot.idleTimer = setTimeout(() => this.discard(slot), this.options.idleMs);
    slot.idleTimer.unref();
  }

  private spawn(slot: Slot<Result>): Worker {
    const worker = new Worker(this.options.workerUrl, {
      workerData: this.options.workerData,
      resourceLimits: this.options.resourceLimits,
      execArgv: [],
      // Captured and never read (a flowing stream would keep the process alive), so nothing a library prints
      // reaches our logs; the threads silence console themselves, so little is ever buffered.
      stdout: true,
      stderr: true,
    });
    this.spawned++;
    worker.unref();
    slot.worker = worker;
    slot.ready = false;
    slot.served = 0;
    worker.on('message', (m: { id?: number; result?: Result; ready?: boolean; call?: { n: number; payload: unknown }; extend?: number }) => {
      if (slot.worker !== worker) return;
      if (m?.ready) {
        slot.ready = true;
        // An unref() made before the thread was running does not hold (a warm spare kept `pcse parse` alive for
        // the whole idle period): an idle thread is unreferenced again once it is up.
        if (slot.inFlight.length === 0) worker.unref();
        for (const resolve of slot.readyWaiters.splice(0)) resolve();
        const head = slot.inFlight[0];
        if (head && slot.pendingCalls === 0) this.startClock(slot, head.options.timeoutMs);
        return;
      }
      // The thread runs its jobs in order: whatever it says is about the job at the head.
      const job = slot.inFlight[0];
      if (!job || m?.id !== job.id) return;
      if (m.call) {
        this.answerCall(slot, worker, job, m.call);
        return;
      }
      if (typeof m.extend === 'number') {
        this.extend(slot, job, m.extend);
        return;
      }
      if (m.result !== undefined) this.finish(slot, m.result, true);
    });
    worker.on('online', () => {
      if (slot.worker === worker && slot.inFlight.length === 0) worker.unref();
    });
    worker.on('error', (e) => {
      if (slot.worker !== worker) return;
      this.discard(slot);
      if (slot.inFlight.length > 0) this.finish(slot, this.options.failed(/heap|memory/i.test(e.message) ? 'out_of_memory' : e.message.slice(0, 200)), false);
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      this.discard(slot);
      if (slot.inFlight.length > 0) this.finish(slot, this.options.failed('worker exited'), false);
    });
    return worker;
  }

  private answerCall(slot: Slot<Result>, worker: Worker, job: Job<Result>, call: { n: number; payload: unknown }): void {
    slot.pendingCalls++;
    this.pauseClock(slot);
    const onCall = job.options.onCall ?? (() => Promise.reject(new Error('no call handler')));
    void onCall(call.payload)
      .then((value) => ({ value }), (error: Error & { code?: unknown }) => ({ error: error?.message ?? 'call failed', ...(typeof error?.code === 'string' ? { code: error.code } : {}) }))
      .then((reply) => {
        if (slot.inFlight[0] !== job || slot.worker !== worker) return;
        slot.pendingCalls--;
        if (slot.pendingCalls === 0) this.startClock(slot, slot.clockMs);
        worker.postMessage({ id: job.id, reply: { n: call.n, ...reply } });
      });
  }

  /** Adds up to `ms` to a running job's clock, within what its caller allowed in total. */
  private extend(slot: Slot<Result>, job: Job<Result>, ms: number): void {
    const grant = Math.max(0, Math.min(ms, (job.options.maxExtensionMs ?? 0) - job.extendedMs));
    if (grant === 0 || !slot.timer) return;
    job.extendedMs += grant;
    this.pauseClock(slot);
    this.startClock(slot, slot.clockMs + grant);
  }

  /** Forgets the slot's thread and terminates it; the next job gets a fresh one. */
  private discard(slot: Slot<Result>): void {
    const worker = slot.worker;
    slot.worker = null;
    for (const resolve of slot.readyWaiters.splice(0)) resolve();
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    // Unreferenced first: a thread inside native work (pdf.js inflating through DecompressionStream) stops only
    // when that work returns, and a one-shot command (`pcse parse`) must not wait for it to exit.
    worker?.unref();
    if (worker) void worker.terminate().catch(() => undefined);
  }

  /**
   * Answers the job at the head of the thread's line. After a healthy answer the next job in line, already with the
   * thread, starts its clock; after a failure (the thread is gone) the jobs behind it go back to the front of the
   * queue, in order, for the next thread: they never ran, so they are not the failure's.
   */
  private finish(slot: Slot<Result>, result: Result, healthy: boolean): void {
    const job = slot.inFlight.shift();
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (healthy && slot.worker) {
      slot.served++;
      if (slot.inFlight.length > 0) this.startHeadClock(slot);
      else if (slot.served >= this.options.maxJobsPerWorker) this.discard(slot);
      else {
        slot.worker.unref();
        this.idleAfterwards(slot);
      }
    } else {
      this.queue.unshift(...slot.inFlight.splice(0));
    }
    job.resolve(result);
    this.dispatch();
  }
}
