// Page layouts as drawing operations (points, origin top-left, A4), rendered three ways: a flat text PDF, a fillable
// AcroForm, or an image-only scan (canvas → JPEG → PDF, no text layer).
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { mulberry32 } from './rng.js';

export const A4 = { w: 595.28, h: 841.89 };
export type Font = 'sans' | 'sansB' | 'sansI' | 'serif' | 'serifB' | 'serifI' | 'mono';
type RGB = [number, number, number];

export type Op =
  | { t: 'text'; x: number; y: number; s: string; size: number; font?: Font; color?: RGB }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w?: number; color?: RGB }
  | { t: 'rect'; x: number; y: number; w: number; h: number; lw?: number; fill?: RGB; stroke?: RGB | null }
  | { t: 'wrap'; x: number; y: number; w: number; s: string; size: number; font?: Font; lead?: number; color?: RGB }
  | { t: 'value'; key: string; x: number; y: number; w: number; h: number; size?: number; multiline?: boolean }
  | { t: 'check'; key: string; x: number; y: number; size: number }
  | { t: 'sig'; key: string; x: number; y: number; w: number; h: number };

export type Sig = { kind: 'scribble'; seed: number; initials?: string } | { kind: 'text'; s: string } | { kind: 'typed-and-scribble'; s: string; seed: number };

export interface Fill {
  values: Record<string, string>;
  checks: string[];
  sigs: Record<string, Sig | null>;
}

export interface Meta {
  title?: string;
  author?: string;
  creator: string;
  producer: string;
  date: string; // ISO
}

const PDF_FONTS: Record<Font, StandardFonts> = {
  sans: StandardFonts.Helvetica,
  sansB: StandardFonts.HelveticaBold,
  sansI: StandardFonts.HelveticaOblique,
  serif: StandardFonts.TimesRoman,
  serifB: StandardFonts.TimesRomanBold,
  serifI: StandardFonts.TimesRomanItalic,
  mono: StandardFonts.Courier,
};

const FONT_DIR = '/usr/share/fonts/truetype';
let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  const reg = (file: string, alias: string) => GlobalFonts.registerFromPath(`${FONT_DIR}/${file}`, alias);
  reg('liberation/LiberationSans-Regular.ttf', 'LSans');
  reg('liberation/LiberationSans-Bold.ttf', 'LSansBold');
  reg('liberation/LiberationSans-Italic.ttf', 'LSansItalic');
  reg('liberation/LiberationSerif-Regular.ttf', 'LSerif');
  reg('liberation/LiberationSerif-Bold.ttf', 'LSerifBold');
  reg('liberation/LiberationSerif-Italic.ttf', 'LSerifItalic');
  reg('liberation/LiberationMono-Regular.ttf', 'LMono');
  reg('liberation/LiberationSansNarrow-Regular.ttf', 'LNarrow');
  reg('liberation/LiberationSansNarrow-Bold.ttf', 'LNarrowBold');
  reg('liberation/LiberationSansNarrow-Italic.ttf', 'LNarrowItalic');
  reg('dejavu/DejaVuSansCondensed-Oblique.ttf', 'DVCondOblique');
  reg('dejavu/DejaVuSans-Oblique.ttf', 'DVOblique');
  fontsRegistered = true;
}
const CANVAS_FONTS: Record<Font, string> = {
  sans: 'LSans', sansB: 'LSansBold', sansI: 'LSansItalic', serif: 'LSerif', serifB: 'LSerifBold', serifI: 'LSerifItalic', mono: 'LMono',
};

/** Splits a paragraph into lines no wider than w. */
function wrapLines(s: string, w: number, measure: (t: string) => number): string[] {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let cur = '';
    for (const word of para.split(' ')) {
      const next = cur ? `${cur} ${word}` : word;
      if (measure(next) > w && cur) {
        out.push(cur);
        cur = word;
      } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

/** A signature scribble as an SVG path inside a w×h box (y down). */
export function scribblePath(seed: number, w: number, h: number): string {
  const r = mulberry32(seed);
  const mid = h * 0.6;
  let x = w * (0.05 + r() * 0.05);
  let y = mid + (r() - 0.5) * h * 0.3;
  const parts = [`M ${x.toFixed(1)} ${y.toFixed(1)}`];
  const n = 5 + Math.floor(r() * 4);
  const step = (w * 0.7) / n;
  for (let i = 0; i < n; i++) {
    const up = i % 2 === 0 ? -1 : 1;
    const c1x = x + step * (0.2 + r() * 0.4);
    const c1y = mid + up * h * (0.35 + r() * 0.3);
    const c2x = x + step * (0.5 + r() * 0.6) - (r() < 0.3 ? step * 1.2 : 0); // an occasional loop back
    const c2y = mid - up * h * (0.1 + r() * 0.3);
    x += step * (0.8 + r() * 0.5);
    y = mid + (r() - 0.5) * h * 0.35;
    parts.push(`C ${c1x.toFixed(1)} ${c1y.toFixed(1)} ${c2x.toFixed(1)} ${c2y.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)}`);
  }
  // the underline flourish
  const ux = w * (0.1 + r() * 0.1);
  parts.push(`M ${ux.toFixed(1)} ${(h * 0.85).toFixed(1)} Q ${(w * 0.5).toFixed(1)} ${(h * (0.75 + r() * 0.2)).toFixed(1)} ${(w * (0.8 + r() * 0.15)).toFixed(1)} ${(h * 0.78).toFixed(1)}`);
  return parts.join(' ');
}

async function newDoc(meta: Meta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const d = new Date(meta.date);
  doc.setCreationDate(d);
  doc.setModificationDate(d);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  if (meta.title) doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  return doc;
}

const c = (v: RGB | undefined, d: RGB = [0, 0, 0]) => rgb(...(v ?? d));

function drawStaticOp(page: PDFPage, fonts: Record<Font, PDFFont>, op: Op): void {
  const H = page.getHeight();
  if (op.t === 'text') page.drawText(op.s, { x: op.x, y: H - op.y, size: op.size, font: fonts[op.font ?? 'sans'], color: c(op.color) });
  else if (op.t === 'line') page.drawLine({ start: { x: op.x1, y: H - op.y1 }, end: { x: op.x2, y: H - op.y2 }, thickness: op.w ?? 0.6, color: c(op.color) });
  else if (op.t === 'rect')
    page.drawRectangle({
      x: op.x, y: H - op.y - op.h, width: op.w, height: op.h,
      color: op.fill ? rgb(...op.fill) : undefined,
      borderColor: op.stroke === null ? undefined : c(op.stroke, [0.25, 0.25, 0.25]),
      borderWidth: op.stroke === null ? 0 : op.lw ?? 0.6,
    });
  else if (op.t === 'wrap') {
    const f = fonts[op.font ?? 'sans'];
    const lines = wrapLines(op.s, op.w, (t) => f.widthOfTextAtSize(t, op.size));
    lines.forEach((l, i) => page.drawText(l, { x: op.x, y: H - op.y - i * (op.lead ?? op.size * 1.3), size: op.size, font: f, color: c(op.color) }));
  }
}

const fontCache = new WeakMap<PDFDocument, Record<Font, PDFFont>>();
async function docFonts(doc: PDFDocument): Promise<Record<Font, PDFFont>> {
  const hit = fontCache.get(doc);
  if (hit) return hit;
  const fonts = {} as Record<Font, PDFFont>;
  for (const k of Object.keys(PDF_FONTS) as Font[]) fonts[k] = await doc.embedFont(PDF_FONTS[k]);
  fontCache.set(doc, fonts);
  return fonts;
}

async function drawStatic(doc: PDFDocument, page: PDFPage, ops: Op[]): Promise<Record<Font, PDFFont>> {
  const fonts = await docFonts(doc);
  for (const op of ops) drawStaticOp(page, fonts, op);
  return fonts;
}

export interface FlatStyle {
  valueFont: Font;
  valueSize?: number;
  valueColor?: RGB;
  checkMark?: string;
  sigColor?: RGB;
  interleave?: boolean; // values drawn in reading order with their labels (a Word export) rather than after them
}

/** A flat PDF: the form's text and the typed values are all page content (a "printed to PDF" or Word export). */
export async function flatPdf(pages: Op[][], fill: Fill, meta: Meta, style: FlatStyle): Promise<Buffer> {
  const doc = await newDoc(meta);
  for (const ops of pages) {
    const page = doc.addPage([A4.w, A4.h]);
    const H = page.getHeight();
    const fonts = await docFonts(doc);
    const vf = fonts[style.valueFont];
    const drawValue = (op: Op) => {
      if (op.t === 'value') {
        const v = fill.values[op.key];
        if (!v) return;
        const size = op.size ?? style.valueSize ?? 10;
        const lines = op.multiline ? wrapLines(v, op.w - 6, (t) => vf.widthOfTextAtSize(t, size)) : [v];
        lines.forEach((l, i) => page.drawText(l, { x: op.x + 3, y: H - op.y - size - 2 - i * size * 1.2, size, font: vf, color: c(style.valueColor) }));
      } else if (op.t === 'check' && fill.checks.includes(op.key)) {
        page.drawText(style.checkMark ?? 'X', { x: op.x + op.size * 0.15, y: H - op.y - op.size * 0.85, size: op.size, font: fonts.sansB, color: c(style.valueColor) });
      } else if (op.t === 'sig') {
        const sig = fill.sigs[op.key];
        if (!sig) return;
        if (sig.kind === 'text' || sig.kind === 'typed-and-scribble')
          page.drawText(sig.s, { x: op.x + 6, y: H - op.y - op.h * 0.7, size: Math.min(16, op.h * 0.55), font: fonts.serifI, color: c(style.sigColor ?? [0.05, 0.1, 0.45]) });
        if (sig.kind === 'scribble' || sig.kind === 'typed-and-scribble')
          page.drawSvgPath(scribblePath(sig.seed, op.w * 0.6, op.h), { x: op.x + (sig.kind === 'typed-and-scribble' ? op.w * 0.38 : 8), y: H - op.y, borderColor: c(style.sigColor ?? [0.05, 0.1, 0.45]), borderWidth: 1.1 });
      }
    };
    for (const op of ops) {
      if (op.t === 'value' || op.t === 'check' || op.t === 'sig') {
        if (style.interleave) drawValue(op);
      } else drawStaticOp(page, fonts, op);
    }
    if (!style.interleave) for (const op of ops) drawValue(op);
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export interface AcroStyle {
  names: Record<string, string>; // logical key → field name (text fields, check boxes, signature fields)
  fontSize?: number;
  sigColor?: RGB;
  borderless?: boolean;
}

/** A fillable AcroForm with the values filled in (as a practice fills and saves the form in a PDF reader). */
export async function acroPdf(pages: Op[][], fill: Fill, meta: Meta, style: AcroStyle): Promise<Buffer> {
  const doc = await newDoc(meta);
  const form = doc.getForm();
  const helv = (await docFonts(doc)).sans;
  for (const ops of pages) {
    const page = doc.addPage([A4.w, A4.h]);
    await drawStatic(doc, page, ops);
    const H = page.getHeight();
    for (const op of ops) {
      if (op.t === 'value') {
        const name = style.names[op.key];
        if (!name) throw new Error(`no field name for ${op.key}`);
        const tf = form.createTextField(name);
        if (op.multiline) tf.enableMultiline();
        const v = fill.values[op.key];
        if (v) tf.setText(v);
        tf.addToPage(page, { x: op.x + 1, y: H - op.y - op.h + 1, width: op.w - 2, height: op.h - 2, font: helv, borderWidth: 0, backgroundColor: rgb(0.91, 0.94, 1) });
        tf.setFontSize(op.size ?? style.fontSize ?? 9);
      } else if (op.t === 'check') {
        const name = style.names[op.key];
        if (!name) throw new Error(`no field name for ${op.key}`);
        const cb = form.createCheckBox(name);
        cb.addToPage(page, { x: op.x, y: H - op.y - op.size, width: op.size, height: op.size, borderWidth: 0.8, borderColor: rgb(0.2, 0.2, 0.2) });
        if (fill.checks.includes(op.key)) cb.check();
      } else if (op.t === 'sig') {
        const sig = fill.sigs[op.key];
        const name = style.names[op.key];
        if (name) {
          const tf = form.createTextField(name);
          if (sig && sig.kind === 'text') tf.setText(sig.s);
          // no background: the drawn signature underneath stays visible (as after Fill & Sign)
          tf.addToPage(page, { x: op.x + 1, y: H - op.y - op.h + 1, width: op.w - 2, height: op.h - 2, font: helv, borderWidth: 0, backgroundColor: undefined });
          tf.setFontSize(12);
        }
        if (sig && (sig.kind === 'scribble' || sig.kind === 'typed-and-scribble'))
          page.drawSvgPath(scribblePath(sig.seed, op.w * 0.55, op.h), { x: op.x + 10, y: H - op.y, borderColor: c(style.sigColor ?? [0.02, 0.02, 0.3]), borderWidth: 1.2 });
      }
    }
  }
  form.updateFieldAppearances(helv);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export interface HandStyle {
  family: string; // canvas font alias
  size: number; // points
  color: RGB;
  jitter: number; // 0–1
  slope: number; // baseline drift per point of width
  spacing: number; // advance factor
  upper?: boolean; // block capitals (but emails are written lower-case)
  typed?: boolean; // typed then printed: no jitter
}

export interface ScanStyle {
  dpi: number;
  seed: number;
  rotateDeg: number;
  noise: number; // 0–255 amplitude of grain
  speckles: number; // count per page
  shadowEdge?: 'left' | 'right' | 'top' | null;
  gradient?: number; // uneven lighting (phone photo), 0–1
  paper?: number; // paper grey level, 255 white
  jpegQuality: number;
  hand: HandStyle;
  sigInk?: RGB;
  blur?: boolean;
}

function handText(ctx: SKRSContext2D, s: string, x: number, y: number, sc: number, hs: HandStyle, r: () => number): void {
  const size = hs.size * sc;
  ctx.font = `${size}px ${hs.family}`;
  ctx.fillStyle = `rgb(${hs.color.map((v) => Math.round(v * 255)).join(',')})`;
  if (hs.typed) {
    ctx.fillText(s, x, y);
    return;
  }
  let cx = x;
  for (const ch of s) {
    const dy = (r() - 0.5) * hs.jitter * size * 0.14 + (cx - x) * hs.slope;
    const rot = (r() - 0.5) * hs.jitter * 0.09;
    ctx.save();
    ctx.translate(cx, y + dy);
    ctx.rotate(rot);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (hs.spacing + (r() - 0.5) * 0.07 * hs.jitter);
  }
}

function handTick(ctx: SKRSContext2D, x: number, y: number, s: number, color: RGB, r: () => number): void {
  ctx.strokeStyle = `rgb(${color.map((v) => Math.round(v * 255)).join(',')})`;
  ctx.lineWidth = s * 0.12;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x + s * 0.1, y + s * (0.5 + r() * 0.1));
  ctx.lineTo(x + s * (0.4 + r() * 0.05), y + s * 0.9);
  ctx.lineTo(x + s * (1.05 + r() * 0.15), y - s * (0.15 + r() * 0.15));
  ctx.stroke();
}

function strokeSvgPath(ctx: SKRSContext2D, d: string, ox: number, oy: number, sc: number): void {
  const tok = d.split(' ');
  ctx.beginPath();
  let i = 0;
  const n = () => parseFloat(tok[i++]!);
  while (i < tok.length) {
    const cmd = tok[i++];
    if (cmd === 'M') ctx.moveTo(ox + n() * sc, oy + n() * sc);
    else if (cmd === 'C') {
      const a = [n(), n(), n(), n(), n(), n()];
      ctx.bezierCurveTo(ox + a[0]! * sc, oy + a[1]! * sc, ox + a[2]! * sc, oy + a[3]! * sc, ox + a[4]! * sc, oy + a[5]! * sc);
    } else if (cmd === 'Q') {
      const a = [n(), n(), n(), n()];
      ctx.quadraticCurveTo(ox + a[0]! * sc, oy + a[1]! * sc, ox + a[2]! * sc, oy + a[3]! * sc);
    }
  }
  ctx.stroke();
}

/** Draws one page (form + handwriting) to a canvas at the scan's resolution and returns its JPEG. */
function renderScanPage(ops: Op[], fill: Fill, st: ScanStyle, pageNo: number): Buffer {
  registerFonts();
  const sc = st.dpi / 72;
  const W = Math.round(8.27 * st.dpi);
  const Hh = Math.round(11.69 * st.dpi);
  const r = mulberry32(st.seed + pageNo * 7919);
  const src = createCanvas(W, Hh);
  const ctx = src.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, Hh);
  const col = (v?: RGB, d: RGB = [0, 0, 0]) => `rgb(${(v ?? d).map((x) => Math.round(x * 255)).join(',')})`;
  for (const op of ops) {
    if (op.t === 'text') {
      ctx.font = `${op.size * sc}px ${CANVAS_FONTS[op.font ?? 'sans']}`;
      ctx.fillStyle = col(op.color);
      ctx.fillText(op.s, op.x * sc, op.y * sc);
    } else if (op.t === 'line') {
      ctx.strokeStyle = col(op.color);
      ctx.lineWidth = (op.w ?? 0.6) * sc;
      ctx.beginPath();
      ctx.moveTo(op.x1 * sc, op.y1 * sc);
      ctx.lineTo(op.x2 * sc, op.y2 * sc);
      ctx.stroke();
    } else if (op.t === 'rect') {
      if (op.fill) {
        ctx.fillStyle = col(op.fill);
        ctx.fillRect(op.x * sc, op.y * sc, op.w * sc, op.h * sc);
      }
      if (op.stroke !== null) {
        ctx.strokeStyle = col(op.stroke, [0.25, 0.25, 0.25]);
        ctx.lineWidth = (op.lw ?? 0.6) * sc;
        ctx.strokeRect(op.x * sc, op.y * sc, op.w * sc, op.h * sc);
      }
    } else if (op.t === 'wrap') {
      ctx.font = `${op.size * sc}px ${CANVAS_FONTS[op.font ?? 'sans']}`;
      ctx.fillStyle = col(op.color);
      const lines = wrapLines(op.s, op.w * sc, (t) => ctx.measureText(t).width);
      lines.forEach((l, i) => ctx.fillText(l, op.x * sc, (op.y + i * (op.lead ?? op.size * 1.3)) * sc));
    }
  }
  for (const op of ops) {
    if (op.t === 'value') {
      const v = fill.values[op.key];
      if (!v) continue;
      const text = st.hand.upper ? v.split(' ').map((w) => (w.includes('@') ? w.toLowerCase() : w.toUpperCase())).join(' ') : v;
      const size = st.hand.size;
      if (op.multiline) {
        ctx.font = `${size * sc}px ${st.hand.family}`;
        const lines = wrapLines(text, (op.w - 8) * sc, (t) => ctx.measureText(t).width * st.hand.spacing);
        lines.forEach((l, i) => handText(ctx, l, (op.x + 4) * sc, (op.y + size + 1 + i * size * 1.25) * sc, sc, st.hand, r));
      } else handText(ctx, text, (op.x + 4 + r() * 4) * sc, (op.y + op.h - 3.5 + (r() - 0.5) * 1.5) * sc, sc, st.hand, r);
    } else if (op.t === 'check' && fill.checks.includes(op.key)) {
      handTick(ctx, op.x * sc, op.y * sc, op.size * sc, st.hand.color, r);
    } else if (op.t === 'sig') {
      const sig = fill.sigs[op.key];
      if (!sig) continue;
      ctx.strokeStyle = col(st.sigInk ?? st.hand.color);
      ctx.lineWidth = 1.3 * sc;
      ctx.lineCap = 'round';
      if (sig.kind === 'text' || sig.kind === 'typed-and-scribble') handText(ctx, sig.s, (op.x + 6) * sc, (op.y + op.h * 0.7) * sc, sc, { ...st.hand, family: 'LSerifItalic', size: 14, upper: false }, r);
      if (sig.kind === 'scribble' || sig.kind === 'typed-and-scribble')
        strokeSvgPath(ctx, scribblePath(sig.seed, op.w * 0.55, op.h), (op.x + (sig.kind === 'typed-and-scribble' ? op.w * 0.4 : 10)) * sc, op.y * sc, sc);
    }
  }

  // the scanner: rotation, paper tone, grain, speckles, an edge shadow, uneven light
  const out = createCanvas(W, Hh);
  const o = out.getContext('2d');
  const paper = st.paper ?? 246;
  o.fillStyle = `rgb(${paper},${paper},${paper - 2})`;
  o.fillRect(0, 0, W, Hh);
  o.save();
  o.translate(W / 2, Hh / 2);
  o.rotate((st.rotateDeg * Math.PI) / 180);
  o.translate(-W / 2 + (r() - 0.5) * 10, -Hh / 2 + (r() - 0.5) * 10);
  o.globalCompositeOperation = 'multiply';
  o.drawImage(src, 0, 0);
  o.restore();
  const img = o.getImageData(0, 0, W, Hh);
  const d = img.data;
  for (let y = 0; y < Hh; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      let f = 1;
      if (st.gradient) f *= 1 - st.gradient * (0.6 * (x / W) + 0.4 * (y / Hh));
      if (st.shadowEdge === 'left' && x < 40) f *= 0.55 + 0.45 * (x / 40);
      if (st.shadowEdge === 'right' && x > W - 40) f *= 0.55 + 0.45 * ((W - x) / 40);
      if (st.shadowEdge === 'top' && y < 30) f *= 0.6 + 0.4 * (y / 30);
      const g = (r() - 0.5) * st.noise;
      for (let k = 0; k < 3; k++) d[i + k] = Math.max(0, Math.min(255, d[i + k]! * f + g));
    }
  }
  for (let s = 0; s < st.speckles; s++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * Hh);
    const rad = r() < 0.9 ? 1 : 2;
    for (let dy = 0; dy < rad; dy++)
      for (let dx = 0; dx < rad; dx++) {
        const i = ((y + dy) * W + (x + dx)) * 4;
        if (i + 2 < d.length) d[i] = d[i + 1] = d[i + 2] = 40 + Math.floor(r() * 60);
      }
  }
  o.putImageData(img, 0, 0);
  if (st.blur) {
    const b = createCanvas(W, Hh);
    const bc = b.getContext('2d');
    bc.filter = 'blur(0.6px)';
    bc.drawImage(out, 0, 0);
    return b.toBuffer('image/jpeg', st.jpegQuality);
  }
  return out.toBuffer('image/jpeg', st.jpegQuality);
}

/** An image-only PDF: each page a JPEG of the scanned sheet, no text layer. */
export async function scanPdf(pages: Op[][], fill: Fill, meta: Meta, st: ScanStyle): Promise<Buffer> {
  const doc = await newDoc(meta);
  for (let p = 0; p < pages.length; p++) {
    const jpg = renderScanPage(pages[p]!, fill, st, p);
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([A4.w, A4.h]);
    page.drawImage(img, { x: 0, y: 0, width: A4.w, height: A4.h });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** For checking a scan by eye while writing (not used by the build). */
export function scanPagePreview(ops: Op[], fill: Fill, st: ScanStyle): Buffer {
  return renderScanPage(ops, fill, st, 0);
}
