// Image-only scans of corpus 40: pages drawn with @napi-rs/canvas (DejaVu fonts), spoiled the way a pharmacy's
// multifunction printer or a phone camera spoils them (skew, low contrast, speckle, a coffee ring, a fold, a stamp),
// encoded as JPEG and wrapped in a PDF by pdf-lib. All noise comes from a generator seeded with the scan's name.
import { type Canvas, GlobalFonts, type SKRSContext2D, createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
let fontsReady = false;
export function ensureFonts(): void {
  if (fontsReady) return;
  const reg: [string, string][] = [
    ['DejaVuSans.ttf', 'DVSans'], ['DejaVuSans-Bold.ttf', 'DVSansBold'], ['DejaVuSans-Oblique.ttf', 'DVSansOblique'],
    ['DejaVuSansCondensed.ttf', 'DVCond'], ['DejaVuSansCondensed-Oblique.ttf', 'DVCondOblique'], ['DejaVuSansCondensed-Bold.ttf', 'DVCondBold'],
    ['DejaVuSerif.ttf', 'DVSerif'], ['DejaVuSerif-Bold.ttf', 'DVSerifBold'], ['DejaVuSerif-Italic.ttf', 'DVSerifItalic'],
    ['DejaVuSansMono.ttf', 'DVMono'],
  ];
  for (const [f, a] of reg) GlobalFonts.registerFromPath(`${FONT_DIR}/${f}`, a);
  fontsReady = true;
}

export const DPI = 150;
export const PX = DPI / 72;                 // pixels per point
export const A4PX: [number, number] = [1240, 1754];
type Ctx = SKRSContext2D;
type Rnd = () => number;

// ---------- printing and writing ----------

export function printed(ctx: Ctx, text: string, xPt: number, yPt: number, sizePt: number, font = 'DVSans', color = '#111'): number {
  ctx.font = `${(sizePt * PX).toFixed(1)}px ${font}`;
  ctx.fillStyle = color;
  ctx.fillText(text, xPt * PX, yPt * PX);
  return ctx.measureText(text).width / PX;
}

export function rect(ctx: Ctx, xPt: number, yPt: number, wPt: number, hPt: number, lw = 1.4, color = '#222', fill?: string): void {
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fillRect(xPt * PX, yPt * PX, wPt * PX, hPt * PX);
  }
  ctx.strokeStyle = color;
  ctx.lineWidth = lw;
  ctx.strokeRect(xPt * PX, yPt * PX, wPt * PX, hPt * PX);
}

export interface HandOpts { ink?: string; font?: string; caps?: boolean; jitter?: number; spacing?: number }

/** Hand lettering: each glyph turned, lifted and sized a little differently; returns the width in points. */
export function hand(ctx: Ctx, text: string, xPt: number, yPt: number, sizePt: number, r: Rnd, o: HandOpts = {}): number {
  const s = o.caps ? text.toUpperCase() : text;
  const j = o.jitter ?? 1.5;
  let x = xPt * PX;
  let drift = 0;
  const font = o.font ?? (o.caps ? 'DVSans' : 'DVCondOblique');
  for (const ch of [...s]) {
    const size = sizePt * PX * (0.94 + r() * 0.12);
    ctx.font = `${size.toFixed(1)}px ${font}`;
    const w = ctx.measureText(ch).width;
    ctx.save();
    drift = Math.max(-3, Math.min(3, drift + (r() - 0.5) * 0.9 * j));
    ctx.translate(x, yPt * PX + (r() - 0.5) * 2.4 * j + drift);
    ctx.rotate((r() - 0.5) * 0.09 * j);
    ctx.fillStyle = o.ink ?? '#1a2a6c';
    ctx.globalAlpha = 0.78 + r() * 0.22;
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    x += w * (o.spacing ?? (o.caps ? 1.06 : 0.98)) + (r() - 0.3) * 1.2;
  }
  ctx.globalAlpha = 1;
  return (x - xPt * PX) / PX;
}

export function strike(ctx: Ctx, xPt: number, yPt: number, wPt: number, r: Rnd, ink = '#1a2a6c'): void {
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2.6;
  ctx.globalAlpha = 0.9;
  for (let k = 0; k < 2; k++) {
    ctx.beginPath();
    ctx.moveTo((xPt - 2) * PX, (yPt - 4 + k * 2.5 + (r() - 0.5) * 2) * PX);
    ctx.bezierCurveTo((xPt + wPt * 0.3) * PX, (yPt - 6 + r() * 3) * PX, (xPt + wPt * 0.7) * PX, (yPt - 2 - r() * 3) * PX, (xPt + wPt + 3) * PX, (yPt - 4 + k * 2 + (r() - 0.5) * 2) * PX);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

export function tick(ctx: Ctx, xPt: number, yPt: number, r: Rnd, ink = '#1a2a6c'): void {
  ctx.strokeStyle = ink;
  ctx.lineWidth = 3.2;
  ctx.beginPath();
  ctx.moveTo((xPt + 1) * PX, (yPt + 5 + r()) * PX);
  ctx.lineTo((xPt + 4) * PX, (yPt + 9) * PX);
  ctx.lineTo((xPt + 11 + r() * 2) * PX, (yPt - 2 - r() * 2) * PX);
  ctx.stroke();
}

export function signature(ctx: Ctx, xPt: number, yPt: number, wPt: number, hPt: number, r: Rnd, ink = '#0d1a55'): void {
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2.4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  let x = xPt + 4;
  let y = yPt + hPt * (0.5 + r() * 0.2);
  ctx.moveTo(x * PX, y * PX);
  const n = 6 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = Math.min(xPt + wPt - 4, x + (wPt * 0.8) / n + r() * 6);
    const ny = yPt + hPt * (0.15 + r() * 0.7);
    ctx.bezierCurveTo((x + r() * 12) * PX, (y - hPt * 0.6 * r()) * PX, (nx - r() * 12) * PX, (ny + hPt * 0.6 * r()) * PX, nx * PX, ny * PX);
    x = nx;
    y = ny;
  }
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo((xPt + wPt * 0.1) * PX, (yPt + hPt * 0.9) * PX);
  ctx.quadraticCurveTo((xPt + wPt * 0.5) * PX, (yPt + hPt * 0.75) * PX, (xPt + wPt * 0.85) * PX, (yPt + hPt * 0.88) * PX);
  ctx.stroke();
}

/** A rubber stamp: double border, capitals, rotated, semi-transparent, printed over whatever is below it. */
export function stamp(ctx: Ctx, lines: string[], cxPt: number, cyPt: number, angle: number, color: string, r: Rnd): void {
  ctx.save();
  ctx.translate(cxPt * PX, cyPt * PX);
  ctx.rotate(angle);
  ctx.globalAlpha = 0.62;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  const w = 190;
  const h = 22 + lines.length * 16;
  ctx.lineWidth = 4;
  ctx.strokeRect((-w / 2) * PX, (-h / 2) * PX, w * PX, h * PX);
  ctx.lineWidth = 1.6;
  ctx.strokeRect((-w / 2 + 4) * PX, (-h / 2 + 4) * PX, (w - 8) * PX, (h - 8) * PX);
  lines.forEach((l, i) => {
    ctx.font = `${((i === 0 ? 13 : 11.5) * PX).toFixed(1)}px DVSansBold`;
    const tw = ctx.measureText(l).width;
    ctx.fillText(l, -tw / 2, (-h / 2 + 22 + i * 16) * PX);
  });
  // uneven ink: knock out some specks
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'destination-out';
  for (let i = 0; i < 220; i++) {
    ctx.beginPath();
    ctx.arc((r() - 0.5) * w * PX, (r() - 0.5) * h * PX, 1 + r() * 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

export function coffeeRing(ctx: Ctx, cxPt: number, cyPt: number, radPt: number, r: Rnd): void {
  ctx.save();
  const cx = cxPt * PX;
  const cy = cyPt * PX;
  const rad = radPt * PX;
  const g = ctx.createRadialGradient(cx, cy, rad * 0.2, cx, cy, rad);
  g.addColorStop(0, 'rgba(160,110,60,0.05)');
  g.addColorStop(0.85, 'rgba(150,100,50,0.10)');
  g.addColorStop(1, 'rgba(120,75,30,0.0)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(cx, cy, rad, 0, Math.PI * 2);
  ctx.fill();
  for (let k = 0; k < 3; k++) {
    ctx.strokeStyle = `rgba(115,70,30,${(0.28 + r() * 0.2).toFixed(2)})`;
    ctx.lineWidth = 3 + r() * 5;
    ctx.beginPath();
    const start = r() * Math.PI * 2;
    ctx.arc(cx + (r() - 0.5) * 6, cy + (r() - 0.5) * 6, rad * (0.96 + k * 0.02), start, start + Math.PI * (1.3 + r() * 0.7));
    ctx.stroke();
  }
  ctx.restore();
}

export function foldLine(ctx: Ctx, yPt: number, wPt: number, r: Rnd): void {
  const y = yPt * PX;
  const g = ctx.createLinearGradient(0, y - 14, 0, y + 14);
  g.addColorStop(0, 'rgba(0,0,0,0)');
  g.addColorStop(0.45, 'rgba(0,0,0,0.10)');
  g.addColorStop(0.5, 'rgba(255,255,255,0.25)');
  g.addColorStop(0.55, 'rgba(0,0,0,0.14)');
  g.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, y - 14, wPt * PX, 28);
  ctx.strokeStyle = 'rgba(60,60,60,0.35)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, y + (r() - 0.5) * 3);
  for (let x = 0; x <= wPt * PX; x += 80) ctx.lineTo(x, y + (r() - 0.5) * 3);
  ctx.stroke();
}

// ---------- the scanner and the camera ----------

export interface ScanLook {
  device: 'mfp' | 'phone';
  skewDeg: number;
  contrast: [number, number];   // darkest and lightest grey the sensor gives
  noise: number;                // +- per pixel
  speckles: number;
  quality: number;              // JPEG quality 0-100
  grey?: boolean;
}

export type PageDraw = (ctx: Ctx, r: Rnd) => void;

function paper(seed: string, draw: PageDraw): Canvas {
  ensureFonts();
  const [w, h] = A4PX;
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fdfcf8';
  ctx.fillRect(0, 0, w, h);
  draw(ctx, rng(`${seed}|draw`));
  return c;
}

function shoot(seed: string, page: Canvas, look: ScanLook): Canvas {
  const r = rng(`${seed}|look`);
  const [pw, ph] = A4PX;
  let out: Canvas;
  if (look.device === 'mfp') {
    out = createCanvas(pw, ph);
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#f2f2f0';
    ctx.fillRect(0, 0, pw, ph);
    ctx.save();
    ctx.translate(pw / 2 + (r() - 0.5) * 16, ph / 2 + (r() - 0.5) * 12);
    ctx.rotate((look.skewDeg * Math.PI) / 180);
    ctx.drawImage(page, -pw / 2, -ph / 2);
    ctx.restore();
    // lid shadow along one long edge
    const g = ctx.createLinearGradient(pw - 40, 0, pw, 0);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(1, 'rgba(0,0,0,0.55)');
    ctx.fillStyle = g;
    ctx.fillRect(pw - 40, 0, 40, ph);
  } else {
    const W = 1512;
    const H = 2016;
    out = createCanvas(W, H);
    const ctx = out.getContext('2d');
    // a desk: warm brown with grain
    ctx.fillStyle = '#6b4a2f';
    ctx.fillRect(0, 0, W, H);
    for (let i = 0; i < 140; i++) {
      ctx.strokeStyle = `rgba(${40 + Math.floor(r() * 30)},${25 + Math.floor(r() * 20)},10,${(0.15 + r() * 0.2).toFixed(2)})`;
      ctx.lineWidth = 1 + r() * 4;
      ctx.beginPath();
      const y0 = r() * H;
      ctx.moveTo(0, y0);
      ctx.bezierCurveTo(W * 0.3, y0 + (r() - 0.5) * 60, W * 0.7, y0 + (r() - 0.5) * 60, W, y0 + (r() - 0.5) * 40);
      ctx.stroke();
    }
    ctx.save();
    ctx.translate(W / 2 + 10, H / 2 - 6);
    ctx.rotate((look.skewDeg * Math.PI) / 180);
    const sc = 1.08;
    ctx.shadowColor = 'rgba(0,0,0,0.5)';
    ctx.shadowBlur = 28;
    ctx.shadowOffsetX = 10;
    ctx.shadowOffsetY = 14;
    // a slight keystone: draw the sheet in horizontal strips, each a little narrower towards the top
    const strips = 48;
    for (let i = 0; i < strips; i++) {
      const sy = (ph / strips) * i;
      const sh = ph / strips + 1;
      const k = 0.955 + 0.045 * (i / strips);
      const dw = pw * sc * k;
      ctx.drawImage(page, 0, sy, pw, sh, -dw / 2, (-ph / 2 + sy) * sc, dw, sh * sc);
      if (i === 0) ctx.shadowColor = 'rgba(0,0,0,0)';
    }
    ctx.restore();
    // the phone's shadow across a corner and uneven light
    const g = ctx.createRadialGradient(W * 0.25, H * 0.2, 100, W * 0.5, H * 0.55, W * 1.1);
    g.addColorStop(0, 'rgba(255,250,235,0.10)');
    g.addColorStop(1, 'rgba(0,0,0,0.38)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = 'rgba(0,0,0,0.22)';
    ctx.beginPath();
    ctx.moveTo(W, H * 0.62);
    ctx.quadraticCurveTo(W * 0.72, H * 0.82, W * 0.6, H);
    ctx.lineTo(W, H);
    ctx.closePath();
    ctx.fill();
  }
  // sensor: contrast squeeze, noise, speckles
  const ctx = out.getContext('2d');
  const img = ctx.getImageData(0, 0, out.width, out.height);
  const d = img.data;
  const [lo, hi] = look.contrast;
  const scale = (hi - lo) / 255;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * 2 * look.noise;
    if (look.grey) {
      const v = 0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]!;
      const o = Math.max(0, Math.min(255, lo + v * scale + n));
      d[i] = o;
      d[i + 1] = o;
      d[i + 2] = o;
    } else {
      d[i] = Math.max(0, Math.min(255, lo + d[i]! * scale + n));
      d[i + 1] = Math.max(0, Math.min(255, lo + d[i + 1]! * scale + n));
      d[i + 2] = Math.max(0, Math.min(255, lo + d[i + 2]! * scale + n * 0.9));
    }
  }
  ctx.putImageData(img, 0, 0);
  ctx.fillStyle = 'rgba(30,30,30,0.8)';
  for (let i = 0; i < look.speckles; i++) {
    ctx.beginPath();
    ctx.arc(r() * out.width, r() * out.height, 0.6 + r() * 1.6, 0, Math.PI * 2);
    ctx.fill();
  }
  return out;
}

/** Draws, spoils and wraps the pages; returns the PDF and the page images (for looking at them by eye). */
export async function scanPdf(seed: string, pages: PageDraw[], look: ScanLook, meta: { producer: string; creator: string; date: string }): Promise<{ pdf: Buffer; jpegs: Buffer[] }> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const when = new Date(meta.date);
  pdf.setProducer(meta.producer);
  pdf.setCreator(meta.creator);
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const jpegs: Buffer[] = [];
  for (let i = 0; i < pages.length; i++) {
    const sheet = paper(`${seed}|${i}`, pages[i]!);
    const shot = shoot(`${seed}|${i}`, sheet, look);
    const jpg = shot.encodeSync('jpeg', look.quality);
    jpegs.push(jpg);
    const img = await pdf.embedJpg(jpg);
    const wPt = (shot.width / DPI) * 72;
    const hPt = (shot.height / DPI) * 72;
    const page = pdf.addPage([wPt, hPt]);
    page.drawImage(img, { x: 0, y: 0, width: wPt, height: hPt });
  }
  return { pdf: Buffer.from(await pdf.save({ useObjectStreams: false })), jpegs };
}
