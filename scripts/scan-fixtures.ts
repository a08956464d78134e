/**
 * Scanned-form fixtures: the filled PCSE form drawn onto a canvas as a printer-scanner would give it back (a
 * slight rotation, speckle noise, grey paper), embedded as one PNG a page with no text layer, so only OCR reads
 * it. Deterministic (a seeded generator, fixed dates) so re-running does not churn the committed files.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

const FIXED_DATE = new Date('2026-11-01T09:00:00Z');

/** A small deterministic generator (mulberry32): the same noise every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScanOptions {
  rows: [string, string][];
  title: string;
  /** Draw a handwritten-looking scribble in the signature box. */
  signed: boolean;
  seed: number;
  /** Degrees; a hand-fed scan is rarely straight. */
  rotation?: number;
  /** Rows drawn as one ruled table (label cell | value cell, each row's rules shared with the next), as word processors print forms. */
  grid?: boolean;
}

/** A4 at 150 dpi: what office scanners default to for documents. */
const WIDTH = 1240;
const HEIGHT = 1754;

function drawScribble(ctx: SKRSContext2D, x: number, y: number, random: () => number): void {
  ctx.strokeStyle = '#1a1a5a';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  for (let i = 1; i <= 14; i++) ctx.quadraticCurveTo(x + i * 22 - 11, y - 30 + random() * 60, x + i * 22, y + (random() - 0.5) * 20);
  ctx.stroke();
}

/** The page as a PNG: white form, black text, boxes, a signature box, then rotation and speckle. */
export function drawScannedForm(o: ScanOptions): Buffer {
  const random = seeded(o.seed);
  const form = createCanvas(WIDTH, HEIGHT);
  const ctx = form.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#000';
  ctx.font = 'bold 34px sans-serif';
  ctx.fillText(o.title, 90, 150);
  ctx.font = '30px sans-serif';
  let y = 260;
  for (const [label, value] of o.rows) {
    if (o.grid) {
      // Cells 52 px high, ruled in a mid grey as a printed table's borders come out of a scanner.
      ctx.fillText(label, 100, y);
      ctx.fillText(value, 560, y);
      ctx.strokeStyle = '#444';
      ctx.lineWidth = 2;
      ctx.strokeRect(85, y - 38, 460, 52);
      ctx.strokeRect(545, y - 38, 600, 52);
      y += 52;
      continue;
    }
    ctx.fillText(`${label}:`, 90, y);
    ctx.fillText(value, 560, y);
    ctx.strokeStyle = '#555';
    ctx.lineWidth = 1;
    ctx.strokeRect(545, y - 36, 600, 50);
    y += 80;
  }
  if (o.grid) y += 60;
  ctx.fillText('Approver signature:', 90, y);
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 1;
  ctx.strokeRect(545, y - 45, 600, 70);
  if (o.signed) drawScribble(ctx, 580, y - 10, random);
  const page = createCanvas(WIDTH, HEIGHT);
  const out = page.getContext('2d');
  // Scanner glass grey, then the form turned by a fraction of a degree about the page centre.
  out.fillStyle = '#f4f4f0';
  out.fillRect(0, 0, WIDTH, HEIGHT);
  out.translate(WIDTH / 2, HEIGHT / 2);
  out.rotate(((o.rotation ?? 0.6) * Math.PI) / 180);
  out.translate(-WIDTH / 2, -HEIGHT / 2);
  out.drawImage(form, 0, 0);
  out.setTransform(1, 0, 0, 1, 0, 0);
  const img = out.getImageData(0, 0, WIDTH, HEIGHT);
  for (let i = 0; i < 6000; i++) {
    const p = (Math.floor(random() * WIDTH) + Math.floor(random() * HEIGHT) * WIDTH) * 4;
    const v = random() < 0.5 ? 40 : 215;
    img.data[p] = img.data[p + 1] = img.data[p + 2] = v;
  }
  out.putImageData(img, 0, 0);
  return page.toBuffer('image/png');
}

/** A PDF of image-only pages, each PNG filling an A4 page: what a scan-to-email gives. */
export async function scanPdf(pngs: Buffer[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('PCSE fixture scanner');
  for (const png of pngs) {
    const image = await doc.embedPng(png);
    const page = doc.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save({ useObjectStreams: false });
}

/** Noise with no text in it: a page OCR cannot read (a photo of a desk, a scan of the wrong side). */
export function drawUnreadablePage(seed: number): Buffer {
  const random = seeded(seed);
  const c = createCanvas(310, 438);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(310, 438);
  for (let i = 0; i < img.data.length; i += 4) {
    const v = Math.floor(random() * 256);
    img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
    img.data[i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return c.toBuffer('image/png');
}

export const SCANNED_GPP_ROWS: [string, string][] = [
  ['Practice name', 'Hollins Park Surgery'],
  ['Practice ODS code', 'P87021'],
  ['Nominee full name', 'Grace Oduya'],
  ['Nominee email address', 'grace.oduya@nhs.net'],
  ['Approver name', 'Dr Samuel Reyes'],
  ['Approver role', 'GP Partner'],
  ['Approver email', 'samuel.reyes@nhs.net'],
  ['Date', '03/11/2026'],
];
/** An optical practice's nomination printed as a ruled table (drawScannedForm's `grid`). */
export const SCANNED_RULED_ROWS: [string, string][] = [
  ['Practice name', 'Wolds View Opticians'],
  ['Practice (ODS) code', 'TQ411'],
  ['Nominee name', 'Kofi Mensah'],
  ['Nominee role', 'Practice Manager'],
  ['Nominee email', 'kofi.mensah@nhs.net'],
  ['Contract holder', 'Imogen Hale'],
];
export const SCANNED_GPP_TITLE = 'Practice User Administrator Certification Form';
