// Image-only scans for corpus 44 (writer AN): forms drawn with @napi-rs/canvas, then printed/signed/scanned or photographed.
import { GlobalFonts, createCanvas, type SKRSContext2D, type Canvas } from '@napi-rs/canvas';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'AN Sans');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'AN Sans Bold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'AN Serif');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Bold.ttf`, 'AN Serif Bold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'AN Hand');

export const W = 1240;
export const H = 1754;

export class Sheet {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  private readonly r: () => number;
  constructor(seed: number) {
    this.canvas = createCanvas(W, H);
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, W, H);
    this.r = rng(seed);
  }
  text(s: string, x: number, y: number, size: number, opts: { bold?: boolean; serif?: boolean; color?: string } = {}): void {
    const fam = opts.serif ? (opts.bold ? 'AN Serif Bold' : 'AN Serif') : (opts.bold ? 'AN Sans Bold' : 'AN Sans');
    this.ctx.font = `${size}px "${fam}"`;
    this.ctx.fillStyle = opts.color ?? '#111111';
    this.ctx.fillText(s, x, y);
  }
  /** Wrapped paragraph; returns the next y. */
  para(s: string, x: number, y: number, size: number, width: number, opts: { bold?: boolean; serif?: boolean } = {}): number {
    const fam = opts.serif ? 'AN Serif' : (opts.bold ? 'AN Sans Bold' : 'AN Sans');
    this.ctx.font = `${size}px "${fam}"`;
    let cur = '';
    for (const w of s.split(' ')) {
      const t = cur ? `${cur} ${w}` : w;
      if (this.ctx.measureText(t).width > width && cur) { this.text(cur, x, y, size, opts); y += size * 1.4; cur = w; } else cur = t;
    }
    if (cur) { this.text(cur, x, y, size, opts); y += size * 1.4; }
    return y;
  }
  /** Handwriting-like lettering: each glyph slightly moved, rotated and sized. */
  hand(s: string, x: number, y: number, size: number, color = '#1a2a6c'): void {
    const ctx = this.ctx;
    let cx = x;
    for (const ch of s) {
      const sz = size * (0.94 + this.r() * 0.12);
      ctx.save();
      ctx.font = `${sz}px "AN Hand"`;
      ctx.fillStyle = color;
      ctx.translate(cx, y + (this.r() - 0.5) * size * 0.12);
      ctx.rotate((this.r() - 0.5) * 0.08);
      ctx.fillText(ch, 0, 0);
      const w = ctx.measureText(ch).width;
      ctx.restore();
      cx += w * (0.98 + this.r() * 0.06);
    }
  }
  box(x: number, y: number, w: number, h: number, lw = 2): void {
    this.ctx.strokeStyle = '#222222';
    this.ctx.lineWidth = lw;
    this.ctx.strokeRect(x, y, w, h);
  }
  fill(x: number, y: number, w: number, h: number, color: string): void {
    this.ctx.fillStyle = color;
    this.ctx.fillRect(x, y, w, h);
  }
  tick(x: number, y: number, color = '#1a2a6c'): void {
    const ctx = this.ctx;
    ctx.strokeStyle = color;
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(x, y + 10);
    ctx.lineTo(x + 9, y + 22);
    ctx.lineTo(x + 28, y - 6);
    ctx.stroke();
  }
  /** A signature scribble. */
  signature(x: number, y: number, width: number, color = '#0d1f5c'): void {
    const ctx = this.ctx;
    ctx.strokeStyle = color;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x, y);
    let px = x;
    const steps = 9;
    for (let i = 0; i < steps; i++) {
      const nx = px + width / steps;
      ctx.bezierCurveTo(px + 8, y - 40 * this.r() - 10, nx - 12, y + 30 * this.r(), nx, y - 10 + 20 * this.r());
      px = nx;
    }
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(x + width * 0.1, y + 14);
    ctx.quadraticCurveTo(x + width * 0.5, y + 4 + 10 * this.r(), x + width * 0.95, y + 10);
    ctx.stroke();
  }
  /** A rubber stamp: rotated rectangle with lines of text. */
  stamp(lines: string[], x: number, y: number, angle: number, color = 'rgba(30,60,170,0.7)'): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(angle);
    ctx.strokeStyle = color;
    ctx.lineWidth = 4;
    ctx.strokeRect(-10, -40, 380, 36 + lines.length * 32);
    ctx.fillStyle = color;
    lines.forEach((l, i) => { ctx.font = `${i === 0 ? 26 : 22}px "AN Sans Bold"`; ctx.fillText(l, 4, -8 + i * 32); });
    ctx.restore();
  }
}

export interface Degrade {
  seed: number; angle: number; dx: number; dy: number;
  /** 1 = full contrast; lower = faded. */
  contrast: number; paper: number; noise: number; speckles: number;
  /** darkening towards one edge (0..1), as a phone photo's shadow. */
  shadow: number; gray: boolean; quality: number;
}

/** Prints, scans or photographs a sheet: skew, paper tone, faded ink, noise, speckle, shadow; JPEG. */
export function degrade(sheet: Sheet, d: Degrade): Buffer {
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2 + d.dx, H / 2 + d.dy);
  ctx.rotate(d.angle);
  ctx.drawImage(sheet.canvas, -W / 2, -H / 2);
  ctx.restore();
  const img = ctx.getImageData(0, 0, W, H);
  const px = img.data;
  const r = rng(d.seed);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      const shade = 1 - d.shadow * Math.max(0, (x / W) - 0.35) * (0.6 + 0.4 * (y / H));
      const n = (r() - 0.5) * d.noise;
      let rr = px[i]!; let gg = px[i + 1]!; let bb = px[i + 2]!;
      if (d.gray) { const l = 0.3 * rr + 0.59 * gg + 0.11 * bb; rr = l; gg = l; bb = l; }
      const f = (v: number): number => Math.max(0, Math.min(255, (d.paper - (255 - v) * d.contrast + n) * shade));
      px[i] = f(rr); px[i + 1] = f(gg); px[i + 2] = f(bb * (d.gray ? 1 : 0.97));
    }
  }
  for (let k = 0; k < d.speckles; k++) {
    const x = Math.floor(r() * W); const y = Math.floor(r() * H);
    const s = 1 + Math.floor(r() * 3);
    for (let yy = y; yy < Math.min(H, y + s); yy++) for (let xx = x; xx < Math.min(W, x + s); xx++) {
      const i = (yy * W + xx) * 4;
      const v = 40 + r() * 60;
      px[i] = v; px[i + 1] = v; px[i + 2] = v;
    }
  }
  ctx.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', d.quality);
}
