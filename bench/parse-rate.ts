import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { simpleParser } from 'mailparser';
import { extractCase } from '../ingest/extract/index.js';
import { clearPdfReadCache } from '../ingest/extract/pdf-form.js';
import { closeExtractionSandbox, extractInSandbox } from '../ingest/extract/sandbox.js';
import type { DNSResolver } from '../ingest/verify-dkim.js';
import { loadCorpusEmails, toMb, type CorpusEmail } from './support.js';

export interface ParseSide {
  perSecond: number;
  /** Heap after a full GC, minus before the passes: what the passes left behind. */
  retainedHeapMb: number;
  /** Peak RSS seen during the passes minus RSS before them. */
  peakRssDeltaMb: number;
}

export interface ParseRateResult {
  emails: number;
  passes: number;
  mailparser: ParseSide;
  extractCase: ParseSide;
  /** The ingest path's extraction: extractCase and DKIM in the time-limited sandbox thread (sandbox.ts). */
  sandboxed: ParseSide;
  /** extractCase ÷ mailparser emails/s. */
  ratio: number;
  /** sandboxed ÷ mailparser emails/s. */
  sandboxedRatio: number;
  /** extractCase ÷ mailparser emails/s on the first pass over the emails (JIT still compiling, after 15 emails' warm-up). */
  firstPassRatio: number;
  /** extractCase emails/s over the messages with no PDF attachment, and over those with one. */
  extractCaseWithoutPdfPerSecond: number;
  extractCaseWithPdfPerSecond: number;
  pdfEmails: number;
  /** The slowest messages through extractCase (ms, file), to say where the time goes. */
  slowest: { file: string; ms: number }[];
}

/** A real GC for the memory figures, without requiring `node --expose-gc`. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

async function measure(emails: CorpusEmail[], passes: number, parse: (e: CorpusEmail) => Promise<unknown>): Promise<ParseSide & { seconds: number }> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage.rss();
  let peakRss = rssBefore;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 20);
  const started = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const e of emails) await parse(e);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  collectGarbage();
  return {
    seconds,
    perSecond: Math.round(((emails.length * passes) / seconds) * 10) / 10,
    retainedHeapMb: toMb(process.memoryUsage().heapUsed - heapBefore),
    peakRssDeltaMb: toMb(peakRss - rssBefore),
  };
}

/**
 * Emails per second through our `extractCase` (MIME, PDFs and forms in a worker thread, classification,
 * fields with evidence) in this thread, and through the ingest path's sandbox (the same plus DKIM, in the
 * time-limited extraction thread), next to mailparser's `simpleParser` alone on the same messages: the fixture,
 * corpus and holdout emails, after one warm-up pass of each.
 */
export async function runParseRateBench(options: { passes?: number; sample?: number } = {}): Promise<ParseRateResult> {
  const passes = options.passes ?? 1;
  const all = await loadCorpusEmails();
  // --quick: every n-th message, so the PDF share stays about the same.
  const step = Math.max(1, Math.floor(all.length / (options.sample ?? all.length)));
  const emails = all.filter((_, i) => i % step === 0);
  // Warm-up: module loading, then one whole pass of each side, timed: an ingest worker runs for days, so the
  // steady state (JIT-compiled patterns and parsers, the long-lived PDF thread running; starting it costs ~0.6 s once)
  // is the figure, and the first pass is reported beside it (`firstPassRatio`). What the warm-up read is forgotten
  // before each measured pass, so every PDF is read for real there; within a pass the same PDF attached to several
  // emails is read once, as in a run.
  const firstPdf = emails.find((e) => isPdfEmail(e.raw));
  for (const e of [...emails.slice(0, 15), ...(firstPdf ? [firstPdf] : [])]) {
    await simpleParser(e.raw);
    await extractCase(e.raw, { mailbox: e.mailbox });
  }
  clearPdfReadCache();
  const rawFirst = await measure(emails, 1, (e) => simpleParser(e.raw));
  const oursFirst = await measure(emails, 1, (e) => extractCase(e.raw, { mailbox: e.mailbox }));
  clearPdfReadCache();
  const raw = await measure(emails, passes, (e) => simpleParser(e.raw));
  const timings: { file: string; ms: number }[] = [];
  const ours = await measure(emails, passes, async (e) => {
    const t = performance.now();
    await extractCase(e.raw, { mailbox: e.mailbox });
    timings.push({ file: e.file, ms: performance.now() - t });
  });
  // DKIM keys are not looked up on the network: the bench measures our work, not DNS.
  const noDns: DNSResolver = async (name) => { throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' }); };
  for (const e of emails) await extractInSandbox(e.raw, { mailbox: e.mailbox, dnsResolver: noDns });
  clearPdfReadCache();
  const sandboxed = await measure(emails, passes, (e) => extractInSandbox(e.raw, { mailbox: e.mailbox, dnsResolver: noDns }));
  await closeExtractionSandbox();
  const byFile = new Map<string, number>();
  for (const t of timings) byFile.set(t.file, Math.max(byFile.get(t.file) ?? 0, t.ms));
  const slowest = [...byFile].map(([file, ms]) => ({ file, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms).slice(0, 5);
  const hasPdf = new Set(emails.filter((e) => isPdfEmail(e.raw)).map((e) => e.file));
  const rate = (list: { ms: number }[]): number => (list.length === 0 ? 0 : Math.round((list.length / (list.reduce((a, t) => a + t.ms, 0) / 1000)) * 10) / 10);
  const strip = ({ seconds: _s, ...side }: ParseSide & { seconds: number }): ParseSide => side;
  return {
    emails: emails.length,
    passes,
    mailparser: strip(raw),
    extractCase: strip(ours),
    sandboxed: strip(sandboxed),
    ratio: Math.round((ours.perSecond / raw.perSecond) * 1000) / 1000,
    sandboxedRatio: Math.round((sandboxed.perSecond / raw.perSecond) * 1000) / 1000,
    firstPassRatio: Math.round((oursFirst.perSecond / rawFirst.perSecond) * 1000) / 1000,
    extractCaseWithoutPdfPerSecond: rate(timings.filter((t) => !hasPdf.has(t.file))),
    extractCaseWithPdfPerSecond: rate(timings.filter((t) => hasPdf.has(t.file))),
    pdfEmails: hasPdf.size,
    slowest,
  };
}

/** True when the message carries a PDF part (by its content type or file name). */
export function isPdfEmail(raw: Buffer): boolean {
  return /application\/pdf|\.pdf"?\s*(;|$)/im.test(raw.toString('latin1'));
}
