import { readFileSync } from 'node:fs';
import { clearPdfReadCache, closePdfWorkers, readPdfForm } from '../ingest/extract/pdf-form.js';
import { readTreeRssBytes, toMb } from './support.js';

export interface OcrBenchResult {
  /** Scanned pages read (each a one-page A4 form scan at 150 dpi, OCR'd at 144 dpi). */
  pages: number;
  /** First scan of a fresh process: the PDF thread, the canvas and tesseract start, then the page. */
  coldFirstPageMs: number;
  /** Warm thread and tesseract worker, the read cache cleared between reads. */
  warmPagesPerSecond: number;
  warmP50Ms: number;
  /**
   * Highest RSS while reading, MB, summed over this process (the PDF thread lives in it) and its descendants (the
   * OCR child process, which holds the canvas and tesseract): what reading scans costs the process tree.
   */
  peakRssMb: number;
  /** RSS of this process alone before the first read, MB. */
  startRssMb: number;
  /** Highest RSS of this process alone (without its children) while reading, MB. */
  peakOwnRssMb: number;
  /** Highest number of processes in the tree while reading (2: OCR ran in its child). */
  processes: number;
  /** Mean tesseract confidence over the pages read. */
  meanConfidence: number;
}

/** tsx's esbuild service is a child of the bench process too; it is the bench's tooling, not ingest's. */
function isNotTooling(cmdline: string): boolean {
  return !/esbuild/.test(cmdline);
}

/** OCR throughput and memory through readPdfForm, the path ingest and `pcse parse` use. */
export async function runOcrBench(pages = 6): Promise<OcrBenchResult> {
  const scans = ['scan-gpp-certification-signed.pdf', 'scan-gpp-certification-unsigned.pdf'].map((f) => readFileSync(new URL(`../test/fixtures/pdf/${f}`, import.meta.url)));
  await closePdfWorkers();
  clearPdfReadCache();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  let peakOwn = startRss;
  let processes = 1;
  const sampler = setInterval(() => {
    peakOwn = Math.max(peakOwn, process.memoryUsage().rss);
    void readTreeRssBytes(process.pid, isNotTooling).then((tree) => {
      peak = Math.max(peak, tree.rss);
      processes = Math.max(processes, tree.processes);
    });
  }, 50);
  const confidences: number[] = [];
  try {
    let t = performance.now();
    const first = await readPdfForm(scans[0]!);
    const coldFirstPageMs = performance.now() - t;
    if (first.source !== 'ocr') throw new Error(`the scan was not OCR'd: ${first.status} ${first.error ?? ''}`);
    confidences.push(first.ocr!.confidence);
    const times: number[] = [];
    for (let i = 0; i < pages; i++) {
      clearPdfReadCache();
      t = performance.now();
      const r = await readPdfForm(scans[i % scans.length]!);
      times.push(performance.now() - t);
      if (r.ocr) confidences.push(r.ocr.confidence);
    }
    const total = times.reduce((a, b) => a + b, 0);
    const sorted = [...times].sort((a, b) => a - b);
    return {
      pages: pages + 1,
      coldFirstPageMs: Math.round(coldFirstPageMs),
      warmPagesPerSecond: Math.round((pages / (total / 1000)) * 100) / 100,
      warmP50Ms: Math.round(sorted[Math.floor(sorted.length / 2)]!),
      peakRssMb: toMb(peak),
      startRssMb: toMb(startRss),
      peakOwnRssMb: toMb(peakOwn),
      processes,
      meanConfidence: Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 100) / 100,
    };
  } finally {
    clearInterval(sampler);
    await closePdfWorkers();
  }
}
