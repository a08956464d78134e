// Scanned forms: each chosen page of a form rendered by scans.ts, wrapped in an image-only PDF.
import type { FormSpec } from './forms.js';
import { imagePdf } from './pdfs.js';
import { scanPage, type ScanOpts } from './scans.js';

export async function scanPdf(spec: FormSpec, o: ScanOpts, created: Date, pages: number[] = [0]): Promise<Buffer> {
  const jpegs = pages.map((p) => scanPage(spec, p, { ...o, skewDeg: o.skewDeg * (p % 2 === 0 ? 1 : -0.6) }));
  return imagePdf(jpegs, created, 'KONICA MINOLTA bizhub C300i');
}
