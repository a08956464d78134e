// Types of ocr-process.mjs (plain JavaScript: it runs in the PDF worker thread, which has no TypeScript loader).
import type { OcrLine } from './pdf-form.js';

/** The OCR child's limits: V8 heap ceiling, hard RSS cap, idle time before it is stopped, watchdog period, margin. */
export declare const OCR_PROCESS: { maxOldSpaceMb: number; maxRssMb: number; idleMs: number; watchdogMs: number; marginMs: number };

/** What reading a PDF's scanned pages gave (ocr-pages.mjs's result); `failure` says why the child gave nothing. */
export interface OcrPagesResult {
  text: string;
  lines: OcrLine[];
  confidence: number;
  unreadablePages: number[];
  outOfTimePages: number[];
  signature: 'signed' | 'blank' | 'not_found';
  failure?: string;
}

export declare function ocrPagesInChild(
  pdf: Uint8Array,
  pages: number[],
  options: { deadlineAt: number; scale: number; minConfidence: number; maxRssMb?: number; maxOldSpaceMb?: number },
): Promise<OcrPagesResult>;
export declare function ocrProcessIsWarm(): boolean;
export declare function ocrProcessPid(): number | null;
export declare function stopOcrProcess(): void;
