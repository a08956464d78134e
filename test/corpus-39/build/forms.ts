// Form layouts for corpus 39 (writer AI): one list of drawing operations per page (points, origin top-left,
// A4), rendered either into a PDF page with pdf-lib (flat text) or onto a canvas (scanned and photographed pages).

import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { rng } from './lib.js';

export const A4 = { w: 595.28, h: 841.89 };

export type FontName = 'sans' | 'sansBold' | 'serif' | 'serifBold' | 'mono' | 'hand' | 'handCaps';
export type RGB = [number, number, number];

export type Op =
  | { t: 'text'; x: number; y: number; s: string; size: number; font?: FontName; color?: RGB; struck?: boolean }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w?: number; color?: RGB }
  | { t: 'rect'; x: number; y: number; w: number; h: number; lw?: number; fill?: RGB; stroke?: boolean }
  | { t: 'tick'; x: number; y: number; size: number; color?: RGB }
  | { t: 'sig'; x: number; y: number; w: number; h: number; seed: number; color?: RGB };

export const INK: RGB = [0.08, 0.12, 0.45];
export const BLACK: RGB = [0, 0, 0];
export const GREY: RGB = [0.45, 0.45, 0.45];
export const NHS_BLUE: RGB = [0, 0.37, 0.72];
export const SHADE: RGB = [0.9, 0.93, 0.97];

// ---------------------------------------------------------------- layout helpers

export class Page {
  ops: Op[] = [];
  text(x: number, y: number, s: string, size = 10, font: FontName = 'sans', color: RGB = BLACK): this {
    this.ops.push({ t: 'text', x, y, s, size, font, color });
    return this;
  }
  struck(x: number, y: number, s: string, size = 10, font: FontName = 'sans', color: RGB = BLACK): this {
    this.ops.push({ t: 'text', x, y, s, size, font, color, struck: true });
    return this;
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.8, color: RGB = BLACK): this {
    this.ops.push({ t: 'line', x1, y1, x2, y2, w, color });
    return this;
  }
  box(x: number, y: number, w: number, h: number, lw = 0.8, fill?: RGB): this {
    this.ops.push({ t: 'rect', x, y, w, h, lw, fill, stroke: true });
    return this;
  }
  band(x: number, y: number, w: number, h: number, fill: RGB): this {
    this.ops.push({ t: 'rect', x, y, w, h, fill, stroke: false });
    return this;
  }
  tick(x: number, y: number, size = 12, color: RGB = INK): this {
    this.ops.push({ t: 'tick', x, y, size, color });
    return this;
  }
  sig(x: number, y: number, w: number, h: number, seed: number, color: RGB = INK): this {
    this.ops.push({ t: 'sig', x, y, w, h, seed, color });
    return this;
  }
  /** Wraps a paragraph at a width (approximate for Helvetica-like fonts), returns the next baseline. */
  para(x: number, y: number, width: number, s: string, size = 9.5, font: FontName = 'sans', lead = 1.35): number {
    const avg = size * (font.startsWith('serif') ? 0.47 : 0.52);
    const max = Math.floor(width / avg);
    let line = '';
    let yy = y;
    for (const w of s.split(' ')) {
      if ((line + ' ' + w).trim().length > max) {
        this.text(x, yy, line.trim(), size, font);
        yy += size * lead;
        line = w;
      } else line += ' ' + w;
    }
    if (line.trim()) {
      this.text(x, yy, line.trim(), size, font);
      yy += size * lead;
    }
    return yy;
  }
}

/** The points of a signature scribble inside a box, as cubic curves: [x0,y0, (c1x,c1y,c2x,c2y,x,y)*]. */
function sigCurves(w: number, h: number, seed: number): number[][] {
  const r = rng(seed);
  const curves: number[][] = [];
  let x = w * 0.05;
  let y = h * (0.45 + r() * 0.2);
  const strokes = 5 + Math.floor(r() * 3);
  const first: number[] = [x, y];
  curves.push(first);
  for (let i = 0; i < strokes; i++) {
    const nx = Math.min(w * 0.95, x + (w * 0.9) / strokes + (r() - 0.3) * 8);
    const ny = h * (0.2 + r() * 0.65);
    const c1 = [x + (nx - x) * 0.3 + (r() - 0.5) * 14, y - h * (0.3 + r() * 0.5)];
    const c2 = [x + (nx - x) * 0.7 + (r() - 0.5) * 14, ny + h * (0.3 + r() * 0.4)];
    curves.push([c1[0]!, c1[1]!, c2[0]!, c2[1]!, nx, ny]);
    x = nx;
    y = ny;
  }
  // the flourish underneath
  curves.push([x + 6, y + h * 0.3, w * 0.4, h * 1.05, w * 0.1, h * 0.85]);
  return curves;
}

export function sigSvgPath(w: number, h: number, seed: number): string {
  const c = sigCurves(w, h, seed);
  const f = (n: number) => n.toFixed(2);
  return [`M ${f(c[0]![0]!)} ${f(c[0]![1]!)}`, ...c.slice(1).map((p) => `C ${p.map(f).join(' ')}`)].join(' ');
}

// ---------------------------------------------------------------- pdf-lib renderer

export interface PdfFonts {
  sans: PDFFont;
  sansBold: PDFFont;
  serif: PDFFont;
  serifBold: PDFFont;
  mono: PDFFont;
  hand: PDFFont;
  handCaps: PDFFont;
}

export async function pdfFonts(doc: PDFDocument, serifBody = false): Promise<PdfFonts> {
  const sans = await doc.embedFont(serifBody ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const sansBold = await doc.embedFont(serifBody ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  return {
    sans,
    sansBold,
    serif: await doc.embedFont(StandardFonts.TimesRoman),
    serifBold: await doc.embedFont(StandardFonts.TimesRomanBold),
    mono: await doc.embedFont(StandardFonts.Courier),
    hand: await doc.embedFont(StandardFonts.TimesRomanItalic),
    handCaps: await doc.embedFont(StandardFonts.CourierOblique),
  };
}

export function renderToPdf(page: PDFPage, ops: Op[], fonts: PdfFonts): void {
  const H = page.getHeight();
  for (const op of ops) {
    if (op.t === 'text') {
      const font = fonts[op.font ?? 'sans'];
      const c = op.color ?? BLACK;
      page.drawText(op.s, { x: op.x, y: H - op.y, size: op.size, font, color: rgb(c[0], c[1], c[2]) });
      if (op.struck) {
        const w = font.widthOfTextAtSize(op.s, op.size);
        page.drawLine({ start: { x: op.x - 2, y: H - op.y + op.size * 0.32 }, end: { x: op.x + w + 2, y: H - op.y + op.size * 0.3 }, thickness: 1.1, color: rgb(c[0], c[1], c[2]) });
      }
    } else if (op.t === 'line') {
      const c = op.color ?? BLACK;
      page.drawLine({ start: { x: op.x1, y: H - op.y1 }, end: { x: op.x2, y: H - op.y2 }, thickness: op.w ?? 0.8, color: rgb(c[0], c[1], c[2]) });
    } else if (op.t === 'rect') {
      page.drawRectangle({
        x: op.x, y: H - op.y - op.h, width: op.w, height: op.h,
        color: op.fill ? rgb(op.fill[0], op.fill[1], op.fill[2]) : undefined,
        borderColor: op.stroke === false ? undefined : rgb(0, 0, 0),
        borderWidth: op.stroke === false ? 0 : (op.lw ?? 0.8),
      });
    } else if (op.t === 'tick') {
      const c = op.color ?? INK;
      const s = op.size;
      page.drawSvgPath(`M 0 ${s * 0.55} L ${s * 0.35} ${s * 0.9} L ${s} 0`, { x: op.x, y: H - op.y, borderColor: rgb(c[0], c[1], c[2]), borderWidth: 1.6 });
    } else if (op.t === 'sig') {
      const c = op.color ?? INK;
      page.drawSvgPath(sigSvgPath(op.w, op.h, op.seed), { x: op.x, y: H - op.y, borderColor: rgb(c[0], c[1], c[2]), borderWidth: 1.2 });
    }
  }
}

/** A flat (text) PDF of the given pages. */
export async function flatPdf(pages: Page[], meta: { title: string; author: string; creator: string; producer: string; date: Date }, serifBody = false): Promise<Buffer> {
  const doc = await PDFDocument.create();
  setMeta(doc, meta);
  const fonts = await pdfFonts(doc, serifBody);
  for (const p of pages) {
    const page = doc.addPage([A4.w, A4.h]);
    renderToPdf(page, p.ops, fonts);
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export function setMeta(doc: PDFDocument, meta: { title: string; author: string; creator: string; producer: string; date: Date }): void {
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
}

// ---------------------------------------------------------------- canvas renderer

let fontsRegistered = false;
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
function registerFonts(): void {
  if (fontsRegistered) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'DVSans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'DVSansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'DVSerif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Bold.ttf`, 'DVSerifBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansMono.ttf`, 'DVMono');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Oblique.ttf`, 'DVSansOblique');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'DVCondOblique');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Italic.ttf`, 'DVSerifItalic');
  fontsRegistered = true;
}

const CANVAS_FONT: Record<FontName, string> = {
  sans: 'DVSans', sansBold: 'DVSansBold', serif: 'DVSerif', serifBold: 'DVSerifBold', mono: 'DVMono', hand: 'DVSerifItalic', handCaps: 'DVCondOblique',
};

const css = (c: RGB, a = 1) => `rgba(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)},${a})`;

/** Draws the ops at `scale` pixels per point. Hand fonts are drawn glyph by glyph with a seeded wobble. */
export function renderToCanvas(ctx: SKRSContext2D, ops: Op[], scale: number, seed: number): void {
  registerFonts();
  const r = rng(seed);
  ctx.save();
  ctx.scale(scale, scale);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const op of ops) {
    if (op.t === 'text') {
      const font = op.font ?? 'sans';
      const c = op.color ?? BLACK;
      ctx.fillStyle = css(c);
      ctx.strokeStyle = css(c);
      if (font === 'hand' || font === 'handCaps') {
        // handwriting: each glyph slightly rotated, shifted and resized, with a second pass for pen pressure
        let x = op.x;
        const s = font === 'handCaps' ? op.s.toUpperCase() : op.s;
        for (const ch of s) {
          const size = op.size * (0.94 + r() * 0.14);
          ctx.font = `${size}px ${CANVAS_FONT[font]}`;
          const w = ctx.measureText(ch).width;
          ctx.save();
          ctx.translate(x, op.y + (r() - 0.5) * op.size * 0.12);
          ctx.rotate((r() - 0.5) * 0.12);
          ctx.fillText(ch, 0, 0);
          ctx.fillText(ch, 0.25, 0.15);
          ctx.restore();
          x += w * (font === 'handCaps' ? 1.08 : 1.02) + (r() - 0.3) * 0.5;
        }
        if (op.struck) {
          ctx.lineWidth = 1.2;
          ctx.beginPath();
          ctx.moveTo(op.x - 3, op.y - op.size * 0.3);
          ctx.lineTo(x + 3, op.y - op.size * 0.36);
          ctx.stroke();
        }
      } else {
        ctx.font = `${op.size}px ${CANVAS_FONT[font]}`;
        ctx.fillText(op.s, op.x, op.y);
        if (op.struck) {
          const w = ctx.measureText(op.s).width;
          ctx.lineWidth = 1.1;
          ctx.beginPath();
          ctx.moveTo(op.x - 2, op.y - op.size * 0.32);
          ctx.lineTo(op.x + w + 2, op.y - op.size * 0.3);
          ctx.stroke();
        }
      }
    } else if (op.t === 'line') {
      ctx.strokeStyle = css(op.color ?? BLACK);
      ctx.lineWidth = op.w ?? 0.8;
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.stroke();
    } else if (op.t === 'rect') {
      if (op.fill) {
        ctx.fillStyle = css(op.fill);
        ctx.fillRect(op.x, op.y, op.w, op.h);
      }
      if (op.stroke !== false) {
        ctx.strokeStyle = css(BLACK);
        ctx.lineWidth = op.lw ?? 0.8;
        ctx.strokeRect(op.x, op.y, op.w, op.h);
      }
    } else if (op.t === 'tick') {
      const s = op.size;
      ctx.strokeStyle = css(op.color ?? INK);
      ctx.lineWidth = 1.8;
      ctx.beginPath();
      ctx.moveTo(op.x, op.y - s * 0.55);
      ctx.quadraticCurveTo(op.x + s * 0.2, op.y - s * 0.3, op.x + s * 0.35, op.y - s * 0.05);
      ctx.quadraticCurveTo(op.x + s * 0.55, op.y - s * 0.6, op.x + s * 1.05, op.y - s * 1.1);
      ctx.stroke();
    } else if (op.t === 'sig') {
      const c = sigCurves(op.w, op.h, op.seed);
      ctx.strokeStyle = css(op.color ?? INK);
      ctx.lineWidth = 1.3;
      ctx.beginPath();
      ctx.moveTo(op.x + c[0]![0]!, op.y + c[0]![1]!);
      for (const p of c.slice(1)) ctx.bezierCurveTo(op.x + p[0]!, op.y + p[1]!, op.x + p[2]!, op.y + p[3]!, op.x + p[4]!, op.y + p[5]!);
      ctx.stroke();
    }
  }
  ctx.restore();
}

// ---------------------------------------------------------------- scans

export interface ScanOpts {
  dpi: number;
  skewDeg: number;
  seed: number;
  mode: 'bw' | 'grey' | 'photo';
  specks?: number;
  jpegQuality?: number;
}

/** A page as it comes out of a scanner: white page, skewed, with grain and specks; bw is thresholded like a fax. */
export function scanPage(ops: Op[], o: ScanOpts): { data: Buffer; kind: 'png' | 'jpg'; wPx: number; hPx: number } {
  const scale = o.dpi / 72;
  const wPx = Math.round(A4.w * scale);
  const hPx = Math.round(A4.h * scale);
  const r = rng(o.seed);
  const src = createCanvas(wPx, hPx);
  const sctx = src.getContext('2d');
  sctx.fillStyle = '#ffffff';
  sctx.fillRect(0, 0, wPx, hPx);
  renderToCanvas(sctx, ops, scale, o.seed + 1);

  const out = createCanvas(wPx, hPx);
  const ctx = out.getContext('2d');
  ctx.fillStyle = o.mode === 'bw' ? '#ffffff' : '#f4f3ef';
  ctx.fillRect(0, 0, wPx, hPx);
  ctx.save();
  ctx.translate(wPx / 2, hPx / 2);
  ctx.rotate((o.skewDeg * Math.PI) / 180);
  ctx.translate(-wPx / 2 + (r() - 0.5) * 10, -hPx / 2 + (r() - 0.5) * 8);
  ctx.drawImage(src, 0, 0);
  ctx.restore();

  const img = ctx.getImageData(0, 0, wPx, hPx);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    let g = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
    if (o.mode === 'bw') {
      g = g + (r() - 0.5) * 50 < 168 ? 0 : 255;
    } else {
      g = Math.max(0, Math.min(255, g * 0.96 + 6 + (r() - 0.5) * 14));
    }
    d[i] = d[i + 1] = d[i + 2] = g;
    d[i + 3] = 255;
  }
  // specks and a scanner-glass streak
  const specks = o.specks ?? 0;
  for (let k = 0; k < specks; k++) {
    const x = Math.floor(r() * wPx);
    const y = Math.floor(r() * hPx);
    const s = 1 + Math.floor(r() * 2.5);
    for (let dy = 0; dy < s; dy++) for (let dx = 0; dx < s; dx++) {
      const p = ((y + dy) * wPx + (x + dx)) * 4;
      if (p < d.length) d[p] = d[p + 1] = d[p + 2] = o.mode === 'bw' ? 0 : 40 + r() * 60;
    }
  }
  if (o.mode !== 'photo') {
    const sx = Math.floor(wPx * (0.1 + r() * 0.8));
    for (let y = 0; y < hPx; y++) {
      const p = (y * wPx + sx) * 4;
      if (r() < 0.6) d[p] = d[p + 1] = d[p + 2] = o.mode === 'bw' ? 0 : Math.min(d[p]!, 150);
    }
  }
  ctx.putImageData(img, 0, 0);
  if (o.mode === 'bw') return { data: out.encodeSync('png'), kind: 'png', wPx, hPx };
  return { data: out.encodeSync('jpeg', o.jpegQuality ?? 72), kind: 'jpg', wPx, hPx };
}

/** A phone photo of the page lying on a desk: perspective-ish tilt, warm light, a shadow across one side. */
export function photoPage(ops: Op[], o: { seed: number; wPx: number; hPx: number; tiltDeg: number; jpegQuality?: number }): { data: Buffer; kind: 'jpg'; wPx: number; hPx: number } {
  const r = rng(o.seed);
  const pageScale = (o.hPx * 0.9) / A4.h;
  const pw = Math.round(A4.w * pageScale);
  const ph = Math.round(A4.h * pageScale);
  const pageCanvas = createCanvas(pw, ph);
  const pctx = pageCanvas.getContext('2d');
  pctx.fillStyle = '#fbfaf6';
  pctx.fillRect(0, 0, pw, ph);
  renderToCanvas(pctx, ops, pageScale, o.seed + 7);

  const out = createCanvas(o.wPx, o.hPx);
  const ctx = out.getContext('2d');
  // desk: wood-ish gradient
  const desk = ctx.createLinearGradient(0, 0, o.wPx, o.hPx);
  desk.addColorStop(0, '#6b4f36');
  desk.addColorStop(1, '#4e3826');
  ctx.fillStyle = desk;
  ctx.fillRect(0, 0, o.wPx, o.hPx);
  for (let k = 0; k < 40; k++) {
    ctx.strokeStyle = `rgba(40,25,12,${0.08 + r() * 0.1})`;
    ctx.lineWidth = 1 + r() * 3;
    const y = r() * o.hPx;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.bezierCurveTo(o.wPx * 0.3, y + (r() - 0.5) * 30, o.wPx * 0.7, y + (r() - 0.5) * 30, o.wPx, y + (r() - 0.5) * 20);
    ctx.stroke();
  }
  ctx.save();
  ctx.translate(o.wPx / 2, o.hPx / 2);
  ctx.rotate((o.tiltDeg * Math.PI) / 180);
  // slight keystone: the top edge a little narrower than the bottom
  ctx.transform(1, 0, -0.025, 0.985, 0, 0);
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 18;
  ctx.shadowOffsetX = 6;
  ctx.shadowOffsetY = 8;
  ctx.drawImage(pageCanvas, -pw / 2, -ph / 2);
  ctx.restore();
  // the phone's (and hand's) shadow falling across the top-right of the page
  const sh = ctx.createLinearGradient(o.wPx, 0, o.wPx * 0.45, o.hPx * 0.55);
  sh.addColorStop(0, 'rgba(20,20,30,0.55)');
  sh.addColorStop(0.45, 'rgba(20,20,30,0.32)');
  sh.addColorStop(0.6, 'rgba(20,20,30,0.0)');
  ctx.fillStyle = sh;
  ctx.fillRect(0, 0, o.wPx, o.hPx);
  // warm indoor light and vignette
  const v = ctx.createRadialGradient(o.wPx * 0.4, o.hPx * 0.6, o.hPx * 0.2, o.wPx * 0.5, o.hPx * 0.5, o.hPx * 0.8);
  v.addColorStop(0, 'rgba(255,230,180,0.06)');
  v.addColorStop(1, 'rgba(0,0,0,0.28)');
  ctx.fillStyle = v;
  ctx.fillRect(0, 0, o.wPx, o.hPx);
  // sensor noise
  const img = ctx.getImageData(0, 0, o.wPx, o.hPx);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * 10;
    d[i] = Math.max(0, Math.min(255, d[i]! + n));
    d[i + 1] = Math.max(0, Math.min(255, d[i + 1]! + n));
    d[i + 2] = Math.max(0, Math.min(255, d[i + 2]! + n - 2));
  }
  ctx.putImageData(img, 0, 0);
  return { data: out.encodeSync('jpeg', o.jpegQuality ?? 78), kind: 'jpg', wPx: o.wPx, hPx: o.hPx };
}

/** Wraps page images into an image-only PDF (no text layer), each page sized to A4 or to the image's aspect. */
export async function imagePdf(images: { data: Buffer; kind: 'png' | 'jpg'; wPx: number; hPx: number }[], meta: { title: string; author: string; creator: string; producer: string; date: Date }, pageSize: 'a4' | 'image' = 'a4'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  setMeta(doc, meta);
  for (const im of images) {
    const emb = im.kind === 'png' ? await doc.embedPng(im.data) : await doc.embedJpg(im.data);
    const [w, h] = pageSize === 'a4' ? [A4.w, A4.h] : [im.wPx * 0.48, im.hPx * 0.48];
    const page = doc.addPage([w, h]);
    page.drawImage(emb, { x: 0, y: 0, width: w, height: h });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
