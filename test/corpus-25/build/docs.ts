// Turning form content into attachments: fillable, flat (Word), scanned; plus letters on letterhead.
import { type BoxStyle, type FormDoc, layout, type Letter, letterOps, type Style } from './layout.js';
import { type NameStyle, type PdfMeta, renderPdf } from './pdfs.js';
import { scanPdf, type ScanOpts } from './scans.js';

export const META = {
  word: (author: string, date: string, title = ''): PdfMeta => ({ title, author, creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date }),
  word2016: (author: string, date: string): PdfMeta => ({ author, creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', date }),
  acrobat: (date: string, title: string): PdfMeta => ({ title, author: 'PCSE', creator: 'Adobe InDesign 18.5 (Windows)', producer: 'Adobe Acrobat Pro (64-bit) 24.3.20180', date }),
  reader: (date: string, title: string): PdfMeta => ({ title, author: 'Primary Care Support England', creator: 'Adobe InDesign 18.5 (Windows)', producer: 'Adobe Acrobat Reader (64-bit) 24.4.20220', date }),
  scanner: (device: string, date: string): PdfMeta => ({ creator: device, producer: device, date }),
};

export async function fillable(doc: FormDoc, names: NameStyle, seed: string, meta: PdfMeta, onlyPages?: number[], blank?: string[]): Promise<Buffer> {
  return renderPdf(layout(doc, 'form', 'box'), { mode: 'acro', names, seed, meta, onlyPages, blank });
}

export async function flat(doc: FormDoc, style: Style, box: BoxStyle, seed: string, meta: PdfMeta, onlyPages?: number[]): Promise<Buffer> {
  return renderPdf(layout(doc, style, box), { mode: 'flat', seed, meta, onlyPages, family: doc.family === 'serif' ? 'times' : 'helv' });
}

export async function scanned(doc: FormDoc, o: ScanOpts, onlyPages?: number[]): Promise<Buffer> {
  const pages = layout(doc, 'form', 'box');
  return scanPdf(onlyPages ? onlyPages.map((i) => pages[i]!) : pages, o);
}

export async function letter(l: Letter, seed: string, meta: PdfMeta): Promise<Buffer> {
  return renderPdf(letterOps(l), { mode: 'flat', seed, meta, family: l.family === 'serif' ? 'times' : 'helv' });
}

export async function scannedLetter(l: Letter, o: ScanOpts): Promise<Buffer> {
  return scanPdf(letterOps(l), o);
}
