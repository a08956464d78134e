// The forms attached to the corpus, drawn in code: fillable AcroForms and flat text PDFs with pdf-lib, and
// image-only scans drawn with @napi-rs/canvas (handwritten values, skew, speckle, shadow, 150 dpi JPEG).
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

const FIXED = new Date('2026-11-01T09:00:00Z');

export interface Row { label: string; value: string; field?: string; tall?: boolean }
export interface Check { label: string; checked: boolean; field?: string }
export interface Section { heading: string; note?: string; rows?: Row[]; checks?: Check[]; checksTitle?: string }
export interface FormSpec {
  id: string; // seed and document title
  header: string; // small top-left line (e.g. "NHS England  |  Primary Care Support England")
  title: string;
  intro?: string[];
  sections: Section[];
  signature: { label: string; signed: boolean; fieldName?: string; typedName?: string; date?: string };
  footer?: string;
  page2?: { title: string; lines: string[] };
}

async function newDoc(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer('corpus-27 build (pdf-lib)');
  doc.setCreator('corpus-27 build');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  return doc;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const t = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(t, size) > width && cur) { lines.push(cur); cur = w; } else cur = t;
  }
  if (cur) lines.push(cur);
  return lines;
}

const scribblePath = (seed: string): string => {
  const r = rng(seed);
  let d = `M 0 ${10 + r() * 6}`;
  let x = 0;
  for (let i = 0; i < 7; i++) {
    const nx = x + 12 + r() * 12;
    d += ` C ${x + 4} ${-6 + r() * 8}, ${nx - 6} ${18 + r() * 8}, ${nx} ${6 + r() * 10}`;
    x = nx;
  }
  d += ` M 4 ${20 + r() * 4} L ${x + 10} ${14 + r() * 4}`;
  return d;
};

/** A form as a PDF: fillable (values in AcroForm fields) or flat (values drawn as text). */
export async function formPdf(spec: FormSpec, mode: 'fillable' | 'flat', font: 'helvetica' | 'times' = 'helvetica'): Promise<Uint8Array> {
  const doc = await newDoc(spec.title);
  const reg = await doc.embedFont(font === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(font === 'times' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const page = doc.addPage([595.28, 841.89]);
  let y = 800;
  const ink = rgb(0.1, 0.1, 0.1);
  page.drawText(spec.header, { x: 40, y, size: 8, font: reg, color: rgb(0.3, 0.3, 0.3) });
  y -= 26;
  for (const l of wrap(spec.title, bold, 14, 515)) { page.drawText(l, { x: 40, y, size: 14, font: bold, color: rgb(0, 0.19, 0.53) }); y -= 18; }
  y -= 4;
  for (const para of spec.intro ?? []) {
    for (const l of wrap(para, reg, 8.5, 515)) { page.drawText(l, { x: 40, y, size: 8.5, font: reg, color: ink }); y -= 11; }
    y -= 4;
  }
  let n = 0;
  for (const s of spec.sections) {
    y -= 14;
    page.drawRectangle({ x: 40, y: y - 4, width: 515, height: 16, color: rgb(0.85, 0.89, 0.95) });
    page.drawText(s.heading, { x: 44, y, size: 10, font: bold, color: ink });
    y -= 12;
    if (s.note) { for (const l of wrap(s.note, reg, 8, 505)) { page.drawText(l, { x: 44, y, size: 8, font: reg, color: ink }); y -= 10; } y -= 3; }
    for (const r of s.rows ?? []) {
      const h = r.tall ? 30 : 18;
      page.drawText(r.label, { x: 44, y: y - 12, size: 9, font: reg, color: ink });
      n++;
      if (mode === 'fillable') {
        const f = form.createTextField(r.field ?? `field_${n}`);
        if (r.tall) f.enableMultiline();
        f.setText(r.value || undefined);
        f.addToPage(page, { x: 230, y: y - h + 2, width: 325, height: h - 2, font: reg, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.8 });
        f.setFontSize(9);
      } else {
        page.drawRectangle({ x: 230, y: y - h + 2, width: 325, height: h - 2, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.8 });
        const lines = r.value.split('\n');
        lines.forEach((l, i) => page.drawText(l, { x: 234, y: y - 11 - i * 10, size: 9, font: reg, color: ink }));
      }
      y -= h + 3;
    }
    if (s.checks) {
      if (s.checksTitle) { page.drawText(s.checksTitle, { x: 44, y: y - 10, size: 9, font: reg, color: ink }); y -= 16; }
      for (const c of s.checks) {
        n++;
        if (mode === 'fillable') {
          const cb = form.createCheckBox(c.field ?? `check_${n}`);
          cb.addToPage(page, { x: 60, y: y - 12, width: 11, height: 11, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
          if (c.checked) cb.check();
        } else {
          page.drawRectangle({ x: 60, y: y - 12, width: 11, height: 11, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
          if (c.checked) page.drawText('X', { x: 62.2, y: y - 10.5, size: 10, font: bold, color: ink });
        }
        page.drawText(c.label, { x: 78, y: y - 10, size: 9, font: reg, color: ink });
        y -= 16;
      }
    }
  }
  // signature box at the bottom of page 1
  y = Math.min(y - 8, 150);
  drawSignatureBlock(page, spec, reg, bold, y, mode, form);
  if (spec.footer) page.drawText(spec.footer, { x: 40, y: 24, size: 7, font: reg, color: rgb(0.4, 0.4, 0.4) });
  page.drawText('Page 1 of ' + (spec.page2 ? '2' : '1'), { x: 500, y: 24, size: 7, font: reg, color: rgb(0.4, 0.4, 0.4) });
  if (spec.page2) {
    const p2 = doc.addPage([595.28, 841.89]);
    let y2 = 790;
    p2.drawText(spec.page2.title, { x: 40, y: y2, size: 12, font: bold, color: rgb(0, 0.19, 0.53) });
    y2 -= 22;
    for (const para of spec.page2.lines) {
      for (const l of wrap(para, reg, 9, 515)) { p2.drawText(l, { x: 40, y: y2, size: 9, font: reg, color: ink }); y2 -= 12; }
      y2 -= 6;
    }
    p2.drawText('Page 2 of 2', { x: 500, y: 24, size: 7, font: reg, color: rgb(0.4, 0.4, 0.4) });
  }
  if (mode === 'fillable') form.updateFieldAppearances(reg);
  return doc.save({ useObjectStreams: false });
}

function drawSignatureBlock(page: PDFPage, spec: FormSpec, reg: PDFFont, bold: PDFFont, y: number, mode: 'fillable' | 'flat', form: ReturnType<PDFDocument['getForm']>): void {
  const ink = rgb(0.1, 0.1, 0.1);
  page.drawText(spec.signature.label, { x: 44, y, size: 9, font: bold, color: ink });
  y -= 8;
  page.drawText('Signature', { x: 44, y: y - 30, size: 9, font: reg, color: ink });
  page.drawRectangle({ x: 230, y: y - 48, width: 200, height: 44, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.8 });
  if (spec.signature.signed) {
    page.drawSvgPath(scribblePath(spec.id), { x: 245, y: y - 12, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.3, scale: 0.9 });
  }
  page.drawText('Date', { x: 440, y: y - 30, size: 9, font: reg, color: ink });
  if (mode === 'fillable') {
    const sf = form.createTextField(spec.signature.fieldName ?? 'Signature');
    sf.setText(spec.signature.typedName || undefined);
    sf.addToPage(page, { x: 232, y: y - 46, width: 196, height: 14, font: reg, borderWidth: 0 });
    sf.setFontSize(8);
    const df = form.createTextField('Date signed');
    df.setText(spec.signature.date || undefined);
    df.addToPage(page, { x: 470, y: y - 36, width: 85, height: 16, font: reg, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.8 });
    df.setFontSize(9);
  } else {
    page.drawRectangle({ x: 470, y: y - 36, width: 85, height: 16, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.8 });
    if (spec.signature.date) page.drawText(spec.signature.date, { x: 474, y: y - 31, size: 9, font: reg, color: ink });
    if (spec.signature.typedName) page.drawText(spec.signature.typedName, { x: 234, y: y - 44, size: 8, font: reg, color: ink });
  }
}

// ---------- scans ----------
const FONTS = '/usr/share/fonts/truetype';
let fontsReady = false;
function registerFonts(): void {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Regular.ttf`, 'ScanSans');
  GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Bold.ttf`, 'ScanSansBold');
  GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSans-Oblique.ttf`, 'HandA');
  GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSerif-Italic.ttf`, 'HandB');
  GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansCondensed.ttf`, 'HandC');
  fontsReady = true;
}

export interface ScanOpts { hand: 'HandA' | 'HandB' | 'HandC'; capitals?: boolean; skewDeg: number; noise: number; quality?: number; shadow?: 'left' | 'right' | 'none' }

const W = 1240;
const H = 1754;
const K = W / 595.28;

function handText(ctx: SKRSContext2D, text: string, x: number, y: number, size: number, r: () => number, o: ScanOpts): void {
  const t = o.capitals ? text.toUpperCase() : text;
  let cx = x;
  ctx.fillStyle = 'rgba(20,30,90,0.92)';
  for (const ch of t) {
    ctx.save();
    const s = size * (0.94 + r() * 0.12);
    ctx.font = `${s}px ${o.hand}`;
    ctx.translate(cx, y + (r() - 0.5) * 2.4);
    ctx.rotate((r() - 0.5) * 0.09);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    ctx.font = `${size}px ${o.hand}`;
    cx += ctx.measureText(ch).width * (0.98 + r() * 0.06);
  }
}

function wrapCanvas(ctx: SKRSContext2D, text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const t = cur ? `${cur} ${w}` : w;
    if (ctx.measureText(t).width > width && cur) { lines.push(cur); cur = w; } else cur = t;
  }
  if (cur) lines.push(cur);
  return lines;
}

function drawPage(ctx: SKRSContext2D, spec: FormSpec, o: ScanOpts, r: () => number, pageNo: number): void {
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#1a1a1a';
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 1.6;
  const Y = (pt: number) => (841.89 - pt) * K; // pdf y (points from bottom) → canvas y
  if (pageNo === 2 && spec.page2) {
    ctx.font = `${12 * K}px ScanSansBold`;
    ctx.fillStyle = '#1a2f70';
    ctx.fillText(spec.page2.title, 40 * K, Y(790));
    ctx.fillStyle = '#1a1a1a';
    ctx.font = `${9 * K}px ScanSans`;
    let y2 = 768;
    for (const para of spec.page2.lines) {
      for (const l of wrapCanvas(ctx, para, 515 * K)) { ctx.fillText(l, 40 * K, Y(y2)); y2 -= 12; }
      y2 -= 6;
    }
    ctx.font = `${7 * K}px ScanSans`;
    ctx.fillText('Page 2 of 2', 500 * K, Y(24));
    return;
  }
  let y = 800;
  ctx.font = `${8 * K}px ScanSans`;
  ctx.fillStyle = '#444';
  ctx.fillText(spec.header, 40 * K, Y(y));
  y -= 26;
  ctx.font = `${14 * K}px ScanSansBold`;
  ctx.fillStyle = '#1a2f70';
  for (const l of wrapCanvas(ctx, spec.title, 515 * K)) { ctx.fillText(l, 40 * K, Y(y)); y -= 18; }
  y -= 4;
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `${8.5 * K}px ScanSans`;
  for (const para of spec.intro ?? []) {
    for (const l of wrapCanvas(ctx, para, 515 * K)) { ctx.fillText(l, 40 * K, Y(y)); y -= 11; }
    y -= 4;
  }
  for (const s of spec.sections) {
    y -= 14;
    ctx.fillStyle = '#d4d9e2';
    ctx.fillRect(40 * K, Y(y + 12), 515 * K, 16 * K);
    ctx.fillStyle = '#111';
    ctx.font = `${10 * K}px ScanSansBold`;
    ctx.fillText(s.heading, 44 * K, Y(y));
    y -= 12;
    ctx.font = `${8 * K}px ScanSans`;
    if (s.note) { for (const l of wrapCanvas(ctx, s.note, 505 * K)) { ctx.fillText(l, 44 * K, Y(y)); y -= 10; } y -= 3; }
    for (const row of s.rows ?? []) {
      const h = row.tall ? 30 : 18;
      ctx.font = `${9 * K}px ScanSans`;
      ctx.fillStyle = '#111';
      ctx.fillText(row.label, 44 * K, Y(y - 12));
      ctx.strokeRect(230 * K, Y(y + 0), 325 * K, (h - 2) * K);
      if (row.value) {
        row.value.split('\n').forEach((l, i) => handText(ctx, l, 236 * K + r() * 6, Y(y - 13 - i * 12), 10.5 * K, r, o));
      }
      y -= h + 3;
    }
    if (s.checks) {
      ctx.font = `${9 * K}px ScanSans`;
      ctx.fillStyle = '#111';
      if (s.checksTitle) { ctx.fillText(s.checksTitle, 44 * K, Y(y - 10)); y -= 16; }
      for (const c of s.checks) {
        ctx.strokeRect(60 * K, Y(y - 1), 11 * K, 11 * K);
        ctx.fillStyle = '#111';
        ctx.fillText(c.label, 78 * K, Y(y - 10));
        if (c.checked) {
          ctx.save();
          ctx.strokeStyle = 'rgba(20,30,90,0.95)';
          ctx.lineWidth = 4;
          ctx.beginPath();
          ctx.moveTo(58 * K, Y(y - 6));
          ctx.lineTo(64 * K + r() * 2, Y(y - 13));
          ctx.lineTo(76 * K + r() * 3, Y(y + 4));
          ctx.stroke();
          ctx.restore();
        }
        y -= 16;
      }
    }
  }
  y = Math.min(y - 8, 150);
  ctx.font = `${9 * K}px ScanSansBold`;
  ctx.fillText(spec.signature.label, 44 * K, Y(y));
  y -= 8;
  ctx.font = `${9 * K}px ScanSans`;
  ctx.fillText('Signature', 44 * K, Y(y - 30));
  ctx.strokeRect(230 * K, Y(y - 4), 200 * K, 44 * K);
  ctx.fillText('Date', 440 * K, Y(y - 30));
  ctx.strokeRect(470 * K, Y(y - 20), 85 * K, 16 * K);
  if (spec.signature.date) handText(ctx, spec.signature.date, 474 * K, Y(y - 33), 10 * K, r, o);
  if (spec.signature.signed) {
    ctx.save();
    ctx.strokeStyle = 'rgba(15,25,85,0.95)';
    ctx.lineWidth = 3.2;
    ctx.beginPath();
    let x = 245 * K;
    const by = Y(y - 26);
    ctx.moveTo(x, by);
    for (let i = 0; i < 8; i++) {
      const nx = x + (14 + r() * 14) * K;
      ctx.bezierCurveTo(x + 5 * K, by - (10 + r() * 12) * K, nx - 6 * K, by + (8 + r() * 10) * K, nx, by - r() * 8 * K);
      x = nx;
    }
    ctx.moveTo(250 * K, by + 10 * K);
    ctx.lineTo(x, by + (4 + r() * 5) * K);
    ctx.stroke();
    ctx.restore();
  }
  if (spec.footer) { ctx.font = `${7 * K}px ScanSans`; ctx.fillStyle = '#555'; ctx.fillText(spec.footer, 40 * K, Y(24)); }
  ctx.font = `${7 * K}px ScanSans`;
  ctx.fillText(`Page 1 of ${spec.page2 ? 2 : 1}`, 500 * K, Y(24));
}

function scanImage(spec: FormSpec, o: ScanOpts, pageNo: number): Buffer {
  registerFonts();
  const r = rng(`${spec.id}/scan/${pageNo}`);
  const src = createCanvas(W, H);
  drawPage(src.getContext('2d'), spec, o, r, pageNo);
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#e9e7e1';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2 + (r() - 0.5) * 14, H / 2 + (r() - 0.5) * 14);
  ctx.rotate(((o.skewDeg + (pageNo - 1) * 0.35) * Math.PI) / 180);
  ctx.drawImage(src, -W / 2, -H / 2);
  ctx.restore();
  // shadowed edge from the lid of the MFD
  if (o.shadow !== 'none') {
    const left = o.shadow !== 'right';
    const g = ctx.createLinearGradient(left ? 0 : W, 0, left ? 60 : W - 60, 0);
    g.addColorStop(0, 'rgba(40,40,40,0.55)');
    g.addColorStop(1, 'rgba(40,40,40,0)');
    ctx.fillStyle = g;
    ctx.fillRect(left ? 0 : W - 60, 0, 60, H);
  }
  // speckle and toner noise
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * o.noise;
    d[i] = Math.max(0, Math.min(255, d[i]! + n));
    d[i + 1] = Math.max(0, Math.min(255, d[i + 1]! + n));
    d[i + 2] = Math.max(0, Math.min(255, d[i + 2]! + n));
  }
  for (let k = 0; k < 900; k++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * H);
    const v = r() < 0.8 ? 40 : 230;
    for (let dx = 0; dx < 2; dx++) for (let dy = 0; dy < 2; dy++) {
      const j = ((y + dy) * W + Math.min(W - 1, x + dx)) * 4;
      if (j < d.length - 3) { d[j] = v; d[j + 1] = v; d[j + 2] = v; }
    }
  }
  ctx.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', o.quality ?? 72);
}

/** An image-only PDF: each page one 150 dpi JPEG, no text layer. */
export async function scanPdf(spec: FormSpec, o: ScanOpts): Promise<Uint8Array> {
  const doc = await newDoc(`Scan ${spec.id}`);
  doc.setTitle('');
  doc.setProducer('KM_C300i scanner');
  doc.setCreator('KM_C300i');
  const pages = spec.page2 ? [1, 2] : [1];
  for (const p of pages) {
    const jpg = await doc.embedJpg(scanImage(spec, o, p));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(jpg, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save({ useObjectStreams: false });
}

/** A one-page flat letter (text only). */
export async function letterPdf(id: string, lines: string[]): Promise<Uint8Array> {
  const doc = await newDoc(id);
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  let y = 790;
  for (const l of lines) {
    for (const w of l === '' ? [''] : wrap(l, reg, 10, 500)) { if (w) page.drawText(w, { x: 50, y, size: 10, font: reg, color: rgb(0.1, 0.1, 0.1) }); y -= 14; }
  }
  return doc.save({ useObjectStreams: false });
}
