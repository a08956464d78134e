// Scanned forms for corpus 25: the printed page drawn with @napi-rs/canvas at 150 dpi, filled in by hand (jittered
// oblique lettering in biro blue or black, hand ticks, a signature scribble or an empty signature box), then put
// through a scanner: skew, paper tone, speckle, a lid shadow, grey-level noise and JPEG.
import { type Canvas, createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { rng } from './lib.js';
import { CANVAS_FONT, type Op, PAGE_H, PAGE_W, scribble } from './layout.js';
import { imagePdf, type PdfMeta } from './pdfs.js';

const DPI = 150;
const S = DPI / 72;
const W = Math.round((PAGE_W / 72) * DPI); // 1240
const H = Math.round((PAGE_H / 72) * DPI); // 1754

export interface ScanOpts {
  seed: string;
  /** how the values were written: by hand, in block capitals by hand, or typed before printing */
  hand: 'hand' | 'caps' | 'typed';
  /** keys written in block capitals even when hand is 'hand' */
  capsKeys?: string[];
  /** value slots left empty */
  blank?: string[];
  /** per-page overrides of a value as actually written (e.g. crossed-out and rewritten) */
  ink?: 'blue' | 'black';
  skew: number; // degrees
  noise: number; // 0..1
  shadow: 'left' | 'top' | 'right' | 'none';
  gray: boolean;
  meta: PdfMeta;
  handSize?: number; // pt
}

function inkColour(o: ScanOpts): string {
  return o.ink === 'black' ? 'rgba(25,25,30,0.92)' : 'rgba(20,40,120,0.9)';
}

/** Writes text "by hand": glyph by glyph with jittered size, angle, baseline and spacing. */
function handwrite(ctx: SKRSContext2D, s: string, x: number, y: number, sizePx: number, r: () => number, caps: boolean, colour: string, maxW: number): void {
  const t = caps ? s.toUpperCase() : s;
  const family = caps ? 'DejaVu' : r() < 0.5 ? 'DejaVuCondOblique' : 'DejaVuOblique';
  let cx = x;
  ctx.font = `${sizePx.toFixed(1)}px ${family}`;
  const natural = ctx.measureText(t).width + t.length * 0.8;
  const scaleX = maxW > 0 ? Math.min(1, maxW / natural) : 1;
  ctx.fillStyle = colour;
  let drift = 0;
  for (const ch of t) {
    const size = sizePx * (0.88 + r() * 0.24) * (caps ? 0.92 : 1);
    drift += (r() - 0.5) * 1.2;
    drift = Math.max(-4, Math.min(4, drift));
    ctx.save();
    ctx.translate(cx, y + drift + (r() - 0.5) * 2.4);
    ctx.rotate(((r() - 0.5) * 12 * Math.PI) / 180);
    ctx.transform(scaleX, 0, caps ? -0.05 : -0.12, 1, 0, 0);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 0.7;
    ctx.font = `${size.toFixed(1)}px ${family}`;
    ctx.fillText(ch, 0, 0);
    ctx.strokeText(ch, 0, 0);
    // a second, slightly offset pass: uneven biro pressure
    ctx.globalAlpha = 0.35;
    ctx.fillText(ch, 0.6, 0.3);
    ctx.restore();
    ctx.font = `${size.toFixed(1)}px ${family}`;
    cx += (ctx.measureText(ch).width + 0.6 + (r() - 0.4) * 1.6) * scaleX;
  }
  ctx.globalAlpha = 1;
}

function tick(ctx: SKRSContext2D, x: number, y: number, size: number, r: () => number, colour: string, cross: boolean): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.6;
  ctx.lineCap = 'round';
  ctx.beginPath();
  if (cross) {
    ctx.moveTo(x + size * 0.1 + r() * 3, y + size * 0.1);
    ctx.lineTo(x + size * 0.95, y + size * 0.95 + r() * 3);
    ctx.moveTo(x + size * 0.9, y + size * 0.05);
    ctx.lineTo(x + size * 0.05 + r() * 3, y + size * 1.0);
  } else {
    ctx.moveTo(x + size * 0.05, y + size * 0.5 + r() * 3);
    ctx.quadraticCurveTo(x + size * 0.3, y + size * 0.8, x + size * 0.4, y + size * 1.0);
    ctx.quadraticCurveTo(x + size * 0.7, y + size * 0.2, x + size * 1.3 + r() * 4, y - size * 0.35);
  }
  ctx.stroke();
}

function drawPage(ops: Op[], o: ScanOpts, pageNo: number): Buffer {
  const r = rng(`scan:${o.seed}:${pageNo}`);
  const page = createCanvas(W, H);
  const ctx = page.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  const colour = inkColour(o);
  for (const op of ops) {
    switch (op.t) {
      case 'text': {
        ctx.font = `${(op.size * S).toFixed(1)}px ${CANVAS_FONT[op.font]}`;
        const c = op.color ? op.color.map((v) => Math.round(v * 255)) : [Math.round((op.gray ?? 0) * 255), Math.round((op.gray ?? 0) * 255), Math.round((op.gray ?? 0) * 255)];
        ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
        ctx.fillText(op.s, op.x * S, op.y * S);
        break;
      }
      case 'line':
        ctx.strokeStyle = `rgb(${Math.round((op.gray ?? 0) * 255)},${Math.round((op.gray ?? 0) * 255)},${Math.round((op.gray ?? 0) * 255)})`;
        ctx.lineWidth = op.w * S;
        ctx.beginPath();
        ctx.moveTo(op.x1 * S, op.y1 * S);
        ctx.lineTo(op.x2 * S, op.y2 * S);
        ctx.stroke();
        break;
      case 'rect':
        if (op.fill) {
          ctx.fillStyle = `rgb(${op.fill.map((v) => Math.round(v * 255)).join(',')})`;
          ctx.fillRect(op.x * S, op.y * S, op.w * S, op.h * S);
        }
        if (op.stroke !== undefined) {
          const g = Math.round(op.stroke * 255);
          ctx.strokeStyle = `rgb(${g},${g},${g})`;
          ctx.lineWidth = Math.max(1, op.lw * S);
          ctx.strokeRect(op.x * S, op.y * S, op.w * S, op.h * S);
        }
        break;
      case 'val': {
        if (o.blank?.includes(op.key) || !op.s) break;
        const caps = o.hand === 'caps' || (o.capsKeys?.includes(op.key) ?? false);
        if (o.hand === 'typed') {
          ctx.font = `${(10 * S).toFixed(1)}px ${CANVAS_FONT.sans}`;
          ctx.fillStyle = '#111';
          op.s.split('\n').forEach((l, i) => ctx.fillText(l, (op.x + 5) * S, (op.y + 12 + i * 13) * S));
          break;
        }
        const size = (o.handSize ?? 12) * S;
        const lines = op.lines > 1 ? op.s.split('\n') : [op.s];
        lines.forEach((l, i) => {
          const baseY = op.lines > 1 ? (op.y + 13 + i * 15) * S : (op.y + op.h - 4) * S;
          handwrite(ctx, l, (op.x + 4 + r() * 6) * S, baseY, size, r, caps, colour, (op.w - 10) * S);
        });
        break;
      }
      case 'cbox':
        ctx.strokeStyle = '#333';
        ctx.lineWidth = 1.4;
        ctx.strokeRect(op.x * S, op.y * S, op.size * S, op.size * S);
        if (op.checked) tick(ctx, op.x * S, op.y * S, op.size * S, r, o.hand === 'typed' ? 'rgba(20,20,20,0.95)' : colour, r() < 0.5);
        break;
      case 'sig':
        if (op.signed) {
          const path = scribble(Math.min(op.w * 0.7, 170) * S, (op.h - 6) * S, rng(`sigscan:${o.seed}:${pageNo}:${op.key}`));
          ctx.save();
          ctx.translate((op.x + 10) * S, (op.y + 3) * S);
          ctx.strokeStyle = colour;
          ctx.lineWidth = 2.2;
          ctx.lineCap = 'round';
          ctx.stroke(new Path2D(path));
          ctx.restore();
        }
        break;
    }
  }
  return scanner(page, o, r);
}

function scanner(page: Canvas, o: ScanOpts, r: () => number): Buffer {
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  ctx.fillStyle = o.gray ? '#eeeeee' : '#f3f1ec';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2 + (r() - 0.5) * 24, H / 2 + (r() - 0.5) * 24);
  ctx.rotate(((o.skew + (r() - 0.5) * 0.4) * Math.PI) / 180);
  const sc = 0.975 + r() * 0.02;
  ctx.scale(sc, sc);
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(page, -W / 2, -H / 2);
  ctx.restore();
  ctx.globalCompositeOperation = 'source-over';
  // lid shadow along one edge
  if (o.shadow !== 'none') {
    const g =
      o.shadow === 'left' ? ctx.createLinearGradient(0, 0, 60, 0) : o.shadow === 'right' ? ctx.createLinearGradient(W, 0, W - 60, 0) : ctx.createLinearGradient(0, 0, 0, 50);
    g.addColorStop(0, 'rgba(40,40,40,0.55)');
    g.addColorStop(1, 'rgba(40,40,40,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, W, H);
  }
  // speckle and dust
  const dots = Math.round(600 + o.noise * 2400);
  for (let i = 0; i < dots; i++) {
    const d = r();
    ctx.fillStyle = d < 0.8 ? `rgba(30,30,30,${(0.2 + r() * 0.6).toFixed(2)})` : 'rgba(255,255,255,0.8)';
    const s = r() < 0.9 ? 1 + r() * 1.6 : 2 + r() * 3;
    ctx.fillRect(r() * W, r() * H, s, s * (0.6 + r() * 0.8));
  }
  // a faint streak from the scanner glass
  ctx.fillStyle = 'rgba(90,90,90,0.12)';
  ctx.fillRect(Math.floor(r() * W), 0, 2, H);
  // grey-level noise, optional greyscale
  const img = ctx.getImageData(0, 0, W, H);
  const px = img.data;
  const amp = 3 + o.noise * 7;
  for (let i = 0; i < px.length; i += 4) {
    const n = (r() + r() - 1) * amp;
    if (o.gray) {
      const g = Math.max(0, Math.min(255, 0.3 * px[i]! + 0.59 * px[i + 1]! + 0.11 * px[i + 2]! + n));
      px[i] = px[i + 1] = px[i + 2] = g;
    } else {
      px[i] = Math.max(0, Math.min(255, px[i]! + n));
      px[i + 1] = Math.max(0, Math.min(255, px[i + 1]! + n));
      px[i + 2] = Math.max(0, Math.min(255, px[i + 2]! + n));
    }
  }
  ctx.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', 66);
}

export async function scanPdf(pages: Op[][], o: ScanOpts): Promise<Buffer> {
  const jpegs = pages.map((p, i) => drawPage(p, o, i));
  return imagePdf(jpegs, o.meta, o.seed);
}
