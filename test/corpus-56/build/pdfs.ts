// PDFs for corpus-56 (writer AZ): fillable AcroForms and flat tables with pdf-lib, image-only scans drawn with
// @napi-rs/canvas (JPEG page, no text layer). Deterministic: fixed dates, seeded noise.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, degrees } from 'pdf-lib';
import { createHash } from 'node:crypto';

const FIXED = new Date('2026-11-02T09:00:00Z');

export function rng(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function newDoc(title: string, producer = 'Microsoft: Print To PDF') {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator('Microsoft Word');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  return doc;
}

/** Signature strokes: a few seeded loops and a flourish, in a w×h box (units of the caller). */
function signatureStrokes(key: string, w: number, h: number): [number, number][][] {
  const r = rng(`sig:${key}`);
  const strokes: [number, number][][] = [];
  let x = w * 0.05;
  const loops = 3 + Math.floor(r() * 3);
  const main: [number, number][] = [];
  for (let i = 0; i < loops * 10; i++) {
    const t = (i / 10) * Math.PI * 2;
    x += w * 0.8 / (loops * 10);
    main.push([x + Math.cos(t) * w * 0.03, h * 0.5 + Math.sin(t) * h * (0.2 + r() * 0.15)]);
  }
  strokes.push(main);
  strokes.push([[w * 0.1, h * 0.75], [w * 0.5, h * (0.7 + r() * 0.1)], [w * 0.95, h * 0.6]]);
  return strokes;
}

// -----------------------------------------------------------------------------------------------------------------
// AcroForm

export interface FormField { label: string; name: string; value: string }
export async function acroForm(opts: { title: string; intro: string[]; sections: { heading: string; fields: FormField[] }[]; signAfter?: string; signKey?: string }): Promise<Uint8Array> {
  const doc = await newDoc(opts.title, 'Adobe PDF Library 17.11');
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  page.drawRectangle({ x: 470, y: 790, width: 80, height: 32, color: rgb(0, 0.37, 0.72) });
  page.drawText('NHS', { x: 486, y: 798, size: 22, font: bold, color: rgb(1, 1, 1) });
  page.drawText(opts.title, { x: 40, y: 770, size: 14, font: bold });
  let y = 750;
  for (const l of opts.intro) { page.drawText(l, { x: 40, y, size: 8.5, font }); y -= 12; }
  y -= 8;
  for (const s of opts.sections) {
    page.drawRectangle({ x: 40, y: y - 4, width: 515, height: 16, color: rgb(0.85, 0.89, 0.95) });
    page.drawText(s.heading, { x: 44, y, size: 10, font: bold });
    y -= 26;
    for (const f of s.fields) {
      page.drawText(f.label, { x: 44, y: y + 4, size: 9, font });
      const tf = form.createTextField(f.name);
      tf.setText(f.value);
      tf.addToPage(page, { x: 230, y: y - 2, width: 320, height: 18, font, borderColor: rgb(0.4, 0.4, 0.4) });
      y -= 26;
      if (opts.signAfter === f.name && opts.signKey) {
        page.drawText('Signature', { x: 44, y: y + 4, size: 9, font });
        page.drawRectangle({ x: 230, y: y - 22, width: 200, height: 38, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.8 });
        for (const st of signatureStrokes(opts.signKey, 180, 30)) {
          for (let i = 1; i < st.length; i++) {
            page.drawLine({ start: { x: 240 + st[i - 1]![0], y: y - 18 + st[i - 1]![1] }, end: { x: 240 + st[i]![0], y: y - 18 + st[i]![1] }, thickness: 1.1, color: rgb(0.1, 0.15, 0.45) });
          }
        }
        y -= 44;
      }
    }
    y -= 6;
  }
  page.drawText('Page 1 of 1', { x: 270, y: 30, size: 8, font });
  return doc.save({ useObjectStreams: false });
}

// -----------------------------------------------------------------------------------------------------------------
// Flat tables (text layer, no fields)

export async function flatTable(opts: { title: string; intro: string[]; tables: { heading?: string; rows: string[][]; widths: number[] }[]; outro: string[]; landscape?: boolean; font?: 'helv' | 'times'; signKey?: string }): Promise<Uint8Array> {
  const doc = await newDoc(opts.title);
  const size: [number, number] = opts.landscape ? [841.89, 595.28] : [595.28, 841.89];
  const page = doc.addPage(size);
  const font = await doc.embedFont(opts.font === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(opts.font === 'times' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  let y = size[1] - 60;
  page.drawText(opts.title, { x: 40, y, size: 14, font: bold });
  y -= 22;
  for (const l of opts.intro) { page.drawText(l, { x: 40, y, size: 10, font }); y -= 14; }
  y -= 8;
  for (const t of opts.tables) {
    if (t.heading) { page.drawText(t.heading, { x: 40, y, size: 11, font: bold }); y -= 16; }
    for (const [ri, r] of t.rows.entries()) {
      const lines = Math.max(...r.map((c) => c.split('\n').length));
      const h = lines * 12 + 8;
      let x = 40;
      r.forEach((c, ci) => {
        const w = t.widths[ci]!;
        page.drawRectangle({ x, y: y - h + 10, width: w, height: h, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.6, color: ri === 0 ? rgb(0.9, 0.9, 0.9) : undefined });
        c.split('\n').forEach((l, li) => page.drawText(l, { x: x + 4, y: y - li * 12, size: 9.5, font: ri === 0 || ci === 0 ? bold : font }));
        x += w;
      });
      y -= h;
    }
    y -= 16;
  }
  for (const l of opts.outro) { page.drawText(l, { x: 40, y, size: 10, font }); y -= 14; }
  if (opts.signKey) {
    for (const st of signatureStrokes(opts.signKey, 150, 28)) {
      for (let i = 1; i < st.length; i++) {
        page.drawLine({ start: { x: 110 + st[i - 1]![0], y: y + 6 + st[i - 1]![1] }, end: { x: 110 + st[i]![0], y: y + 6 + st[i]![1] }, thickness: 1, color: rgb(0.1, 0.15, 0.45) });
      }
    }
  }
  return doc.save({ useObjectStreams: false });
}

// -----------------------------------------------------------------------------------------------------------------
// Scans: 150 dpi canvas, printed labels, handwritten values, signature, skew, speckles; JPEG as the only content.

const W = 1240;
const H = 1754;
const MM = W / 210;
let fontsDone = false;
function fonts() {
  if (fontsDone) return;
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'AzPrint');
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'AzBold');
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf', 'AzHand');
  fontsDone = true;
}

export interface ScanForm {
  seed: string;
  title: string;
  subtitle?: string;
  intro: string[];
  /** label → value; value written by hand (or typed when typed=true). */
  rows: { label: string; value: string; tick?: boolean }[];
  sectionBreaks?: Record<number, string>;
  signature: { label: string; signed: boolean; nameBelow?: string };
  footer?: string;
  typed?: boolean;
  angleDeg: number;
}

function hand(c: SKRSContext2D, r: () => number, s: string, x: number, y: number, px: number) {
  let cx = x;
  let drift = 0;
  for (const ch of s) {
    c.font = `${(px * (0.92 + r() * 0.16)).toFixed(1)}px AzHand`;
    drift = Math.max(-3, Math.min(3, drift + (r() - 0.5) * 0.8));
    c.save();
    c.translate(cx, y + drift);
    c.rotate((r() - 0.5) * 0.12);
    c.fillStyle = '#1b2a6b';
    c.fillText(ch, 0, 0);
    c.restore();
    cx += c.measureText(ch).width * (1 + r() * 0.06);
  }
}

export async function scanPdf(forms: ScanForm[]): Promise<Uint8Array> {
  fonts();
  const doc = await PDFDocument.create();
  doc.setProducer('RICOH MP C3004ex');
  doc.setCreator('RICOH MP C3004ex');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  for (const f of forms) {
    const r = rng(f.seed);
    const src = createCanvas(W, H);
    const c = src.getContext('2d');
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, W, H);
    c.fillStyle = '#1d4f9a';
    c.fillRect(170 * MM, 12 * MM, 26 * MM, 11 * MM);
    c.fillStyle = '#ffffff';
    c.font = `${Math.round(8 * MM)}px AzBold`;
    c.fillText('NHS', 172.5 * MM, 21 * MM);
    c.fillStyle = '#111111';
    c.font = `${Math.round(6 * MM)}px AzBold`;
    c.fillText(f.title, 15 * MM, 36 * MM);
    let y = 44;
    if (f.subtitle) { c.font = `${Math.round(4.2 * MM)}px AzBold`; c.fillText(f.subtitle, 15 * MM, y * MM); y += 8; }
    c.font = `${Math.round(3.4 * MM)}px AzPrint`;
    for (const l of f.intro) { c.fillText(l, 15 * MM, y * MM); y += 5.5; }
    y += 4;
    f.rows.forEach((row, i) => {
      const sec = f.sectionBreaks?.[i];
      if (sec) {
        c.fillStyle = '#dfe6f2';
        c.fillRect(15 * MM, (y - 1) * MM, 180 * MM, 8 * MM);
        c.fillStyle = '#111111';
        c.font = `${Math.round(4 * MM)}px AzBold`;
        c.fillText(sec, 17 * MM, (y + 5) * MM);
        y += 12;
      }
      c.fillStyle = '#111111';
      c.font = `${Math.round(3.6 * MM)}px AzPrint`;
      c.fillText(row.label, 17 * MM, (y + 6) * MM);
      c.strokeStyle = '#333333';
      c.lineWidth = 1.4;
      c.strokeRect(80 * MM, y * MM, 115 * MM, 9 * MM);
      if (row.tick) {
        c.strokeStyle = '#1b2a6b';
        c.lineWidth = 3;
        c.beginPath();
        c.moveTo(84 * MM, (y + 5) * MM);
        c.lineTo(86 * MM, (y + 7.5) * MM);
        c.lineTo(90 * MM, (y + 1.5) * MM);
        c.stroke();
        if (row.value) hand(c, r, row.value, 94 * MM, (y + 6.8) * MM, 4.6 * MM);
      } else if (f.typed) {
        c.fillStyle = '#1a1a1a';
        c.font = `${Math.round(4 * MM)}px AzPrint`;
        c.fillText(row.value, 82 * MM, (y + 6.5) * MM);
      } else hand(c, r, row.value, 82 * MM, (y + 6.8) * MM, 4.8 * MM);
      y += 12;
    });
    y += 6;
    c.fillStyle = '#111111';
    c.font = `${Math.round(3.6 * MM)}px AzBold`;
    c.fillText(f.signature.label, 17 * MM, (y + 8) * MM);
    c.strokeStyle = '#333333';
    c.lineWidth = 1.4;
    c.strokeRect(80 * MM, y * MM, 115 * MM, 20 * MM);
    if (f.signature.signed) {
      c.strokeStyle = '#182565';
      c.lineWidth = 2.6;
      c.lineCap = 'round';
      for (const st of signatureStrokes(f.seed, 70 * MM, 16 * MM)) {
        c.beginPath();
        st.forEach(([sx, sy], i) => (i === 0 ? c.moveTo(86 * MM + sx, (y + 2) * MM + sy) : c.lineTo(86 * MM + sx, (y + 2) * MM + sy)));
        c.stroke();
      }
    }
    if (f.signature.nameBelow) {
      c.fillStyle = '#111111';
      c.font = `${Math.round(3.2 * MM)}px AzPrint`;
      c.fillText(f.signature.nameBelow, 80 * MM, (y + 26) * MM);
    }
    if (f.footer) {
      c.font = `${Math.round(2.8 * MM)}px AzPrint`;
      c.fillText(f.footer, 15 * MM, 285 * MM);
    }
    // scanner: skew, grey paper, speckles, shadowed edge
    const out = createCanvas(W, H);
    const o = out.getContext('2d');
    o.fillStyle = '#f1efe8';
    o.fillRect(0, 0, W, H);
    o.save();
    o.translate(W / 2 + 6, H / 2 + 4);
    o.rotate((f.angleDeg * Math.PI) / 180);
    o.globalAlpha = 0.93;
    o.drawImage(src, -W / 2, -H / 2);
    o.restore();
    o.globalAlpha = 1;
    for (let i = 0; i < 2200; i++) {
      const g = Math.floor(60 + r() * 130);
      o.fillStyle = `rgba(${g},${g},${g},${(0.25 + r() * 0.5).toFixed(2)})`;
      const s = r() < 0.88 ? 1 : 2;
      o.fillRect(Math.floor(r() * W), Math.floor(r() * H), s, s);
    }
    const grad = o.createLinearGradient(0, 0, 50, 0);
    grad.addColorStop(0, 'rgba(50,50,50,0.5)');
    grad.addColorStop(1, 'rgba(50,50,50,0)');
    o.fillStyle = grad;
    o.fillRect(0, 0, 50, H);
    const jpg = await doc.embedJpg(out.toBuffer('image/jpeg', 74));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(jpg, { x: 0, y: 0, width: 595.28, height: 841.89, rotate: degrees(0) });
  }
  return doc.save({ useObjectStreams: false });
}
