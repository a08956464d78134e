// Forms for corpus-52 (writer AV): fillable AcroForms and flat text PDFs with pdf-lib, and image-only scans drawn with
// @napi-rs/canvas (JPEG page, no text layer). Fixed PDF dates and seeded noise: two runs give identical bytes.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const FIXED = new Date('2026-11-01T09:00:00Z');

export interface FormSpec {
  title: string;
  subtitle?: string;
  intro?: string;
  /** Sections of label/value rows; a value of '' leaves the field empty. */
  sections: { heading: string; rows: [string, string][] }[];
  /** Ticked options shown as check boxes: [label, ticked]. */
  ticks?: { heading: string; options: [string, boolean][] };
  /** Name drawn as a signature in the signature box, or null for an empty box. */
  signature: string | null;
  footer?: string;
}

function meta(doc: PDFDocument, title: string) {
  doc.setTitle(title);
  doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  doc.setCreator('Microsoft Word');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
}

/** A fillable form: every row is a named text field, ticks are check boxes, the signature is drawn in ink. */
export async function acroForm(spec: FormSpec, fieldName: (label: string, i: number) => string = (l) => l): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  meta(doc, spec.title);
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ital = await doc.embedFont(StandardFonts.TimesRomanItalic);
  const form = doc.getForm();
  let y = 790;
  page.drawText('Primary Care Support England', { x: 40, y, size: 10, font: bold, color: rgb(0.1, 0.3, 0.6) });
  y -= 22;
  page.drawText(spec.title, { x: 40, y, size: 14, font: bold });
  if (spec.subtitle) { y -= 16; page.drawText(spec.subtitle, { x: 40, y, size: 10, font }); }
  if (spec.intro) { y -= 16; page.drawText(spec.intro, { x: 40, y, size: 8.5, font, maxWidth: 515, lineHeight: 11 }); y -= 12; }
  y -= 14;
  let i = 0;
  for (const s of spec.sections) {
    page.drawRectangle({ x: 40, y: y - 4, width: 515, height: 18, color: rgb(0.87, 0.9, 0.96) });
    page.drawText(s.heading, { x: 44, y, size: 10.5, font: bold });
    y -= 26;
    for (const [label, value] of s.rows) {
      page.drawText(label, { x: 44, y: y + 4, size: 9, font });
      const f = form.createTextField(fieldName(label, i++));
      if (value) f.setText(value);
      f.addToPage(page, { x: 210, y: y - 2, width: 340, height: 18, font });
      y -= 24;
    }
    y -= 8;
  }
  if (spec.ticks) {
    page.drawText(spec.ticks.heading, { x: 44, y, size: 10, font: bold });
    y -= 20;
    for (const [label, on] of spec.ticks.options) {
      const cb = form.createCheckBox(fieldName(`Tick ${label}`, i++));
      cb.addToPage(page, { x: 44, y: y - 2, width: 11, height: 11 });
      if (on) cb.check();
      page.drawText(label, { x: 62, y, size: 9, font });
      y -= 17;
    }
    y -= 6;
  }
  page.drawText('Signature', { x: 44, y: y + 4, size: 9, font });
  page.drawRectangle({ x: 210, y: y - 22, width: 200, height: 34, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.8 });
  if (spec.signature) page.drawText(spec.signature, { x: 218, y: y - 10, size: 17, font: ital, color: rgb(0.05, 0.1, 0.45) });
  if (spec.footer) page.drawText(spec.footer, { x: 40, y: 40, size: 7.5, font, color: rgb(0.4, 0.4, 0.4) });
  form.updateFieldAppearances(font);
  return doc.save({ useObjectStreams: false });
}

/** A flat text PDF: the values are printed text, no fields (a word-processor export). */
export async function flatForm(spec: FormSpec, serif = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  meta(doc, spec.title);
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const ital = await doc.embedFont(StandardFonts.TimesRomanItalic);
  let y = 790;
  page.drawText(spec.title, { x: 50, y, size: 14, font: bold });
  if (spec.subtitle) { y -= 18; page.drawText(spec.subtitle, { x: 50, y, size: 10, font }); }
  if (spec.intro) { y -= 18; page.drawText(spec.intro, { x: 50, y, size: 9, font, maxWidth: 495, lineHeight: 12 }); y -= 14; }
  y -= 16;
  for (const s of spec.sections) {
    page.drawText(s.heading, { x: 50, y, size: 11, font: bold });
    y -= 6;
    for (const [label, value] of s.rows) {
      y -= 20;
      page.drawRectangle({ x: 50, y: y - 6, width: 170, height: 20, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
      page.drawRectangle({ x: 220, y: y - 6, width: 325, height: 20, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
      page.drawText(label, { x: 54, y, size: 9.5, font });
      page.drawText(value, { x: 224, y, size: 9.5, font });
    }
    y -= 28;
  }
  if (spec.ticks) {
    page.drawText(spec.ticks.heading, { x: 50, y, size: 10.5, font: bold });
    for (const [label, on] of spec.ticks.options) { y -= 16; page.drawText(`[${on ? 'X' : ' '}]  ${label}`, { x: 54, y, size: 9.5, font }); }
    y -= 24;
  }
  page.drawText('Signed:', { x: 50, y, size: 10, font });
  if (spec.signature) page.drawText(spec.signature, { x: 110, y: y - 2, size: 16, font: ital, color: rgb(0.1, 0.1, 0.3) });
  page.drawLine({ start: { x: 105, y: y - 5 }, end: { x: 330, y: y - 5 }, thickness: 0.5 });
  if (spec.footer) page.drawText(spec.footer, { x: 50, y: 40, size: 7.5, font });
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// Scans

GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'ScanSans');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'ScanSansBold');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf', 'ScanHand');

function rng(seed: string): () => number {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 7) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One A4 page at 150 dpi: the printed form, values in a handwriting-like italic (or block capitals), a scribbled
 * signature (or an empty box), then rotated by `skewDeg`, speckled, a shadowed edge, JPEG in a PDF page.
 */
export async function scanForm(seed: string, spec: FormSpec, opts: { skewDeg: number; capitals?: boolean }): Promise<Uint8Array> {
  const W = 1240;
  const H = 1754;
  const r = rng(seed);
  const form = createCanvas(W, H);
  const c = form.getContext('2d');
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, W, H);
  c.fillStyle = '#1d4f9a';
  c.font = '22px ScanSansBold';
  c.fillText('Primary Care Support England', 90, 110);
  c.fillStyle = '#000000';
  c.font = '30px ScanSansBold';
  c.fillText(spec.title, 90, 160);
  let y = 200;
  if (spec.subtitle) { c.font = '22px ScanSans'; c.fillText(spec.subtitle, 90, y); y += 36; }
  if (spec.intro) { c.font = '19px ScanSans'; c.fillText(spec.intro, 90, y); y += 36; }
  const rowH = 56;
  const hand = (s: string, x: number, yy: number) => {
    c.save();
    c.fillStyle = '#14235a';
    c.font = `${opts.capitals ? 26 : 28}px ScanHand`;
    let xx = x;
    for (const ch of opts.capitals ? s.toUpperCase() : s) {
      c.save();
      c.translate(xx, yy + (r() - 0.5) * 2.5);
      c.rotate((r() - 0.5) * 0.08);
      c.fillText(ch, 0, 0);
      c.restore();
      xx += c.measureText(ch).width + (r() - 0.3) * 1.5;
    }
    c.restore();
  };
  c.strokeStyle = '#333333';
  c.lineWidth = 2;
  for (const s of spec.sections) {
    c.fillStyle = '#dde4f0';
    c.fillRect(90, y, 1060, rowH - 6);
    c.fillStyle = '#000000';
    c.font = '23px ScanSansBold';
    c.fillText(s.heading, 100, y + 34);
    y += rowH;
    for (const [label, value] of s.rows) {
      c.strokeRect(90, y, 340, rowH);
      c.strokeRect(430, y, 720, rowH);
      c.fillStyle = '#000000';
      c.font = '21px ScanSans';
      c.fillText(label, 100, y + 36);
      if (value) hand(value, 445, y + 38);
      y += rowH;
    }
    y += 24;
  }
  if (spec.ticks) {
    c.font = '23px ScanSansBold';
    c.fillText(spec.ticks.heading, 100, y + 20);
    y += 44;
    for (const [label, on] of spec.ticks.options) {
      c.strokeRect(100, y, 26, 26);
      c.font = '21px ScanSans';
      c.fillText(label, 140, y + 21);
      if (on) {
        c.save();
        c.strokeStyle = '#14235a';
        c.lineWidth = 4;
        c.beginPath();
        c.moveTo(103, y + 12);
        c.lineTo(112, y + 24);
        c.lineTo(132, y - 6);
        c.stroke();
        c.restore();
      }
      y += 38;
    }
    y += 10;
  }
  c.font = '21px ScanSans';
  c.fillText('Signature of authorised signatory', 100, y + 40);
  c.strokeRect(430, y, 500, 90);
  if (spec.signature) {
    c.save();
    c.strokeStyle = '#10205e';
    c.lineWidth = 3;
    c.beginPath();
    let x = 450;
    c.moveTo(x, y + 60);
    const n = 6 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) {
      const nx = x + 30 + r() * 25;
      c.bezierCurveTo(x + 10, y + 10 + r() * 20, nx - 10, y + 80 - r() * 10, nx, y + 40 + r() * 20);
      x = nx;
    }
    c.stroke();
    c.beginPath();
    c.moveTo(455, y + 72);
    c.lineTo(x - 10, y + 66);
    c.stroke();
    c.restore();
  }
  y += 120;
  if (spec.footer) { c.font = '17px ScanSans'; c.fillStyle = '#444444'; c.fillText(spec.footer, 90, H - 80); }

  const out = createCanvas(W, H);
  const o = out.getContext('2d');
  o.fillStyle = '#f7f6f2';
  o.fillRect(0, 0, W, H);
  o.save();
  o.translate(W / 2 + (r() - 0.5) * 16, H / 2 + (r() - 0.5) * 16);
  o.rotate((opts.skewDeg * Math.PI) / 180);
  o.drawImage(form, -W / 2, -H / 2);
  o.restore();
  const grad = o.createLinearGradient(0, 0, 40, 0);
  grad.addColorStop(0, 'rgba(60,60,60,0.55)');
  grad.addColorStop(1, 'rgba(60,60,60,0)');
  o.fillStyle = grad;
  o.fillRect(0, 0, 40, H);
  for (let k = 0; k < 1400; k++) {
    const g = Math.floor(r() * 90);
    o.fillStyle = `rgba(${g},${g},${g},${0.3 + r() * 0.6})`;
    const s = r() < 0.9 ? 1.5 : 3 + r() * 3;
    o.fillRect(r() * W, r() * H, s, s);
  }
  const jpg = out.toBuffer('image/jpeg', 70);
  const doc = await PDFDocument.create();
  doc.setProducer('RICOH IM C3000 / Scan to PDF');
  doc.setCreator('RICOH IM C3000');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  const img = await doc.embedJpg(jpg);
  const page = doc.addPage([595.28, 841.89]);
  page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return doc.save({ useObjectStreams: false });
}
