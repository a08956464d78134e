// Writer AE's PDFs: flat text and fillable forms with pdf-lib, scans drawn with @napi-rs/canvas and embedded as JPEG.
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, grayscale, type PDFFont } from 'pdf-lib';
import { A4, type Page } from './forms.js';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
let fontsReady = false;
function fonts(): void {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'AESans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'AESansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Oblique.ttf`, 'AESansOblique');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed.ttf`, 'AESansCond');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'AESerif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansMono.ttf`, 'AEMono');
  fontsReady = true;
}

/** pdf-lib names resources with Math.random; a seeded stand-in keeps the bytes identical between builds. */
async function seeded<T>(seed: number, fn: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = rng(seed);
  try {
    return await fn();
  } finally {
    Math.random = orig;
  }
}

export interface Meta {
  title: string;
  author?: string;
  creator: string;
  producer: string;
  date: string; // ISO
}

function setMeta(doc: PDFDocument, m: Meta): void {
  doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setCreationDate(new Date(m.date));
  doc.setModificationDate(new Date(m.date));
}

/** A signature scribble as an SVG path in a w×h box (origin top left). */
export function signaturePath(seed: number, w: number, h: number): string {
  const r = rng(seed);
  let x = w * (0.08 + r() * 0.08);
  let y = h * (0.55 + r() * 0.2);
  const parts = [`M ${x.toFixed(1)} ${y.toFixed(1)}`];
  const strokes = 5 + Math.floor(r() * 4);
  for (let i = 0; i < strokes; i++) {
    const nx = Math.min(w * 0.92, x + w * (0.05 + r() * 0.13));
    const ny = h * (0.2 + r() * 0.65);
    const c1x = x + (r() - 0.5) * w * 0.22;
    const c1y = h * (-0.15 + r() * 1.2);
    const c2x = nx + (r() - 0.6) * w * 0.25;
    const c2y = h * (-0.1 + r() * 1.2);
    parts.push(`C ${c1x.toFixed(1)} ${c1y.toFixed(1)} ${c2x.toFixed(1)} ${c2y.toFixed(1)} ${nx.toFixed(1)} ${ny.toFixed(1)}`);
    x = nx;
    y = ny;
  }
  parts.push(`M ${(w * 0.1).toFixed(1)} ${(h * 0.86).toFixed(1)} Q ${(w * 0.5).toFixed(1)} ${(h * (0.78 + r() * 0.1)).toFixed(1)} ${(w * 0.85).toFixed(1)} ${(h * 0.82).toFixed(1)}`);
  return parts.join(' ');
}

export interface VectorOpts {
  mode: 'flat' | 'acro';
  font?: 'helvetica' | 'times';
  meta: Meta;
  seed: number;
  /** flat forms typed in a word processor show no field boxes, only underlines */
  underlines?: boolean;
}

export async function vectorPdf(pages: Page[], o: VectorOpts): Promise<Uint8Array> {
  return seeded(o.seed, async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    setMeta(doc, o.meta);
    const reg = await doc.embedFont(o.font === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
    const bold = await doc.embedFont(o.font === 'times' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
    const ital = await doc.embedFont(o.font === 'times' ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
    const form = o.mode === 'acro' ? doc.getForm() : null;
    for (const els of pages) {
      const page = doc.addPage([A4.w, A4.h]);
      const Y = (y: number) => A4.h - y;
      for (const e of els) {
        switch (e.t) {
          case 'text': {
            const f: PDFFont = e.bold ? bold : e.italic ? ital : reg;
            page.drawText(e.str, { x: e.x, y: Y(e.y), size: e.s, font: f, color: grayscale(e.grey ?? 0) });
            break;
          }
          case 'rect':
            page.drawRectangle({ x: e.x, y: Y(e.y + e.h), width: e.w, height: e.h, color: e.fill !== undefined ? grayscale(e.fill) : undefined, borderColor: e.stroke ? grayscale(0) : undefined, borderWidth: e.stroke ? 0.6 : 0 });
            break;
          case 'line':
            page.drawLine({ start: { x: e.x1, y: Y(e.y1) }, end: { x: e.x2, y: Y(e.y2) }, thickness: e.w ?? 0.6 });
            break;
          case 'field': {
            if (form) {
              const tf = form.createTextField(e.name);
              if (e.value) tf.setText(e.value);
              if (e.h > 22) tf.enableMultiline();
              tf.addToPage(page, { x: e.x, y: Y(e.y + e.h), width: e.w, height: e.h, borderWidth: 0.6, borderColor: grayscale(0.3), backgroundColor: rgb(0.92, 0.95, 1), font: reg });
              tf.setFontSize(e.size ?? 10);
            } else {
              if (o.underlines) page.drawLine({ start: { x: e.x, y: Y(e.y + e.h) }, end: { x: e.x + e.w, y: Y(e.y + e.h) }, thickness: 0.5, color: grayscale(0.4) });
              else page.drawRectangle({ x: e.x, y: Y(e.y + e.h), width: e.w, height: e.h, borderColor: grayscale(0.3), borderWidth: 0.6 });
              if (e.value) {
                const lines = e.value.split('\n');
                lines.forEach((l, i) => page.drawText(l, { x: e.x + 4, y: Y(e.y + 13 + i * 11), size: e.size ?? 10, font: reg }));
              }
            }
            break;
          }
          case 'check': {
            if (form) {
              const cb = form.createCheckBox(e.name);
              cb.addToPage(page, { x: e.x, y: Y(e.y + e.size), width: e.size, height: e.size, borderWidth: 0.6, borderColor: grayscale(0.2) });
              if (e.checked) cb.check();
            } else {
              page.drawRectangle({ x: e.x, y: Y(e.y + e.size), width: e.size, height: e.size, borderColor: grayscale(0.2), borderWidth: 0.6 });
              if (e.checked) page.drawText('X', { x: e.x + 2, y: Y(e.y + e.size - 2), size: e.size - 1, font: bold });
            }
            break;
          }
          case 'sig': {
            page.drawRectangle({ x: e.x, y: Y(e.y + e.h), width: e.w, height: e.h, borderColor: grayscale(0.3), borderWidth: 0.6 });
            if (e.signed) page.drawSvgPath(signaturePath(e.seed, e.w * 0.8, e.h * 0.9), { x: e.x + e.w * 0.08, y: Y(e.y + 2), borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
            break;
          }
        }
      }
    }
    return doc.save({ useObjectStreams: false });
  });
}

// ---------------------------------------------------------------- scans

export type ValueStyle = 'typed' | 'hand' | 'block';
export type ScanStyle = 'mfd' | 'faint' | 'phone';

const PX = 150 / 72;
const PW = 1240;
const PH = 1754;

function drawHand(ctx: SKRSContext2D, s: string, x: number, y: number, size: number, r: () => number, style: ValueStyle): void {
  const str = style === 'block' ? s.toUpperCase() : s;
  let cx = x;
  for (const ch of str) {
    const px = (style === 'block' ? size * 1.15 : size * 1.05) * (0.92 + r() * 0.16);
    ctx.font = `${px.toFixed(1)}px ${style === 'block' ? 'AESansCond' : 'AESansOblique'}`;
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * 3);
    ctx.rotate((r() - 0.5) * (style === 'block' ? 0.16 : 0.14));
    ctx.fillText(ch, 0, 0);
    if (style === 'block') ctx.fillText(ch, 0.7, 0.3);
    ctx.restore();
    cx += ctx.measureText(ch).width * (style === 'block' ? 1.18 : 1.0) + (r() - 0.3) * 1.6;
  }
}

export interface ScanPageOpts {
  values: ValueStyle;
  seed: number;
  /** a blank reverse side (duplex) with faint show-through */
  blank?: boolean;
}

/** Draws one form page at 150 dpi on a white canvas. */
function drawPage(els: Page, o: ScanPageOpts): Canvas {
  fonts();
  const c = createCanvas(PW, PH);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PW, PH);
  const r = rng(o.seed);
  if (o.blank) return c;
  const ink = o.values === 'typed' ? '#111111' : o.values === 'block' ? '#14171f' : '#1b2a66';
  for (const e of els) {
    switch (e.t) {
      case 'text':
        ctx.fillStyle = `rgb(${Math.round((e.grey ?? 0) * 255)},${Math.round((e.grey ?? 0) * 255)},${Math.round((e.grey ?? 0) * 255)})`;
        ctx.font = `${(e.s * PX).toFixed(1)}px ${e.bold ? 'AESansBold' : e.italic ? 'AESansOblique' : 'AESans'}`;
        ctx.fillText(e.str, e.x * PX, e.y * PX);
        break;
      case 'rect':
        if (e.fill !== undefined) {
          const g = Math.round(e.fill * 255);
          ctx.fillStyle = `rgb(${g},${g},${g})`;
          ctx.fillRect(e.x * PX, e.y * PX, e.w * PX, e.h * PX);
        }
        if (e.stroke) {
          ctx.strokeStyle = '#000';
          ctx.strokeRect(e.x * PX, e.y * PX, e.w * PX, e.h * PX);
        }
        break;
      case 'line':
        ctx.strokeStyle = '#000';
        ctx.lineWidth = 1.2;
        ctx.beginPath();
        ctx.moveTo(e.x1 * PX, e.y1 * PX);
        ctx.lineTo(e.x2 * PX, e.y2 * PX);
        ctx.stroke();
        break;
      case 'field':
        ctx.strokeStyle = '#444';
        ctx.lineWidth = 1.2;
        ctx.strokeRect(e.x * PX, e.y * PX, e.w * PX, e.h * PX);
        if (e.value) {
          ctx.fillStyle = ink;
          e.value.split('\n').forEach((l, i) => {
            const bx = (e.x + 4) * PX;
            const by = (e.y + 13 + i * 11) * PX;
            if (o.values === 'typed') {
              ctx.font = `${(10 * PX).toFixed(1)}px AESans`;
              ctx.fillText(l, bx, by);
            } else drawHand(ctx, l, bx, by + 2, 10 * PX, r, o.values);
          });
        }
        break;
      case 'check':
        ctx.strokeStyle = '#222';
        ctx.lineWidth = 1.4;
        ctx.strokeRect(e.x * PX, e.y * PX, e.size * PX, e.size * PX);
        if (e.checked) {
          ctx.strokeStyle = o.values === 'typed' ? '#111' : ink;
          ctx.lineWidth = 3;
          ctx.beginPath();
          if (o.values === 'typed') {
            ctx.moveTo((e.x + 2) * PX, (e.y + 2) * PX);
            ctx.lineTo((e.x + e.size - 2) * PX, (e.y + e.size - 2) * PX);
            ctx.moveTo((e.x + e.size - 2) * PX, (e.y + 2) * PX);
            ctx.lineTo((e.x + 2) * PX, (e.y + e.size - 2) * PX);
          } else {
            ctx.moveTo((e.x + 1) * PX, (e.y + e.size * 0.55) * PX);
            ctx.lineTo((e.x + e.size * 0.4) * PX, (e.y + e.size + 1) * PX);
            ctx.lineTo((e.x + e.size + 4) * PX, (e.y - 4) * PX);
          }
          ctx.stroke();
        }
        break;
      case 'sig':
        ctx.strokeStyle = '#444';
        ctx.lineWidth = 1.2;
        ctx.strokeRect(e.x * PX, e.y * PX, e.w * PX, e.h * PX);
        if (e.signed) {
          ctx.save();
          ctx.translate((e.x + e.w * 0.08) * PX, (e.y + 2) * PX);
          ctx.scale(PX, PX);
          ctx.strokeStyle = '#16205a';
          ctx.lineWidth = 1.3;
          ctx.stroke(new Path2D(signaturePath(e.seed, e.w * 0.8, e.h * 0.9)));
          ctx.restore();
        }
        break;
    }
  }
  return c;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** Flatbed/MFD scan: slight skew, grey paper, speckle; or a faint photocopy of a photocopy. */
function scanEffect(src: Canvas, style: 'mfd' | 'faint', seed: number, showThrough?: Canvas): Canvas {
  const r = rng(seed);
  const out = createCanvas(PW, PH);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PW, PH);
  ctx.save();
  ctx.translate(PW / 2, PH / 2);
  ctx.rotate((style === 'faint' ? -0.45 : 0.7) * (Math.PI / 180) * (0.6 + r() * 0.6));
  ctx.translate(-PW / 2 + (r() - 0.5) * 14, -PH / 2 + (r() - 0.5) * 10);
  ctx.drawImage(src, 0, 0);
  ctx.restore();
  const img = ctx.getImageData(0, 0, PW, PH);
  const d = img.data;
  const through = showThrough ? showThrough.getContext('2d').getImageData(0, 0, PW, PH).data : null;
  const streaks: number[] = [];
  for (let i = 0; i < 5; i++) streaks.push(Math.floor(r() * PW));
  for (let y = 0; y < PH; y++) {
    for (let x = 0; x < PW; x++) {
      const i = (y * PW + x) * 4;
      let v = (d[i]! * 0.3 + d[i + 1]! * 0.59 + d[i + 2]! * 0.11);
      if (through) {
        const j = (y * PW + (PW - 1 - x)) * 4; // mirrored: the other side of the sheet
        v -= (255 - through[j]!) * 0.022;
      }
      if (style === 'faint') {
        v = 255 - (255 - v) * 0.42;
        v = v * 0.95 + 4;
        for (const s of streaks) if (Math.abs(x - s) < 2) v -= 14;
        if (x < 26 || x > PW - 20) v -= 60 + r() * 40; // copier lid shadow at the edges
      } else {
        v = v * 0.93 + 10;
        if (x > PW - 30) v -= 40 * ((x - (PW - 30)) / 30);
      }
      const noise = (r() - 0.5) * (style === 'faint' ? 22 : 14);
      v = clamp(v + noise);
      if (r() < (style === 'faint' ? 0.0009 : 0.0005)) v = 40 + r() * 60; // speckle
      d[i] = d[i + 1] = d[i + 2] = v;
    }
  }
  ctx.putImageData(img, 0, 0);
  return out;
}

/** Solves the homography that maps the four points `from` to `to`. */
function homography(from: [number, number][], to: [number, number][]): number[] {
  const A: number[][] = [];
  for (let k = 0; k < 4; k++) {
    const [x, y] = from[k]!;
    const [u, v] = to[k]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let piv = c;
    for (let rr = c + 1; rr < 8; rr++) if (Math.abs(A[rr]![c]!) > Math.abs(A[piv]![c]!)) piv = rr;
    [A[c], A[piv]] = [A[piv]!, A[c]!];
    for (let rr = 0; rr < 8; rr++) {
      if (rr === c) continue;
      const f = A[rr]![c]! / A[c]![c]!;
      for (let k = c; k < 9; k++) A[rr]![k]! -= f * A[c]![k]!;
    }
  }
  const h = A.map((row, i) => row[8]! / row[i]!);
  return [...h, 1];
}

/** A phone photo of a sheet on a desk: perspective, uneven light, colour. */
function phoneEffect(src: Canvas, seed: number): Canvas {
  const r = rng(seed);
  const W = 1512;
  const H = 2016;
  const quad: [number, number][] = [[188, 172], [1338, 236], [1422, 1902], [96, 1846]];
  const srcCorners: [number, number][] = [[0, 0], [PW, 0], [PW, PH], [0, PH]];
  const Hm = homography(quad, srcCorners); // destination pixel -> source pixel
  const sd = src.getContext('2d').getImageData(0, 0, PW, PH).data;
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  const img = ctx.createImageData(W, H);
  const d = img.data;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const w = Hm[6]! * x + Hm[7]! * y + Hm[8]!;
      const sx = (Hm[0]! * x + Hm[1]! * y + Hm[2]!) / w;
      const sy = (Hm[3]! * x + Hm[4]! * y + Hm[5]!) / w;
      const i = (y * W + x) * 4;
      const light = 1.02 - 0.22 * ((x / W) * 0.6 + (y / H) * 0.4) - 0.1 * Math.max(0, (x - 900) / W) * (y / H);
      let R: number;
      let G: number;
      let B: number;
      if (sx >= 0 && sy >= 0 && sx < PW - 1 && sy < PH - 1) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        const p = (xx: number, yy: number) => sd[(yy * PW + xx) * 4]!;
        const v = p(x0, y0) * (1 - fx) * (1 - fy) + p(x0 + 1, y0) * fx * (1 - fy) + p(x0, y0 + 1) * (1 - fx) * fy + p(x0 + 1, y0 + 1) * fx * fy;
        R = v * 0.97 * light;
        G = v * 0.95 * light;
        B = v * 0.88 * light;
      } else {
        const grain = Math.sin(y * 0.05 + Math.sin(x * 0.01) * 3) * 12;
        R = (120 + grain) * light;
        G = (86 + grain * 0.7) * light;
        B = (58 + grain * 0.4) * light;
      }
      const n = (r() - 0.5) * 10;
      d[i] = clamp(R + n);
      d[i + 1] = clamp(G + n);
      d[i + 2] = clamp(B + n);
      d[i + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  // the phone's slight softness: downscale and back up
  const small = createCanvas(W / 2, H / 2);
  small.getContext('2d').drawImage(out, 0, 0, W / 2, H / 2);
  const soft = createCanvas(W, H);
  const sctx = soft.getContext('2d');
  sctx.globalAlpha = 1;
  sctx.drawImage(out, 0, 0);
  sctx.globalAlpha = 0.45;
  sctx.drawImage(small, 0, 0, W, H);
  return soft;
}

export interface ScanSpec {
  style: ScanStyle;
  pages: { els: Page; values: ValueStyle; blank?: boolean }[];
  meta: Meta;
  seed: number;
  quality?: number;
}

/** An image-only PDF: every page one JPEG, no text layer. */
export async function scanPdf(s: ScanSpec): Promise<Uint8Array> {
  const images: Buffer[] = [];
  const drawn: Canvas[] = [];
  s.pages.forEach((p, i) => {
    const page = drawPage(p.els, { values: p.values, seed: s.seed + i * 17, blank: p.blank });
    drawn.push(page);
    let final: Canvas;
    if (s.style === 'phone') final = phoneEffect(page, s.seed + i);
    else final = scanEffect(page, s.style, s.seed + i * 31, p.blank && i > 0 ? drawn[i - 1] : undefined);
    images.push(final.encodeSync('jpeg', s.quality ?? (s.style === 'phone' ? 72 : 68)));
  });
  return seeded(s.seed, async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    setMeta(doc, s.meta);
    for (const jpg of images) {
      const img = await doc.embedJpg(jpg);
      const w = A4.w;
      const h = (img.height / img.width) * w;
      const page = doc.addPage([w, h]);
      page.drawImage(img, { x: 0, y: 0, width: w, height: h });
    }
    return doc.save({ useObjectStreams: false });
  });
}
