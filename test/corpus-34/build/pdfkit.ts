// PDF helpers for corpus-34 (writer AD): word-processor style flat pages, AcroForms with odd field names,
// and image-only scans drawn with @napi-rs/canvas. Every date and every bit of noise is fixed or seeded.
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import {
  PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage,
  pushGraphicsState, popGraphicsState, concatTransformationMatrix, drawObject,
} from 'pdf-lib';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
let fontsReady = false;
export function registerFonts(): void {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'DejaVu Sans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'DejaVu Sans Bold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Oblique.ttf`, 'DejaVu Sans Oblique');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'DejaVu Serif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Bold.ttf`, 'DejaVu Serif Bold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'DejaVu Sans Condensed Oblique');
  fontsReady = true;
}

export interface Meta { title: string; author?: string; creator: string; producer: string; date: Date }

export async function newDoc(meta: Meta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return doc;
}

export const saveDoc = (doc: PDFDocument): Promise<Uint8Array> => doc.save({ useObjectStreams: false });

export const WORD = { creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365' };
export const WORD2016 = { creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016' };
export const LIBRE = { creator: 'Writer', producer: 'LibreOffice 7.6' };
export const ACROBAT = { creator: 'Adobe Acrobat Pro (64-bit) 24.1.20643', producer: 'Adobe Acrobat Pro (64-bit) 24.1.20643' };
export const SCANNER = { creator: 'RICOH MP C3004ex', producer: 'RICOH MP C3004ex' };

/** A page written top-down like a word processor: y is measured from the top edge, in points. */
export class Flat {
  page: PDFPage;
  y: number;
  constructor(public doc: PDFDocument, public reg: PDFFont, public bold: PDFFont, public size = 10.5, landscape = false) {
    this.page = doc.addPage(landscape ? [841.89, 595.28] : [595.28, 841.89]);
    this.y = 60;
  }
  static async make(doc: PDFDocument, family: 'helvetica' | 'times' = 'helvetica', size = 10.5, landscape = false): Promise<Flat> {
    const reg = await doc.embedFont(family === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
    const bold = await doc.embedFont(family === 'times' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
    return new Flat(doc, reg, bold, size, landscape);
  }
  get h(): number { return this.page.getHeight(); }
  get w(): number { return this.page.getWidth(); }
  newPage(): void { this.page = this.doc.addPage([this.w, this.h]); this.y = 60; }
  /** One run of text at (x, y from top), no cursor movement. */
  at(x: number, y: number, s: string, o: { size?: number; bold?: boolean; grey?: number } = {}): void {
    if (!s) return;
    this.page.drawText(s, { x, y: this.h - y, size: o.size ?? this.size, font: o.bold ? this.bold : this.reg, color: rgb(o.grey ?? 0, o.grey ?? 0, o.grey ?? 0) });
  }
  line(s: string, o: { x?: number; size?: number; bold?: boolean; gap?: number; grey?: number } = {}): void {
    const size = o.size ?? this.size;
    this.y += size + (o.gap ?? 3);
    this.at(o.x ?? 60, this.y, s, { size, bold: o.bold, grey: o.grey });
  }
  space(n = 8): void { this.y += n; }
  wrap(s: string, o: { x?: number; width?: number; size?: number; bold?: boolean } = {}): void {
    const size = o.size ?? this.size;
    const width = o.width ?? this.w - 120;
    const font = o.bold ? this.bold : this.reg;
    let cur = '';
    for (const word of s.split(' ')) {
      const next = cur ? `${cur} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && cur) { this.line(cur, { x: o.x, size, bold: o.bold }); cur = word; } else cur = next;
    }
    if (cur) this.line(cur, { x: o.x, size, bold: o.bold });
  }
  /** Label and value as two separate runs side by side on one baseline. */
  kv(label: string, value: string, o: { lx?: number; vx?: number; size?: number; boldLabel?: boolean; gap?: number } = {}): void {
    const size = o.size ?? this.size;
    this.y += size + (o.gap ?? 6);
    this.at(o.lx ?? 60, this.y, label, { size, bold: o.boldLabel });
    this.at(o.vx ?? 230, this.y, value, { size });
  }
  rule(x1 = 60, x2 = this.w - 60, dy = 6, thick = 0.6): void {
    this.y += dy;
    this.page.drawLine({ start: { x: x1, y: this.h - this.y }, end: { x: x2, y: this.h - this.y }, thickness: thick, color: rgb(0, 0, 0) });
  }
  /** A grid table; cols are the x positions of the column edges (n+1 of them). Cell text may hold \n. */
  table(rows: string[][], cols: number[], o: { head?: boolean; size?: number; pad?: number } = {}): void {
    const size = o.size ?? this.size - 0.5;
    const pad = o.pad ?? 4;
    for (const [ri, r] of rows.entries()) {
      const lines = Math.max(...r.map((c) => c.split('\n').length));
      const rh = lines * (size + 2.5) + pad * 2;
      const top = this.y;
      if (o.head && ri === 0) this.page.drawRectangle({ x: cols[0]!, y: this.h - top - rh, width: cols[cols.length - 1]! - cols[0]!, height: rh, color: rgb(0.87, 0.89, 0.93) });
      r.forEach((c, ci) => c.split('\n').forEach((l, li) => this.at(cols[ci]! + pad, top + pad + size + li * (size + 2.5) - 1, l, { size, bold: o.head && ri === 0 })));
      for (const x of cols) this.page.drawLine({ start: { x, y: this.h - top }, end: { x, y: this.h - top - rh }, thickness: 0.5 });
      this.page.drawLine({ start: { x: cols[0]!, y: this.h - top }, end: { x: cols[cols.length - 1]!, y: this.h - top }, thickness: 0.5 });
      this.page.drawLine({ start: { x: cols[0]!, y: this.h - top - rh }, end: { x: cols[cols.length - 1]!, y: this.h - top - rh }, thickness: 0.5 });
      this.y += rh;
    }
  }
  box(x: number, y: number, w: number, h: number, thick = 0.6): void {
    this.page.drawRectangle({ x, y: this.h - y - h, width: w, height: h, borderWidth: thick, borderColor: rgb(0, 0, 0) });
  }
  tick(x: number, y: number): void {
    this.page.drawSvgPath('M 0 5 L 3.5 9 L 10 -1', { x, y: this.h - y, borderWidth: 1.3, borderColor: rgb(0, 0, 0) });
  }
  /** A pen signature as a vector path (a drawn signature pasted into the document). */
  signature(x: number, y: number, seed: number, w = 110, h = 26): void {
    this.page.drawSvgPath(scribblePath(seed, w, h), { x, y: this.h - y, borderWidth: 1.1, borderColor: rgb(0.05, 0.1, 0.35) });
  }
}

/** A signature-like scribble as an SVG path (y down), w × h points. */
export function scribblePath(seed: number, w: number, h: number): string {
  const r = rng(seed);
  let x = 0;
  let d = `M 0 ${(h * 0.6).toFixed(1)}`;
  const loops = 5 + Math.floor(r() * 4);
  for (let i = 0; i < loops; i++) {
    const nx = x + w / loops;
    const up = h * (0.05 + r() * 0.3);
    const dn = h * (0.6 + r() * 0.4);
    d += ` C ${(x + w / loops * 0.2).toFixed(1)} ${up.toFixed(1)} ${(x + w / loops * 0.9 + r() * 6).toFixed(1)} ${(up - 4).toFixed(1)} ${(x + w / loops * 0.5).toFixed(1)} ${(h * 0.5).toFixed(1)}`;
    d += ` S ${(nx - 2).toFixed(1)} ${dn.toFixed(1)} ${nx.toFixed(1)} ${(h * (0.45 + r() * 0.2)).toFixed(1)}`;
    x = nx;
  }
  d += ` M ${(w * 0.1).toFixed(1)} ${(h * 0.85).toFixed(1)} L ${(w * 0.95).toFixed(1)} ${(h * (0.7 + r() * 0.1)).toFixed(1)}`;
  return d;
}

// ---------- scans ----------

/** Paints a form on a canvas in points (y from the top), at the scan's resolution. */
export class Painter {
  ctx: SKRSContext2D;
  r: () => number;
  constructor(public canvas: Canvas, public scale: number, seed: number, public skewDeg = 0) {
    registerFonts();
    this.ctx = canvas.getContext('2d');
    this.r = rng(seed);
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, canvas.width, canvas.height);
    const cx = canvas.width / 2;
    const cy = canvas.height / 2;
    this.ctx.translate(cx, cy);
    this.ctx.rotate((skewDeg * Math.PI) / 180);
    this.ctx.translate(-cx, -cy);
    this.ctx.scale(scale, scale);
  }
  printed(x: number, y: number, s: string, size = 10, o: { bold?: boolean; serif?: boolean; grey?: string } = {}): void {
    const fam = o.serif ? (o.bold ? 'DejaVu Serif Bold' : 'DejaVu Serif') : o.bold ? 'DejaVu Sans Bold' : 'DejaVu Sans';
    this.ctx.font = `${size}px "${fam}"`;
    this.ctx.fillStyle = o.grey ?? '#111111';
    this.ctx.fillText(s, x, y);
  }
  /** Handwriting-like lettering: each glyph jittered in size, angle and baseline. */
  hand(x: number, y: number, s: string, size = 12, ink = '#1b2a6b'): number {
    let cx = x;
    for (const ch of s) {
      const sz = size * (0.92 + this.r() * 0.16);
      this.ctx.save();
      this.ctx.font = `${sz.toFixed(2)}px "DejaVu Sans Condensed Oblique"`;
      this.ctx.fillStyle = ink;
      this.ctx.translate(cx, y + (this.r() - 0.5) * size * 0.12);
      this.ctx.rotate(((this.r() - 0.5) * 7 * Math.PI) / 180);
      this.ctx.fillText(ch, 0, 0);
      const adv = this.ctx.measureText(ch).width;
      this.ctx.restore();
      cx += adv * (1 + (this.r() - 0.5) * 0.1) + size * 0.02;
    }
    return cx;
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#222222'): void {
    this.ctx.beginPath();
    this.ctx.moveTo(x1, y1);
    this.ctx.lineTo(x2, y2);
    this.ctx.lineWidth = w;
    this.ctx.strokeStyle = color;
    this.ctx.stroke();
  }
  box(x: number, y: number, w: number, h: number, lw = 0.6): void {
    this.ctx.lineWidth = lw;
    this.ctx.strokeStyle = '#222222';
    this.ctx.strokeRect(x, y, w, h);
  }
  fillBox(x: number, y: number, w: number, h: number, color: string): void {
    this.ctx.fillStyle = color;
    this.ctx.fillRect(x, y, w, h);
  }
  tick(x: number, y: number, ink = '#1b2a6b'): void {
    this.ctx.beginPath();
    this.ctx.moveTo(x, y + 5);
    this.ctx.quadraticCurveTo(x + 2, y + 7, x + 3.5, y + 10);
    this.ctx.quadraticCurveTo(x + 7, y + 2, x + 12, y - 3);
    this.ctx.lineWidth = 1.4;
    this.ctx.strokeStyle = ink;
    this.ctx.stroke();
  }
  scribble(x: number, y: number, w: number, h: number, seed: number, ink = '#1b2a6b'): void {
    const p = new Path2DLike(scribblePath(seed, w, h));
    this.ctx.save();
    this.ctx.translate(x, y);
    this.ctx.lineWidth = 1.2;
    this.ctx.strokeStyle = ink;
    this.ctx.beginPath();
    p.replay(this.ctx);
    this.ctx.stroke();
    this.ctx.restore();
  }
  /** Speckle and dust, in points, in page coordinates. */
  speckle(n: number, w: number, h: number): void {
    for (let i = 0; i < n; i++) {
      this.ctx.fillStyle = `rgba(0,0,0,${(0.3 + this.r() * 0.6).toFixed(2)})`;
      const s = 0.2 + this.r() * 0.9;
      this.ctx.fillRect(this.r() * w, this.r() * h, s, s);
    }
  }
}

/** Replays the M/C/S/L commands of scribblePath on a canvas context. */
class Path2DLike {
  constructor(private d: string) {}
  replay(ctx: SKRSContext2D): void {
    const t = this.d.split(' ');
    let i = 0;
    let lastC2: [number, number] = [0, 0];
    let cur: [number, number] = [0, 0];
    while (i < t.length) {
      const c = t[i++];
      const n = () => Number(t[i++]);
      if (c === 'M') { cur = [n(), n()]; ctx.moveTo(cur[0], cur[1]); lastC2 = cur; }
      else if (c === 'L') { cur = [n(), n()]; ctx.lineTo(cur[0], cur[1]); lastC2 = cur; }
      else if (c === 'C') { const a = [n(), n(), n(), n(), n(), n()] as const; ctx.bezierCurveTo(a[0], a[1], a[2], a[3], a[4], a[5]); lastC2 = [a[2], a[3]]; cur = [a[4], a[5]]; }
      else if (c === 'S') { const a = [n(), n(), n(), n()] as const; const r1: [number, number] = [2 * cur[0] - lastC2[0], 2 * cur[1] - lastC2[1]]; ctx.bezierCurveTo(r1[0], r1[1], a[0], a[1], a[2], a[3]); lastC2 = [a[0], a[1]]; cur = [a[2], a[3]]; }
    }
  }
}

export const A4 = { w: 595.28, h: 841.89 };

/** A4 canvas at (dpiX, dpiX): the painter works in points. */
export function a4Canvas(dpi: number, seed: number, skewDeg = 0): Painter {
  const scale = dpi / 72;
  const c = createCanvas(Math.round(A4.w * scale), Math.round(A4.h * scale));
  return new Painter(c, scale, seed, skewDeg);
}

/** Grey levels of a canvas (0 black … 255 white). */
function greys(c: Canvas): Uint8Array {
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const g = new Uint8Array(c.width * c.height);
  for (let i = 0; i < g.length; i++) g[i] = Math.round(0.299 * d[i * 4]! + 0.587 * d[i * 4 + 1]! + 0.114 * d[i * 4 + 2]!);
  return g;
}

/**
 * A fax-like page: the 200 dpi canvas is sampled to 200 × 100 dpi (every other row), thresholded to black and
 * white with noise, dropouts and streaks, and embedded as a 1-bit image stretched back over the A4 page.
 */
export function addFaxPage(doc: PDFDocument, c: Canvas, seed: number): void {
  const r = rng(seed);
  const g = greys(c);
  const W = c.width;
  const H = Math.floor(c.height / 2);
  const rowBytes = Math.ceil(W / 8);
  const bits = new Uint8Array(rowBytes * H);
  const streakRows = new Set<number>([Math.floor(H * 0.31), Math.floor(H * 0.72), Math.floor(H * 0.73)]);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const v = (g[y * 2 * W + x]! + g[Math.min(y * 2 + 1, c.height - 1) * W + x]!) / 2;
      let black = v + (r() - 0.5) * 90 < 150;
      if (!black && r() < 0.0012) black = true; // speckle
      if (black && r() < 0.04) black = false; // dropout
      if (streakRows.has(y) && x > W * 0.05 && x < W * 0.93 && r() < 0.7) black = true;
      // PDF DeviceGray 1-bit: 0 = black
      if (!black) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
    // padding bits white
    for (let x = W; x < rowBytes * 8; x++) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  const stream = doc.context.flateStream(bits, { Type: 'XObject', Subtype: 'Image', Width: W, Height: H, ColorSpace: 'DeviceGray', BitsPerComponent: 1 });
  const ref = doc.context.register(stream);
  const page = doc.addPage([A4.w, A4.h]);
  const name = page.node.newXObject('Im', ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(A4.w, 0, 0, A4.h, 0, 0), drawObject(name), popGraphicsState());
}

/** A JPEG page (greyscale scan), optionally turned 90° (fed sideways), on a page of the image's shape. */
export async function addJpegPage(doc: PDFDocument, c: Canvas, o: { quality: number; rotate90?: boolean; dpi: number; seed: number; tint?: number; noise?: number }): Promise<void> {
  const r = rng(o.seed);
  // greyscale with a paper tint and noise
  const g = greys(c);
  const out = createCanvas(o.rotate90 ? c.height : c.width, o.rotate90 ? c.width : c.height);
  const src = createCanvas(c.width, c.height);
  const sctx = src.getContext('2d');
  const img = sctx.createImageData(c.width, c.height);
  const tint = o.tint ?? 0;
  const noise = o.noise ?? 0;
  for (let i = 0; i < g.length; i++) {
    let v = g[i]! - tint + (r() - 0.5) * noise;
    v = Math.max(0, Math.min(255, v));
    img.data[i * 4] = v; img.data[i * 4 + 1] = v; img.data[i * 4 + 2] = v; img.data[i * 4 + 3] = 255;
  }
  sctx.putImageData(img, 0, 0);
  const octx = out.getContext('2d');
  if (o.rotate90) {
    octx.translate(out.width, 0);
    octx.rotate(Math.PI / 2);
  }
  octx.drawImage(src, 0, 0);
  const jpg = out.encodeSync('jpeg', o.quality);
  const image = await doc.embedJpg(jpg);
  const pw = (out.width * 72) / o.dpi;
  const ph = (out.height * 72) / o.dpi;
  const page = doc.addPage([pw, ph]);
  page.drawImage(image, { x: 0, y: 0, width: pw, height: ph });
}
