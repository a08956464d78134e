// OCR in a short-lived child process of its own (ocr-child.mjs), driven from the PDF worker thread. Rendering a page
// (pdf.js onto @napi-rs/canvas) and tesseract.js's WebAssembly heap cost ~130 MB while a scan is read; in a thread of
// ingest that memory stayed with ingest for the rest of a backlog drain. The child is started only when a PDF has an
// image-only page, reads one document (one page at a time) at a time, and is stopped after `idleMs` without a scan,
// which gives all of it back to the system. It runs under a V8 heap ceiling and a hard RSS watchdog: a page that
// would take it past `maxRssMb` gets the child killed and the page reported unreadable, never an empty read.
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const CHILD_URL = new URL('./ocr-child.mjs', import.meta.url);

/**
 * The child's limits. Measured on this host (dist, one A4 form page at 144 dpi, then two more): the child's RSS
 * peaks at ~190 MB and its V8 heap stays under 30 MB (the pages are external memory: canvas, PNG and WebAssembly).
 * A poor scan is read several ways (as drawn, turned, as ink on paper, without its rules), and tesseract's heap grows
 * with each reading and never shrinks: a speckled two-page photocopy peaked at 336 MB, and under a 320 MB cap both its
 * pages were reported unreadable. `maxRssMb` is well above that so only a hostile or broken page reaches it;
 * `maxOldSpaceMb` bounds pdf.js's objects.
 * `idleMs`: long enough for the scans of one message and of a burst of forwarded copies; short against a drain.
 */
export const OCR_PROCESS = { maxOldSpaceMb: 64, maxRssMb: 480, idleMs: 5_000, watchdogMs: 100, marginMs: 500 };

let child = null;
let warm = false;
let idleTimer = null;
let nextId = 1;

/** Whether a child with a started tesseract is alive: the next scan pays no start-up. */
export function ocrProcessIsWarm() {
  return child !== null && warm;
}

/** The live child's pid, or null; lets tests see it start and stop. */
export function ocrProcessPid() {
  return child?.pid ?? null;
}

/** Stops the child now (shutdown, tests); one that is reading is killed and its pages reported unreadable. */
export function stopOcrProcess() {
  const c = child;
  child = null;
  warm = false;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!c) return;
  // Disconnecting ends an idle child in good order; a busy one is killed outright.
  if (c.connected) c.disconnect();
  c.kill('SIGKILL');
}

function spawnChild(maxOldSpaceMb) {
  const c = fork(CHILD_URL, [], {
    // Not the parent's flags (tsx's loader under the tests): the child is plain JavaScript. A small young generation
    // and optimize-for-size as `pcse ingest` has (bin/pcse.js); the environment (MALLOC_ARENA_MAX and the fixed
    // mmap threshold bin/pcse.js gives ingest) is inherited.
    execArgv: [`--max-old-space-size=${maxOldSpaceMb}`, '--max-semi-space-size=1', '--optimize-for-size'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  c.on('error', () => undefined);
  return c;
}

/** VmRSS of a process from /proc (Linux), in MB; null where /proc is not there or the process has gone. */
async function rssMb(pid) {
  const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => null);
  if (!statm) return null;
  return (Number(statm.split(' ')[1]) * 4096) / 1048576;
}

function unreadable(pages, outOfTime, reason) {
  return { text: '', lines: [], confidence: 0, unreadablePages: [...pages], outOfTimePages: outOfTime ? [...pages] : [], signature: 'not_found', failure: reason };
}

/**
 * Reads `pages` of the PDF `pdf` by OCR in the child, answered by `deadlineAt` (wall clock, ms) plus a margin
 * whatever happens: the child sizes its own work to the deadline (pages it has no time for are `outOfTimePages`);
 * if it does not answer in time it is killed and every page is out of time; if it dies or passes the RSS cap every
 * page is unreadable (`failure` says why). Never throws. Same result shape as ocr-pages.mjs's `ocrPages`.
 */
export function ocrPagesInChild(pdf, pages, { deadlineAt, scale, minConfidence, maxRssMb = OCR_PROCESS.maxRssMb, maxOldSpaceMb = OCR_PROCESS.maxOldSpaceMb }) {
  // No time left: nothing is started, and every page says so (as in the child when its time runs out).
  if (deadlineAt <= Date.now()) return Promise.resolve(unreadable(pages, true, 'no time left'));
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!child || !child.connected || child.exitCode !== null || child.signalCode !== null) {
    child = spawnChild(maxOldSpaceMb);
    warm = false;
  }
  const c = child;
  const id = nextId++;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result, healthy) => {
      if (settled) return;
      settled = true;
      clearTimeout(backstop);
      clearInterval(watchdog);
      c.off('message', onMessage);
      c.off('exit', onExit);
      if (!healthy && child === c) stopOcrProcess();
      if (healthy && child === c) {
        c.unref();
        c.channel?.unref?.();
        idleTimer = setTimeout(stopOcrProcess, OCR_PROCESS.idleMs);
        idleTimer.unref();
      }
      resolve(result);
    };
    const onMessage = (m) => {
      if (m?.id !== id) return;
      if (m.result) {
        warm = Boolean(m.result.warm);
        const { warm: _, ...result } = m.result;
        finish(result, true);
      } else finish(unreadable(pages, false, m.error ?? 'ocr failed'), false);
    };
    const onExit = () => finish(unreadable(pages, false, 'ocr process exited'), false);
    c.on('message', onMessage);
    c.on('exit', onExit);
    // A read in flight keeps the process alive until it is answered.
    c.ref();
    c.channel?.ref?.();
    const backstop = setTimeout(() => finish(unreadable(pages, true, 'ocr process out of time'), false), Math.max(0, deadlineAt - Date.now()) + OCR_PROCESS.marginMs);
    const watchdog = setInterval(() => {
      void rssMb(c.pid).then((mb) => {
        if (mb !== null && mb > maxRssMb) finish(unreadable(pages, false, 'ocr process over its memory limit'), false);
      });
    }, OCR_PROCESS.watchdogMs);
    c.send({ id, pdf, pages, deadlineAt, scale, minConfidence });
  });
}
