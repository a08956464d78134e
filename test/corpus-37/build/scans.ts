// Scanned pages for corpus 37: the same page primitives drawn with @napi-rs/canvas at scanner resolution, then
// skewed, tinted, speckled and JPEG-compressed with a seeded PRNG (identical bytes on every run).
import { GlobalFonts, createCanvas, type SKRSContext2D, type Canvas } from '@napi-rs/canvas';
import { A4, type FontName, type Measure, type Prim, type Values, signatureStrokes, strokeToBeziers } from './layout.js';
import { mulberry32, seedOf } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
let registered = false;
function registerFonts() {
  if (registered) return;
  registered = true;
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'DVSans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'DVSansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'DVSerif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Bold.ttf`, 'DVSerifBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Italic.ttf`, 'DVSerifItalic');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Oblique.ttf`, 'DVSansOblique');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansMono.ttf`, 'DVMono');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'DVCondOblique');
}

const FAMILY: Record<FontName, string> = { sans: 'DVSans', sansBold: 'DVSansBold', serif: 'DVSerif', serifBold: 'DVSerifBold', serifItalic: 'DVSerifItalic' };

export function canvasMeasure(): Measure {
  registerFonts();
  const ctx = createCanvas(10, 10).getContext('2d');
  return (text, size, font) => {
    ctx.font = `${size}px ${FAMILY[font]}`;
    return ctx.measureText(text).width;
  };
}

export type ValueStyle = 'typed' | 'mono' | 'hand';

export interface ScanOpts {
  dpi: number;
  seed: string;
  values?: Values;
  valueStyle?: ValueStyle;
  handKeys?: string[]; // keys written by hand even on a typed form
  skewDeg?: number;
  specks?: number; // dust and toner specks
  noise?: number; // per-pixel grain amplitude (0–255)
  tint?: [number, number, number];
  shadowEdge?: 'left' | 'top' | null;
  color?: boolean; // colour scan (stamps and ink keep their colour)
  decorate?: (ctx: SKRSContext2D, s: number, rnd: () => number) => void; // stamps, annotations (in points, ctx scaled)
  quality?: number;
}

const INK_BLUE = 'rgba(22,35,120,0.92)';

export function handwrite(ctx: SKRSContext2D, text: string, x: number, y: number, size: number, rnd: () => number, color = INK_BLUE, font = 'DVCondOblique') {
  ctx.save();
  ctx.fillStyle = color;
  let cx = x;
  for (const ch of text) {
    ctx.font = `${size * (0.92 + rnd() * 0.16)}px ${font}`;
    const dy = (rnd() - 0.5) * size * 0.12;
    const rot = (rnd() - 0.5) * 0.12;
    ctx.save();
    ctx.translate(cx, y + dy);
    ctx.rotate(rot);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (0.95 + rnd() * 0.1);
  }
  ctx.restore();
  return cx;
}

export function drawSig(ctx: SKRSContext2D, seed: string, x: number, y: number, w: number, h: number, color = INK_BLUE, width = 1.2) {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const rnd = mulberry32(seedOf(`pen:${seed}`));
  for (const s of signatureStrokes(seed)) {
    const { start, segs } = strokeToBeziers(s, x, y, w, h);
    // pen pressure: each segment slightly thicker or thinner
    let prev = start;
    for (const c of segs) {
      ctx.lineWidth = width * (0.7 + rnd() * 0.7);
      ctx.beginPath();
      ctx.moveTo(prev[0], prev[1]);
      ctx.bezierCurveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
      ctx.stroke();
      prev = [c[4], c[5]];
    }
  }
  ctx.restore();
}

function drawPrims(ctx: SKRSContext2D, prims: Prim[], opts: ScanOpts, rnd: () => number) {
  const values = opts.values ?? {};
  for (const p of prims) {
    if (p.t === 'text') {
      ctx.font = `${p.size}px ${FAMILY[p.font]}`;
      const c = p.color ?? [0, 0, 0];
      ctx.fillStyle = `rgb(${c.map((n) => Math.round(n * 255)).join(',')})`;
      ctx.fillText(p.text, p.x, p.y);
    } else if (p.t === 'rect') {
      if (p.fill) {
        ctx.fillStyle = `rgb(${p.fill.map((n) => Math.round(n * 255)).join(',')})`;
        ctx.fillRect(p.x, p.y, p.w, p.h);
      }
      if (p.stroke) {
        ctx.strokeStyle = `rgb(${p.stroke.map((n) => Math.round(n * 255)).join(',')})`;
        ctx.lineWidth = p.lw ?? 0.5;
        ctx.strokeRect(p.x, p.y, p.w, p.h);
      }
    } else if (p.t === 'line') {
      ctx.strokeStyle = 'black';
      ctx.lineWidth = p.lw ?? 0.5;
      ctx.beginPath();
      ctx.moveTo(p.x1, p.y1);
      ctx.lineTo(p.x2, p.y2);
      ctx.stroke();
    } else {
      const v = values[p.key];
      const hand = opts.valueStyle === 'hand' || opts.handKeys?.includes(p.key);
      if (p.kind === 'sig') {
        if (typeof v === 'string' && v) drawSig(ctx, v, p.x + 8, p.y + 1, Math.min(p.w - 16, (p.h - 2) * 2.6), p.h - 2);
      } else if (p.kind === 'check') {
        if (v === true) {
          ctx.save();
          ctx.strokeStyle = hand ? INK_BLUE : 'black';
          ctx.lineWidth = hand ? 1.4 : 1;
          ctx.beginPath();
          if (hand) {
            ctx.moveTo(p.x + 1, p.y + 5);
            ctx.lineTo(p.x + 4.5, p.y + 9.5);
            ctx.lineTo(p.x + 12, p.y - 3);
          } else {
            ctx.moveTo(p.x + 1.5, p.y + 1.5);
            ctx.lineTo(p.x + p.w - 1.5, p.y + p.h - 1.5);
            ctx.moveTo(p.x + p.w - 1.5, p.y + 1.5);
            ctx.lineTo(p.x + 1.5, p.y + p.h - 1.5);
          }
          ctx.stroke();
          ctx.restore();
        }
      } else if (typeof v === 'string' && v) {
        const lines = v.split('\n');
        const size = hand ? 11 : 9.5;
        const top = lines.length > 1 || p.h > 26 ? p.y + 12 : p.y + p.h / 2 + size * 0.38;
        lines.forEach((ln, i) => {
          if (hand) handwrite(ctx, ln, p.x + 4, top + i * 13, size, rnd);
          else {
            ctx.font = `${size}px ${opts.valueStyle === 'mono' ? 'DVMono' : 'DVSans'}`;
            ctx.fillStyle = 'black';
            ctx.fillText(ln, p.x + 4, top + i * (size + 2));
          }
        });
      }
    }
  }
}

/** Draws one page as a scanner would see it and returns the JPEG. */
export async function scanPage(prims: Prim[], opts: ScanOpts): Promise<Buffer> {
  registerFonts();
  const s = opts.dpi / 72;
  const W = Math.round(A4.w * s);
  const H = Math.round(A4.h * s);
  const rnd = mulberry32(seedOf(`scan:${opts.seed}`));
  // 1. the paper, drawn straight
  const paper: Canvas = createCanvas(W, H);
  const pc = paper.getContext('2d');
  pc.fillStyle = 'white';
  pc.fillRect(0, 0, W, H);
  pc.save();
  pc.scale(s, s);
  drawPrims(pc, prims, opts, rnd);
  opts.decorate?.(pc, s, rnd);
  pc.restore();
  // 2. the scanner: skew on a tinted platen
  const out = createCanvas(W, H);
  const oc = out.getContext('2d');
  const tint = opts.tint ?? [246, 245, 241];
  oc.fillStyle = `rgb(${tint.join(',')})`;
  oc.fillRect(0, 0, W, H);
  oc.save();
  oc.translate(W / 2, H / 2);
  oc.rotate(((opts.skewDeg ?? 0) * Math.PI) / 180);
  oc.translate(-W / 2 + (rnd() - 0.5) * 6 * s, -H / 2 + (rnd() - 0.5) * 6 * s);
  oc.globalCompositeOperation = 'multiply';
  oc.drawImage(paper, 0, 0);
  oc.restore();
  oc.globalCompositeOperation = 'source-over';
  if (opts.shadowEdge) {
    const g = opts.shadowEdge === 'left' ? oc.createLinearGradient(0, 0, 28 * s, 0) : oc.createLinearGradient(0, 0, 0, 22 * s);
    g.addColorStop(0, 'rgba(40,40,40,0.55)');
    g.addColorStop(1, 'rgba(40,40,40,0)');
    oc.fillStyle = g;
    if (opts.shadowEdge === 'left') oc.fillRect(0, 0, 28 * s, H);
    else oc.fillRect(0, 0, W, 22 * s);
  }
  // 3. specks
  for (let i = 0; i < (opts.specks ?? 0); i++) {
    const r = (0.3 + rnd() * 1.4) * (s / 2);
    oc.fillStyle = `rgba(20,20,20,${(0.35 + rnd() * 0.6).toFixed(2)})`;
    oc.beginPath();
    oc.arc(rnd() * W, rnd() * H, r, 0, Math.PI * 2);
    oc.fill();
  }
  // 4. grain, and grey if it is a greyscale scan
  const img = oc.getImageData(0, 0, W, H);
  const d = img.data;
  const amp = opts.noise ?? 0;
  for (let i = 0; i < d.length; i += 4) {
    const n = amp ? (rnd() - 0.5) * amp : 0;
    if (opts.color) {
      d[i] = Math.max(0, Math.min(255, d[i]! + n));
      d[i + 1] = Math.max(0, Math.min(255, d[i + 1]! + n));
      d[i + 2] = Math.max(0, Math.min(255, d[i + 2]! + n));
    } else {
      const g = Math.max(0, Math.min(255, 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]! + n));
      d[i] = g;
      d[i + 1] = g;
      d[i + 2] = g;
    }
  }
  oc.putImageData(img, 0, 0);
  return out.encode('jpeg', opts.quality ?? 72);
}

/** A rubber date stamp, drawn in points on the page's context. */
export function rubberStamp(ctx: SKRSContext2D, x: number, y: number, lines: string[], angleDeg: number, rnd: () => number, color = 'rgba(190,30,40,0.78)') {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate((angleDeg * Math.PI) / 180);
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 2;
  const w = 150;
  const h = 18 + lines.length * 15;
  ctx.strokeRect(0, 0, w, h);
  ctx.lineWidth = 0.8;
  ctx.strokeRect(3, 3, w - 6, h - 6);
  lines.forEach((ln, i) => {
    ctx.font = `${i === 1 ? 15 : 10}px DVSansBold`;
    const tw = ctx.measureText(ln).width;
    ctx.fillText(ln, (w - tw) / 2, 19 + i * 15);
  });
  // uneven inking: knock out small patches
  ctx.globalCompositeOperation = 'destination-out';
  for (let i = 0; i < 40; i++) {
    ctx.fillStyle = `rgba(0,0,0,${(0.2 + rnd() * 0.5).toFixed(2)})`;
    ctx.fillRect(rnd() * w, rnd() * h, 1 + rnd() * 4, 1 + rnd() * 2);
  }
  ctx.restore();
}
