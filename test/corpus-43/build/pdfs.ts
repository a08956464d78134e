// The attached forms for corpus 43: one layout model, drawn either with pdf-lib (flat text or fillable AcroForm)
// or onto a canvas that is then "scanned" (skew, noise, stamp) and embedded as an image-only page.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, degrees, type PDFFont, type PDFPage } from 'pdf-lib';

const FIXED_DATE = new Date(Date.UTC(2026, 10, 2, 9, 0, 0));
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'DVSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'DVSansBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'DVSerif');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansMono.ttf`, 'DVMono');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'DVHand');

/** mulberry32: a seeded generator so the scans are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Op =
  | { t: 'text'; x: number; y: number; size: number; bold?: boolean; text: string; filled?: boolean }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { t: 'field'; name: string; x: number; y: number; w: number; h: number; value: string; multiline?: boolean }
  | { t: 'check'; name: string; x: number; y: number; checked: boolean }
  | { t: 'scribble'; x: number; y: number; w: number; h: number; seed: number };

/** Top-left coordinates in points on an A4 page (595 × 842). */
export class Layout {
  ops: Op[] = [];
  y = 50;
  readonly left = 50;
  readonly width = 495;

  text(s: string, size = 9.5, bold = false, x = this.left): this {
    this.ops.push({ t: 'text', x, y: this.y + size, size, bold, text: s });
    this.y += size * 1.45;
    return this;
  }

  /** wraps by an estimate of Helvetica's average width */
  para(s: string, size = 9, bold = false, indent = 0): this {
    const max = Math.floor((this.width - indent) / (size * 0.5));
    const words = s.split(' ');
    let line = '';
    for (const w of words) {
      if ((line + ' ' + w).trim().length > max) {
        this.text(line.trim(), size, bold, this.left + indent);
        line = '';
      }
      line += ' ' + w;
    }
    if (line.trim()) this.text(line.trim(), size, bold, this.left + indent);
    return this;
  }

  gap(h = 8): this {
    this.y += h;
    return this;
  }

  banner(s: string, size = 10.5): this {
    this.ops.push({ t: 'rect', x: this.left, y: this.y, w: this.width, h: size + 8, fill: 0.82 });
    this.ops.push({ t: 'text', x: this.left + 5, y: this.y + size + 2, size, bold: true, text: s });
    this.y += size + 14;
    return this;
  }

  /** a label cell and a value box; the value is either a form field or printed text */
  row(label: string, value: string, field: string | null, opts: { labelW?: number; h?: number; multiline?: boolean } = {}): this {
    const lw = opts.labelW ?? 170;
    const h = opts.h ?? 20;
    this.ops.push({ t: 'rect', x: this.left, y: this.y, w: lw, h });
    this.ops.push({ t: 'text', x: this.left + 4, y: this.y + 13, size: 8.5, bold: true, text: label });
    this.ops.push({ t: 'rect', x: this.left + lw, y: this.y, w: this.width - lw, h });
    if (field !== null) {
      this.ops.push({ t: 'field', name: field, x: this.left + lw + 1, y: this.y + 1, w: this.width - lw - 2, h: h - 2, value, multiline: opts.multiline });
    } else if (value) {
      const lines = value.split('\n');
      lines.forEach((l, i) => this.ops.push({ t: 'text', x: this.left + lw + 5, y: this.y + 13 + i * 11, size: 9.5, text: l, filled: true }));
    }
    this.y += h;
    return this;
  }

  checks(items: { label: string; checked: boolean; field: string | null }[], perLine = 2): this {
    const colW = this.width / perLine;
    items.forEach((it, i) => {
      const col = i % perLine;
      if (col === 0 && i > 0) this.y += 17;
      const x = this.left + col * colW;
      if (it.field !== null) this.ops.push({ t: 'check', name: it.field, x, y: this.y, checked: it.checked });
      else {
        this.ops.push({ t: 'rect', x, y: this.y, w: 10, h: 10 });
        if (it.checked) this.ops.push({ t: 'text', x: x + 1.5, y: this.y + 9, size: 10, bold: true, text: 'X', filled: true });
      }
      this.ops.push({ t: 'text', x: x + 15, y: this.y + 9, size: 8.5, text: it.label });
    });
    this.y += 22;
    return this;
  }

  /** a signature box: a drawn signature (seeded scribble), a typed one (field or text), or empty */
  signature(label: string, sig: { kind: 'scribble'; seed: number } | { kind: 'typed'; text: string; field: string | null } | { kind: 'empty'; field: string | null }): this {
    const h = 38;
    this.ops.push({ t: 'rect', x: this.left, y: this.y, w: 170, h });
    this.ops.push({ t: 'text', x: this.left + 4, y: this.y + 13, size: 8.5, bold: true, text: label });
    this.ops.push({ t: 'rect', x: this.left + 170, y: this.y, w: this.width - 170, h });
    if (sig.kind === 'scribble') this.ops.push({ t: 'scribble', x: this.left + 185, y: this.y + 4, w: 150, h: h - 8, seed: sig.seed });
    else if (sig.field !== null) this.ops.push({ t: 'field', name: sig.field, x: this.left + 171, y: this.y + 1, w: this.width - 172, h: h - 2, value: sig.kind === 'typed' ? sig.text : '' });
    else if (sig.kind === 'typed') this.ops.push({ t: 'text', x: this.left + 180, y: this.y + 24, size: 13, text: sig.text, filled: true });
    this.y += h;
    return this;
  }
}

function scribblePath(x: number, y: number, w: number, h: number, seed: number): [number, number][] {
  const r = rng(seed);
  const pts: [number, number][] = [];
  const n = 22;
  for (let i = 0; i <= n; i++) {
    const px = x + (w * i) / n + (r() - 0.5) * 8;
    const py = y + h / 2 + Math.sin(i * 1.7 + r()) * (h * 0.38) * (0.6 + r() * 0.5);
    pts.push([px, py]);
  }
  pts.push([x + w * 0.15, y + h * 0.75], [x + w * 0.95, y + h * 0.6]);
  return pts;
}

// ---------------------------------------------------------------------------------------------------------------
// pdf-lib backend

export interface PdfMeta {
  title: string;
  author?: string;
  creator?: string;
  producer?: string;
}

async function drawOps(doc: PDFDocument, page: PDFPage, ops: Op[], fonts: { reg: PDFFont; bold: PDFFont; fill: PDFFont }): Promise<void> {
  const H = page.getHeight();
  const form = doc.getForm();
  for (const op of ops) {
    switch (op.t) {
      case 'text':
        page.drawText(op.text, { x: op.x, y: H - op.y, size: op.size, font: op.bold ? fonts.bold : op.filled ? fonts.fill : fonts.reg, color: op.filled ? rgb(0.05, 0.05, 0.25) : rgb(0, 0, 0) });
        break;
      case 'rect':
        page.drawRectangle({ x: op.x, y: H - op.y - op.h, width: op.w, height: op.h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6, color: op.fill !== undefined ? rgb(op.fill, op.fill, op.fill) : undefined });
        break;
      case 'line':
        page.drawLine({ start: { x: op.x1, y: H - op.y1 }, end: { x: op.x2, y: H - op.y2 }, thickness: 0.6 });
        break;
      case 'field': {
        const f = form.createTextField(op.name);
        if (op.multiline) f.enableMultiline();
        if (op.value) f.setText(op.value);
        f.addToPage(page, { x: op.x, y: H - op.y - op.h, width: op.w, height: op.h, font: fonts.reg, borderWidth: 0, backgroundColor: rgb(0.9, 0.93, 1) });
        f.setFontSize(op.multiline ? 8.5 : 9.5);
        break;
      }
      case 'check': {
        const c = form.createCheckBox(op.name);
        c.addToPage(page, { x: op.x, y: H - op.y - 10, width: 10, height: 10, borderWidth: 0.8, borderColor: rgb(0.2, 0.2, 0.2) });
        if (op.checked) c.check();
        break;
      }
      case 'scribble': {
        const pts = scribblePath(op.x, op.y, op.w, op.h, op.seed);
        const d = pts.map(([px, py], i) => `${i === 0 ? 'M' : 'L'} ${px.toFixed(1)} ${(py - op.y).toFixed(1)}`).join(' ');
        page.drawSvgPath(d, { x: 0, y: H - op.y, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
        break;
      }
    }
  }
}

export async function renderPdf(pages: Layout[], meta: PdfMeta, opts: { filledFont?: 'courier' | 'helvetica' | 'times'; serif?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator ?? 'Microsoft® Word for Microsoft 365');
  doc.setProducer(meta.producer ?? 'Microsoft® Word for Microsoft 365');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const reg = await doc.embedFont(opts.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(opts.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const fill = await doc.embedFont(opts.filledFont === 'courier' ? StandardFonts.Courier : opts.filledFont === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  for (const l of pages) {
    const page = doc.addPage([595.28, 841.89]);
    await drawOps(doc, page, l.ops, { reg, bold, fill });
  }
  if (pages.some((l) => l.ops.some((o) => o.t === 'field' || o.t === 'check'))) doc.getForm().updateFieldAppearances(reg);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// canvas backend: a printed (or hand-filled) page, then scanned

export interface ScanStyle {
  seed: number;
  skewDeg: number;
  noise: number; // 0..1 speckle density
  contrast: number; // 1 = clean black, lower = greyer print
  handFilled: boolean; // values written by hand in block capitals
  stamp?: { lines: string[]; x: number; y: number; rot: number };
  shadowEdge?: boolean;
}

const DPI_SCALE = 150 / 72;

function drawCanvasPage(ctx: SKRSContext2D, ops: Op[], style: ScanStyle): void {
  const r = rng(style.seed + 7);
  const ink = Math.round(255 * (1 - style.contrast));
  const print = `rgb(${ink},${ink},${ink})`;
  for (const op of ops) {
    switch (op.t) {
      case 'text': {
        const hand = op.filled && style.handFilled;
        if (hand) {
          // block capitals by hand: each letter placed a little off the line
          let x = op.x * DPI_SCALE;
          const base = op.y * DPI_SCALE;
          const sz = op.size * DPI_SCALE * 1.15;
          ctx.fillStyle = 'rgb(20,30,110)';
          for (const ch of op.text.toUpperCase()) {
            ctx.font = `${(sz * (0.95 + r() * 0.1)).toFixed(1)}px DVHand`;
            ctx.fillText(ch, x, base + (r() - 0.5) * 3);
            x += ctx.measureText(ch).width + 1.2 + r() * 1.5;
          }
        } else {
          ctx.fillStyle = op.filled ? 'rgb(15,15,40)' : print;
          ctx.font = `${(op.size * DPI_SCALE).toFixed(1)}px ${op.bold ? 'DVSansBold' : op.filled ? 'DVMono' : 'DVSans'}`;
          ctx.fillText(op.text, op.x * DPI_SCALE, op.y * DPI_SCALE);
        }
        break;
      }
      case 'rect':
        if (op.fill !== undefined) {
          const g = Math.round(op.fill * 255);
          ctx.fillStyle = `rgb(${g},${g},${g})`;
          ctx.fillRect(op.x * DPI_SCALE, op.y * DPI_SCALE, op.w * DPI_SCALE, op.h * DPI_SCALE);
        }
        ctx.strokeStyle = print;
        ctx.lineWidth = 1.3;
        ctx.strokeRect(op.x * DPI_SCALE, op.y * DPI_SCALE, op.w * DPI_SCALE, op.h * DPI_SCALE);
        break;
      case 'line':
        ctx.strokeStyle = print;
        ctx.beginPath();
        ctx.moveTo(op.x1 * DPI_SCALE, op.y1 * DPI_SCALE);
        ctx.lineTo(op.x2 * DPI_SCALE, op.y2 * DPI_SCALE);
        ctx.stroke();
        break;
      case 'field':
        if (op.value) {
          const tx: Op = { t: 'text', x: op.x + 4, y: op.y + 12, size: 9.5, text: op.value, filled: true };
          drawCanvasPage(ctx, [tx], style);
        }
        break;
      case 'check':
        ctx.strokeStyle = print;
        ctx.lineWidth = 1.3;
        ctx.strokeRect(op.x * DPI_SCALE, op.y * DPI_SCALE, 10 * DPI_SCALE, 10 * DPI_SCALE);
        if (op.checked) {
          ctx.strokeStyle = 'rgb(20,30,110)';
          ctx.lineWidth = 3;
          ctx.beginPath();
          ctx.moveTo((op.x + 1) * DPI_SCALE, (op.y + 5) * DPI_SCALE);
          ctx.lineTo((op.x + 4) * DPI_SCALE, (op.y + 10) * DPI_SCALE);
          ctx.lineTo((op.x + 13) * DPI_SCALE, (op.y - 3) * DPI_SCALE);
          ctx.stroke();
        }
        break;
      case 'scribble': {
        const pts = scribblePath(op.x, op.y, op.w, op.h, op.seed);
        ctx.strokeStyle = 'rgb(15,25,100)';
        ctx.lineWidth = 2.6;
        ctx.beginPath();
        pts.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px * DPI_SCALE, py * DPI_SCALE) : ctx.lineTo(px * DPI_SCALE, py * DPI_SCALE)));
        ctx.stroke();
        break;
      }
    }
  }
}

/** One page of paper, printed/filled, then fed through an office scanner: returns JPEG bytes. */
export function scanPage(layout: Layout, style: ScanStyle): Buffer {
  const W = 1240;
  const H = 1754;
  const paper = createCanvas(W, H);
  const p = paper.getContext('2d');
  p.fillStyle = '#ffffff';
  p.fillRect(0, 0, W, H);
  drawCanvasPage(p, layout.ops, style);
  if (style.stamp) {
    const s = style.stamp;
    p.save();
    p.translate(s.x * DPI_SCALE, s.y * DPI_SCALE);
    p.rotate((s.rot * Math.PI) / 180);
    p.strokeStyle = 'rgba(170,20,30,0.75)';
    p.fillStyle = 'rgba(170,20,30,0.75)';
    p.lineWidth = 4;
    let w = 0;
    s.lines.forEach((l, i) => {
      p.font = `${i === 0 ? 26 : 22}px DVSansBold`;
      w = Math.max(w, p.measureText(l).width + 28);
    });
    const h = 30 + s.lines.length * 30;
    p.strokeRect(0, 0, w, h);
    s.lines.forEach((l, i) => {
      p.font = `${i === 0 ? 26 : 22}px DVSansBold`;
      p.fillText(l, 14, 38 + i * 30);
    });
    p.restore();
  }

  const out = createCanvas(W, H);
  const o = out.getContext('2d');
  o.fillStyle = 'rgb(246,246,243)';
  o.fillRect(0, 0, W, H);
  o.save();
  o.translate(W / 2, H / 2);
  o.rotate((style.skewDeg * Math.PI) / 180);
  o.drawImage(paper, -W / 2 + 6, -H / 2 + 4);
  o.restore();
  // speckle and a soft grey cast, seeded
  const r = rng(style.seed);
  const img = o.getImageData(0, 0, W, H);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * 22;
    for (let c = 0; c < 3; c++) d[i + c] = Math.max(0, Math.min(255, d[i + c]! * 0.96 + 6 + n));
  }
  const specks = Math.floor(style.noise * 4000);
  for (let k = 0; k < specks; k++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * H);
    const idx = (y * W + x) * 4;
    const v = r() < 0.7 ? 40 : 200;
    d[idx] = v;
    d[idx + 1] = v;
    d[idx + 2] = v;
  }
  if (style.shadowEdge) {
    for (let y = 0; y < H; y++) for (let x = 0; x < 34; x++) {
      const idx = (y * W + x) * 4;
      const f = 0.45 + (x / 34) * 0.55;
      d[idx] = d[idx]! * f;
      d[idx + 1] = d[idx + 1]! * f;
      d[idx + 2] = d[idx + 2]! * f;
    }
  }
  o.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', 72);
}

export async function scansToPdf(jpegs: Buffer[], producer: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  for (const j of jpegs) {
    const img = await doc.embedJpg(j);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89, rotate: degrees(0) });
  }
  return doc.save({ useObjectStreams: false });
}
