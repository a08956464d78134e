// Scanned pages for corpus 36 (writer AF): forms drawn with @napi-rs/canvas, then "scanned" or "photographed".
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { rng } from './lib.js';

const FONTS = '/usr/share/fonts/truetype/dejavu';
let registered = false;
function registerFonts(): void {
  if (registered) return;
  registered = true;
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSans.ttf`, 'AFSans');
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSans-Bold.ttf`, 'AFSansBold');
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSerif.ttf`, 'AFSerif');
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSerif-Bold.ttf`, 'AFSerifBold');
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSansMono.ttf`, 'AFMono');
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSansCondensed-Oblique.ttf`, 'AFHand');
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSansCondensed.ttf`, 'AFHandUpright');
  GlobalFonts.registerFromPath(`${FONTS}/DejaVuSerifCondensed-Italic.ttf`, 'AFHandSerif');
}

type FontName = 'sans' | 'sansb' | 'serif' | 'serifb' | 'mono';
const FAMILY: Record<FontName, string> = { sans: 'AFSans', sansb: 'AFSansBold', serif: 'AFSerif', serifb: 'AFSerifBold', mono: 'AFMono' };

export const A4 = { w: 595.28, h: 841.89 };

/** An A4 sheet drawn in points (origin top left), rendered at `dpi`. */
export class Sheet {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  readonly rand: () => number;
  constructor(
    readonly dpi: number,
    seed: number,
  ) {
    registerFonts();
    this.canvas = createCanvas(Math.round((A4.w * dpi) / 72), Math.round((A4.h * dpi) / 72));
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    this.ctx.scale(dpi / 72, dpi / 72);
    this.rand = rng(seed);
  }

  text(x: number, y: number, s: string, size = 10, font: FontName = 'sans', color = '#111111'): number {
    const c = this.ctx;
    c.font = `${size}px ${FAMILY[font]}`;
    c.fillStyle = color;
    c.fillText(s, x, y);
    return c.measureText(s).width;
  }

  /** Wraps a paragraph to `width`, returns the y after it. */
  para(x: number, y: number, s: string, width: number, size = 9.5, font: FontName = 'sans', lead = 1.35): number {
    const c = this.ctx;
    c.font = `${size}px ${FAMILY[font]}`;
    let line = '';
    for (const w of s.split(' ')) {
      const t = line ? `${line} ${w}` : w;
      if (c.measureText(t).width > width && line) {
        this.text(x, y, line, size, font);
        y += size * lead;
        line = w;
      } else line = t;
    }
    if (line) this.text(x, y, line, size, font);
    return y + size * lead;
  }

  line(x1: number, y1: number, x2: number, y2: number, w = 0.7, color = '#222222', dash: number[] = []): void {
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = w;
    c.setLineDash(dash);
    c.beginPath();
    c.moveTo(x1, y1);
    c.lineTo(x2, y2);
    c.stroke();
    c.setLineDash([]);
  }

  rect(x: number, y: number, w: number, h: number, lw = 0.7, fill: string | null = null, stroke = '#222222'): void {
    const c = this.ctx;
    if (fill) {
      c.fillStyle = fill;
      c.fillRect(x, y, w, h);
    }
    if (lw > 0) {
      c.strokeStyle = stroke;
      c.lineWidth = lw;
      c.strokeRect(x, y, w, h);
    }
  }

  /** Handwriting-like lettering: each glyph jittered in size, angle and baseline. */
  hand(x: number, y: number, s: string, size = 13, ink = '#1c2b7a', family = 'AFHand'): number {
    const c = this.ctx;
    const r = this.rand;
    let cx = x;
    for (const ch of s) {
      const sz = size * (0.9 + 0.18 * r());
      c.font = `${sz}px ${family}`;
      const w = c.measureText(ch).width;
      if (ch !== ' ') {
        c.save();
        c.translate(cx, y + (r() - 0.5) * size * 0.12);
        c.rotate((r() - 0.5) * 0.14);
        c.globalAlpha = 0.82 + 0.18 * r();
        c.fillStyle = ink;
        c.fillText(ch, 0, 0);
        c.fillText(ch, 0.25, 0.15);
        c.restore();
      }
      cx += w * (0.93 + 0.12 * r()) + size * 0.03;
    }
    c.globalAlpha = 1;
    return cx - x;
  }

  /** A row of character boxes. */
  boxes(x: number, y: number, n: number, bw = 15, bh = 18): void {
    for (let i = 0; i < n; i++) this.rect(x + i * bw, y, bw, bh, 0.6, null, '#333333');
  }

  /** One handwritten capital per box, roughly centred, pressing on the box edges now and then. */
  boxHand(x: number, y: number, n: number, s: string, bw = 15, bh = 18, ink = '#14206a'): void {
    this.boxes(x, y, n, bw, bh);
    const c = this.ctx;
    const r = this.rand;
    [...s].slice(0, n).forEach((ch, i) => {
      if (ch === ' ') return;
      const sz = bh * (0.66 + 0.12 * r());
      c.font = `${sz}px AFHandUpright`;
      const w = c.measureText(ch).width;
      c.save();
      c.translate(x + i * bw + (bw - w) / 2 + (r() - 0.5) * 2.2, y + bh * 0.8 + (r() - 0.5) * 2);
      c.rotate((r() - 0.5) * 0.16);
      c.fillStyle = ink;
      c.globalAlpha = 0.85 + 0.15 * r();
      c.fillText(ch, 0, 0);
      c.fillText(ch, 0.3, 0.1);
      c.restore();
    });
    c.globalAlpha = 1;
  }

  tick(x: number, y: number, size = 9, ink = '#1c2b7a'): void {
    const c = this.ctx;
    c.strokeStyle = ink;
    c.lineWidth = 1.4;
    c.lineCap = 'round';
    c.beginPath();
    c.moveTo(x, y + size * 0.55);
    c.quadraticCurveTo(x + size * 0.25, y + size * 0.75, x + size * 0.38, y + size);
    c.quadraticCurveTo(x + size * 0.6, y + size * 0.4, x + size * 1.15, y - size * 0.15);
    c.stroke();
  }

  /** A signature scribble inside the box (x, y, w, h): a capital loop, a run of small loops, a flourish. */
  scribble(x: number, y: number, w: number, h: number, ink = '#1a1f5c'): void {
    const c = this.ctx;
    const r = this.rand;
    c.strokeStyle = ink;
    c.lineWidth = 1.1;
    c.lineCap = 'round';
    c.lineJoin = 'round';
    c.beginPath();
    // a tall first letter
    const x0 = x + w * 0.06;
    c.moveTo(x0, y + h * 0.85);
    c.bezierCurveTo(x0 + w * 0.02, y + h * 0.1, x0 + w * 0.14, y - h * 0.02, x0 + w * 0.1, y + h * 0.4);
    c.bezierCurveTo(x0 + w * 0.07, y + h * 0.62, x0 - w * 0.02, y + h * 0.55, x0 + w * 0.06, y + h * 0.5);
    let px = x0 + w * 0.12;
    let py = y + h * 0.6;
    c.lineTo(px, py);
    const n = 5 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const step = (w * 0.7) / n;
      const top = y + h * (0.2 + 0.35 * r());
      const nx = px + step * (0.8 + 0.4 * r());
      const ny = y + h * (0.55 + 0.2 * r());
      if (r() < 0.4) c.bezierCurveTo(px + step * 0.9, top, px - step * 0.3, top, nx, ny);
      else c.bezierCurveTo(px + step * 0.2, top, nx - step * 0.1, top, nx, ny);
      px = nx;
      py = ny;
    }
    c.quadraticCurveTo(px + w * 0.06, py + h * 0.25, px + w * 0.1, py - h * 0.2);
    c.stroke();
    c.beginPath();
    c.moveTo(x + w * 0.04, y + h * (0.86 + 0.05 * r()));
    c.bezierCurveTo(x + w * 0.3, y + h * 0.98, x + w * 0.6, y + h * 0.7, x + w * 0.92, y + h * (0.8 + 0.1 * r()));
    c.stroke();
  }
}

const clamp = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : v);
const gauss = (r: () => number): number => (r() + r() + r() + r() - 2) * 1.7;

export interface ScanOpts {
  seed: number;
  skewDeg: number;
  rotate180?: boolean;
  grey?: boolean;
  noise: number;
  specks: number;
  shadowEdge?: boolean;
  quality: number;
  contrast?: number;
}

/** A flatbed or MFD scan: skew (and optionally upside down), noise, specks, a shadowed edge; JPEG out. */
export function scan(sheet: Sheet, o: ScanOpts): Buffer {
  const src = sheet.canvas;
  const W = src.width;
  const H = src.height;
  const out = createCanvas(W, H);
  const c = out.getContext('2d');
  c.fillStyle = '#fbfbf8';
  c.fillRect(0, 0, W, H);
  c.translate(W / 2, H / 2);
  c.rotate((o.skewDeg * Math.PI) / 180 + (o.rotate180 ? Math.PI : 0));
  c.translate(-W / 2, -H / 2);
  c.drawImage(src, 0, 0);
  c.setTransform(1, 0, 0, 1, 0, 0);
  const img = c.getImageData(0, 0, W, H);
  const d = img.data;
  const r = rng(o.seed);
  const k = o.contrast ?? 1.08;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      let shade = 0;
      if (o.shadowEdge) {
        const ex = o.rotate180 ? W - 1 - x : x;
        if (ex < W * 0.035) shade = 70 * (1 - ex / (W * 0.035));
      }
      const n = gauss(r) * o.noise;
      for (let ch = 0; ch < 3; ch++) {
        const v = (d[i + ch]! - 128) * k + 128 + n - shade;
        d[i + ch] = clamp(v);
      }
      if (o.grey) {
        const l = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
        d[i] = l;
        d[i + 1] = l;
        d[i + 2] = l;
      }
    }
  }
  for (let s = 0; s < o.specks; s++) {
    const sx = Math.floor(r() * W);
    const sy = Math.floor(r() * H);
    const rad = 1 + Math.floor(r() * 2.2);
    const v = 40 + r() * 90;
    for (let yy = -rad; yy <= rad; yy++)
      for (let xx = -rad; xx <= rad; xx++) {
        if (xx * xx + yy * yy > rad * rad || r() < 0.3) continue;
        const px = sx + xx;
        const py = sy + yy;
        if (px < 0 || py < 0 || px >= W || py >= H) continue;
        const i = (py * W + px) * 4;
        d[i] = v;
        d[i + 1] = v;
        d[i + 2] = v;
      }
  }
  c.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', o.quality);
}

/** Solves the 8 unknowns of the homography taking the four `from` points to the four `to` points. */
function homography(from: [number, number][], to: [number, number][]): number[] {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // Gaussian elimination with partial pivoting
  const n = 8;
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(A[r]![col]!) > Math.abs(A[piv]![col]!)) piv = r;
    [A[col], A[piv]] = [A[piv]!, A[col]!];
    [b[col], b[piv]] = [b[piv]!, b[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = A[r]![col]! / A[col]![col]!;
      for (let cc = col; cc < n; cc++) A[r]![cc]! -= f * A[col]![cc]!;
      b[r]! -= f * b[col]!;
    }
  }
  return b.map((v, i) => v / A[i]![i]!);
}

/** A phone photo of the sheet lying on a desk: perspective, uneven light, wood grain around it. */
export function photo(sheet: Sheet, seed: number, quad: [number, number][], outW = 1500, outH = 2000): Buffer {
  const src = sheet.canvas;
  const W = src.width;
  const H = src.height;
  const sd = src.getContext('2d').getImageData(0, 0, W, H).data;
  const out = createCanvas(outW, outH);
  const c = out.getContext('2d');
  const img = c.createImageData(outW, outH);
  const d = img.data;
  // maps an output pixel to a sheet pixel
  const h = homography(quad, [
    [0, 0],
    [W, 0],
    [W, H],
    [0, H],
  ]);
  const r = rng(seed);
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      const o = (y * outW + x) * 4;
      const den = h[6]! * x + h[7]! * y + 1;
      const sx = (h[0]! * x + h[1]! * y + h[2]!) / den;
      const sy = (h[3]! * x + h[4]! * y + h[5]!) / den;
      let R: number;
      let G: number;
      let B: number;
      if (sx >= 0 && sy >= 0 && sx < W - 1 && sy < H - 1) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        const px = (xx: number, yy: number, ch: number): number => sd[(yy * W + xx) * 4 + ch]!;
        const bil = (ch: number): number => px(x0, y0, ch) * (1 - fx) * (1 - fy) + px(x0 + 1, y0, ch) * fx * (1 - fy) + px(x0, y0 + 1, ch) * (1 - fx) * fy + px(x0 + 1, y0 + 1, ch) * fx * fy;
        // paper is slightly warm under a desk lamp
        R = bil(0) * 0.98;
        G = bil(1) * 0.96;
        B = bil(2) * 0.9;
      } else {
        const grain = Math.sin(y * 0.021 + Math.sin(x * 0.004) * 6) * 14 + Math.sin(y * 0.17 + x * 0.002) * 5;
        R = 128 + grain;
        G = 88 + grain * 0.8;
        B = 56 + grain * 0.5;
      }
      // light from the upper left, falling off to the lower right, plus a soft vignette
      const lx = x / outW;
      const ly = y / outH;
      const shadow = Math.min(1, Math.max(0, (lx * 0.8 + ly - 1.28) / 0.1)) * 0.22;
      const light = 1.08 - 0.36 * Math.hypot(lx - 0.15, ly - 0.1) - 0.12 * Math.max(0, lx - 0.7) - shadow;
      const n = gauss(r) * 5;
      d[o] = clamp(R * light + n);
      d[o + 1] = clamp(G * light + n);
      d[o + 2] = clamp(B * light + n);
      d[o + 3] = 255;
    }
  }
  c.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', 82);
}

/** An email-signature image (PNG): a coloured bar and a few lines of text. */
export function signatureImage(lines: string[]): Buffer {
  registerFonts();
  const c = createCanvas(420, 90);
  const x = c.getContext('2d');
  x.fillStyle = '#ffffff';
  x.fillRect(0, 0, 420, 90);
  x.fillStyle = '#6b2d5c';
  x.fillRect(0, 0, 6, 90);
  lines.forEach((l, i) => {
    x.font = i === 0 ? '15px AFSansBold' : '11px AFSans';
    x.fillStyle = i === 0 ? '#6b2d5c' : '#333333';
    x.fillText(l, 16, 22 + i * 18);
  });
  return c.toBuffer('image/png');
}
