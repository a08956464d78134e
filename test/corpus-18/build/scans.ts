// Scanned forms: the page descriptions of forms.ts drawn on a canvas as printed paper (typed values, pen
// corrections, ticks and signatures), then degraded as a phone photograph (keystone, tilt, uneven light, table
// around the sheet) or a flatbed scan (skew, speckle, shadowed edge). Seeded noise; JPEG pages.
import { type Canvas, type SKRSContext2D, GlobalFonts, Path2D, createCanvas } from '@napi-rs/canvas';
import { A4, type El, type Page, scribble, wrap } from './forms.js';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype';
let registered = false;
function fonts(): void {
  if (registered) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'ScanSans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'ScanSansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Regular.ttf`, 'ScanSerif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationMono-Regular.ttf`, 'ScanMono');
  GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'ScanHand');
  registered = true;
}

const INK = 'rgb(22,32,110)';

/** Pen lettering: an oblique face with a little seeded wobble per letter. */
function hand(ctx: SKRSContext2D, s: string, x: number, y: number, px: number, r: () => number, color = INK): number {
  ctx.save();
  ctx.fillStyle = color;
  let cx = x;
  for (const ch of s) {
    const size = px * (0.96 + r() * 0.1);
    ctx.font = `${size.toFixed(1)}px ScanHand`;
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * px * 0.08);
    ctx.rotate((r() - 0.5) * 0.06);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (0.98 + r() * 0.06);
  }
  ctx.restore();
  return cx - x;
}

function penLine(ctx: SKRSContext2D, x1: number, y1: number, x2: number, y2: number, w: number, r: () => number): void {
  ctx.save();
  ctx.strokeStyle = INK;
  ctx.lineWidth = w;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  const mx = (x1 + x2) / 2;
  ctx.quadraticCurveTo(mx, (y1 + y2) / 2 + (r() - 0.5) * w * 3, x2, y2 + (r() - 0.5) * w);
  ctx.stroke();
  ctx.restore();
}

/** The clean printed-and-filled sheet at the given resolution. */
export function renderSheet(page: Page, dpi: number, seed: number, o: { typedFont?: string } = {}): Canvas {
  fonts();
  const s = dpi / 72;
  const W = Math.round(A4.w * s);
  const H = Math.round(A4.h * s);
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  const r = rng(seed);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  const typed = o.typedFont ?? 'ScanSans';
  const drawEl = (el: El): void => {
    switch (el.t) {
      case 'band':
        ctx.fillStyle = `rgb(${el.rgb.map((v) => Math.round(v * 255)).join(',')})`;
        ctx.fillRect(el.x * s, el.y * s, el.w * s, el.h * s);
        if (el.label) {
          ctx.fillStyle = `rgb(${(el.labelColor ?? [0, 0, 0]).map((v) => Math.round(v * 255)).join(',')})`;
          ctx.font = `${(el.size ?? 10) * s}px ScanSansBold`;
          ctx.fillText(el.label, (el.x + 8) * s, (el.y + el.h * 0.68) * s);
        }
        break;
      case 'text':
        ctx.fillStyle = `rgb(${(el.color ?? [0, 0, 0]).map((v) => Math.round(v * 255)).join(',')})`;
        ctx.font = `${el.size * s}px ${el.bold ? 'ScanSansBold' : el.serif ? 'ScanSerif' : 'ScanSans'}`;
        ctx.fillText(el.s, el.x * s, el.y * s);
        break;
      case 'para': {
        ctx.fillStyle = '#000';
        ctx.font = `${el.size * s}px ${el.serif ? 'ScanSerif' : 'ScanSans'}`;
        const lead = el.lead ?? el.size * 1.3;
        wrap(el.s, el.w, el.size, el.serif ? 0.48 : 0.5).forEach((line, i) => ctx.fillText(line, el.x * s, (el.y + el.size + i * lead) * s));
        break;
      }
      case 'rule':
        ctx.fillStyle = 'rgb(50,75,125)';
        ctx.fillRect(el.x * s, el.y * s, el.w * s, (el.thick ?? 0.8) * s);
        break;
      case 'note':
        ctx.save();
        ctx.translate(el.x * s, el.y * s);
        ctx.rotate(el.angle ?? 0);
        hand(ctx, el.s, 0, 0, el.size * s, r, el.color ? `rgb(${el.color.map((v) => Math.round(v * 255)).join(',')})` : INK);
        ctx.restore();
        break;
      case 'field': {
        const h = el.h ?? 20;
        ctx.fillStyle = 'rgb(242,245,250)';
        ctx.fillRect(el.x * s, el.y * s, el.labelW * s, h * s);
        ctx.strokeStyle = 'rgb(115,128,153)';
        ctx.lineWidth = 0.7 * s;
        ctx.strokeRect(el.x * s, el.y * s, el.w * s, h * s);
        ctx.strokeRect(el.x * s, el.y * s, el.labelW * s, h * s);
        ctx.fillStyle = '#000';
        ctx.font = `${9 * s}px ScanSansBold`;
        wrap(el.label, el.labelW - 8, 9, 0.5).slice(0, 2).forEach((l, i) => ctx.fillText(l, (el.x + 4) * s, (el.y + 12 + i * 10) * s));
        const vx = (el.x + el.labelW + 6) * s;
        const vy = (el.y + Math.min(h * 0.5 + 4, 15)) * s;
        let vw = 0;
        if (el.value) {
          if (el.hand) vw = hand(ctx, el.value, vx, vy + 1 * s, 12.5 * s, r);
          else {
            ctx.fillStyle = '#111';
            ctx.font = `${10.5 * s}px ${typed}`;
            ctx.fillText(el.value, vx, vy);
            vw = ctx.measureText(el.value).width;
          }
        }
        if (el.struck && el.value) {
          penLine(ctx, vx - 3 * s, vy - 3.5 * s, vx + vw + 3 * s, vy - 4.5 * s, 1.4 * s, r);
          penLine(ctx, vx - 2 * s, vy - 1.5 * s, vx + vw + 2 * s, vy - 2.5 * s, 1.2 * s, r);
        }
        if (el.correction) {
          const cx = el.value ? vx + vw + 14 * s : vx;
          if (el.value) penLine(ctx, cx - 10 * s, vy - 4 * s, cx - 3 * s, vy - 4 * s, 1 * s, r);
          hand(ctx, el.correction, cx, vy + 1.5 * s, 13 * s, r);
        }
        break;
      }
      case 'check': {
        ctx.strokeStyle = '#333';
        ctx.lineWidth = 0.8 * s;
        ctx.strokeRect(el.x * s, el.y * s, 10 * s, 10 * s);
        ctx.fillStyle = '#000';
        ctx.font = `${9 * s}px ScanSans`;
        ctx.fillText(el.label, (el.x + 15) * s, (el.y + 8.5) * s);
        if (el.checked) {
          if (el.hand) {
            ctx.save();
            ctx.strokeStyle = INK;
            ctx.lineWidth = 1.6 * s;
            ctx.lineCap = 'round';
            ctx.beginPath();
            ctx.moveTo((el.x + 1) * s, (el.y + 5) * s);
            ctx.lineTo((el.x + 4.5) * s, (el.y + 10) * s);
            ctx.quadraticCurveTo((el.x + 8) * s, (el.y + 1) * s, (el.x + 14) * s, (el.y - 4) * s);
            ctx.stroke();
            ctx.restore();
          } else {
            ctx.font = `${10 * s}px ScanSansBold`;
            ctx.fillText('X', (el.x + 1.8) * s, (el.y + 8.8) * s);
          }
        }
        break;
      }
      case 'sig': {
        if (el.labelW > 0) {
          ctx.fillStyle = 'rgb(242,245,250)';
          ctx.fillRect(el.x * s, el.y * s, el.labelW * s, el.h * s);
          ctx.strokeStyle = 'rgb(115,128,153)';
          ctx.lineWidth = 0.7 * s;
          ctx.strokeRect(el.x * s, el.y * s, el.w * s, el.h * s);
          ctx.strokeRect(el.x * s, el.y * s, el.labelW * s, el.h * s);
          ctx.fillStyle = '#000';
          ctx.font = `${9 * s}px ScanSansBold`;
          ctx.fillText(el.label, (el.x + 4) * s, (el.y + 12) * s);
        }
        if (el.signed) {
          const w = Math.min(220, el.w - el.labelW - 16);
          ctx.save();
          ctx.translate((el.x + el.labelW + 10) * s, (el.y + 3) * s);
          ctx.scale(s, s);
          ctx.strokeStyle = INK;
          ctx.lineWidth = 1.4;
          ctx.lineCap = 'round';
          ctx.stroke(new Path2D(scribble(el.seed, w, el.h - 6)));
          ctx.restore();
        }
        break;
      }
    }
  };
  for (const el of page.els) drawEl(el);
  return c;
}

function addNoise(ctx: SKRSContext2D, W: number, H: number, r: () => number, amp: number, speckles: number): void {
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() + r() + r() - 1.5) * amp;
    d[i] = Math.max(0, Math.min(255, (d[i] ?? 0) + n));
    d[i + 1] = Math.max(0, Math.min(255, (d[i + 1] ?? 0) + n));
    d[i + 2] = Math.max(0, Math.min(255, (d[i + 2] ?? 0) + n));
  }
  for (let k = 0; k < speckles; k++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * H);
    const v = Math.floor(r() * 90);
    for (let dy = 0; dy < 2; dy++) {
      for (let dx = 0; dx < 2; dx++) {
        const j = ((y + dy) * W + x + dx) * 4;
        if (j + 2 < d.length) { d[j] = v; d[j + 1] = v; d[j + 2] = v; }
      }
    }
  }
  ctx.putImageData(img, 0, 0);
}

export interface Jpeg { jpg: Buffer; w: number; h: number }

/** A sheet photographed on a desk by a phone: keystone, tilt, warm uneven light, the desk around it. */
export function phonePhoto(sheet: Canvas, seed: number, o: { tilt?: number; keystone?: number; shadow?: boolean } = {}): Jpeg {
  const r = rng(seed);
  const W = 1500;
  const H = 2000;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  const desk = ctx.createLinearGradient(0, 0, W, H);
  desk.addColorStop(0, 'rgb(138,104,72)');
  desk.addColorStop(1, 'rgb(92,66,44)');
  ctx.fillStyle = desk;
  ctx.fillRect(0, 0, W, H);
  // wood grain
  ctx.globalAlpha = 0.12;
  for (let i = 0; i < 60; i++) {
    ctx.strokeStyle = r() > 0.5 ? 'rgb(60,40,25)' : 'rgb(170,130,90)';
    ctx.lineWidth = 1 + r() * 3;
    const y0 = r() * H;
    ctx.beginPath();
    ctx.moveTo(0, y0);
    ctx.bezierCurveTo(W * 0.3, y0 + (r() - 0.5) * 60, W * 0.7, y0 + (r() - 0.5) * 60, W, y0 + (r() - 0.5) * 40);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  const sw = sheet.width;
  const sh = sheet.height;
  const paperW = W * 0.9;
  const scale = paperW / sw;
  const paperH = sh * scale;
  const tilt = o.tilt ?? (r() - 0.5) * 0.06;
  const key = o.keystone ?? 0.07;
  ctx.save();
  ctx.translate(W / 2, H / 2 + 10);
  ctx.rotate(tilt);
  // paper shadow
  ctx.fillStyle = 'rgba(0,0,0,0.35)';
  ctx.fillRect(-paperW / 2 + 10, -paperH / 2 + 14, paperW, paperH);
  // keystone: the top of the sheet is further from the lens, so narrower
  for (let y = 0; y < sh; y += 2) {
    const t = y / sh;
    const rowScale = 1 - key * (1 - t);
    const rw = paperW * rowScale;
    const dy = -paperH / 2 + y * scale * (0.97 + 0.03 * t);
    ctx.drawImage(sheet, 0, y, sw, 2, -rw / 2, dy, rw, 2 * scale + 0.8);
  }
  ctx.restore();
  // uneven light: bright window side, dim far corner, a soft phone shadow
  ctx.globalCompositeOperation = 'multiply';
  const light = ctx.createRadialGradient(W * 0.28, H * 0.22, 80, W * 0.55, H * 0.6, H * 0.95);
  light.addColorStop(0, 'rgb(255,252,240)');
  light.addColorStop(0.6, 'rgb(236,226,204)');
  light.addColorStop(1, 'rgb(168,156,138)');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, W, H);
  if (o.shadow !== false) {
    const sh2 = ctx.createRadialGradient(W * 0.92, H * 0.95, 20, W * 0.92, H * 0.95, W * 0.45);
    sh2.addColorStop(0, 'rgb(120,115,110)');
    sh2.addColorStop(1, 'rgb(255,255,255)');
    ctx.fillStyle = sh2;
    ctx.fillRect(0, 0, W, H);
  }
  ctx.globalCompositeOperation = 'source-over';
  addNoise(ctx, W, H, r, 9, 0);
  return { jpg: c.encodeSync('jpeg', 82), w: W, h: H };
}

/** A sheet through an office multifunction scanner: slight skew, grey cast, speckle, a shadowed binding edge. */
export function flatbedScan(sheet: Canvas, seed: number, o: { skew?: number } = {}): Jpeg {
  const r = rng(seed);
  const W = sheet.width;
  const H = sheet.height;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = 'rgb(236,236,232)';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate(o.skew ?? 0.014);
  ctx.drawImage(sheet, -W / 2 + 8, -H / 2 + 6, W * 0.985, H * 0.985);
  ctx.restore();
  ctx.globalCompositeOperation = 'multiply';
  const edge = ctx.createLinearGradient(0, 0, W * 0.08, 0);
  edge.addColorStop(0, 'rgb(120,120,120)');
  edge.addColorStop(1, 'rgb(255,255,255)');
  ctx.fillStyle = edge;
  ctx.fillRect(0, 0, W * 0.08, H);
  ctx.fillStyle = 'rgb(246,246,242)';
  ctx.fillRect(0, 0, W, H);
  ctx.globalCompositeOperation = 'source-over';
  addNoise(ctx, W, H, r, 10, Math.floor(W * H / 30000));
  return { jpg: c.encodeSync('jpeg', 78), w: W, h: H };
}
