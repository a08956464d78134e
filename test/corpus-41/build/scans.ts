// Scanned pages for corpus 41: the forms of forms.ts drawn on a canvas, optionally filled in by hand, then put
// through a deterministic "scanner" (skew, speckle, grain, shadowed edge) or a "fax" (faint, binarised, streaks).
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { A4, signaturePath, type Page } from './forms.js';
import { rng } from './lib.js';

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
let registered = false;
function fonts() {
  if (registered) return;
  GlobalFonts.registerFromPath(`${DEJAVU}/DejaVuSans.ttf`, 'AK Sans');
  GlobalFonts.registerFromPath(`${DEJAVU}/DejaVuSans-Bold.ttf`, 'AK Sans Bold');
  GlobalFonts.registerFromPath(`${DEJAVU}/DejaVuSans-Oblique.ttf`, 'AK Sans Oblique');
  GlobalFonts.registerFromPath(`${DEJAVU}/DejaVuSansCondensed-Oblique.ttf`, 'AK Hand');
  GlobalFonts.registerFromPath(`${DEJAVU}/DejaVuSansMono.ttf`, 'AK Mono');
  GlobalFonts.registerFromPath(`${DEJAVU}/DejaVuSerif.ttf`, 'AK Serif');
  registered = true;
}

export interface ScanStyle {
  seed: string;
  dpi: number;
  skewDeg: number;
  /** field names whose values are written by hand (others are typed); 'all' for every field */
  hand?: 'all' | string[];
  /** field names written in block capitals by hand */
  caps?: string[];
  ink?: [number, number, number];
  noise: number;
  speckles: number;
  shadow?: 'left' | 'right' | null;
  offset?: [number, number];
  jpegQuality?: number;
  fax?: { faint: number; header: string };
  /** a stamp or note written across the page (e.g. "Page 2 of 3" added by hand) */
  scribble?: { x: number; y: number; s: string }[];
}

function handText(ctx: SKRSContext2D, text: string, x: number, y: number, px: number, r: () => number, ink: string) {
  let cx = x;
  const slope = (r() - 0.5) * 0.012;
  for (const ch of text) {
    const size = px * (0.88 + r() * 0.26);
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * px * 0.2 + (cx - x) * slope);
    ctx.rotate((r() - 0.5) * 0.22);
    ctx.transform(1, 0, -0.12 - r() * 0.1, 1, 0, 0);
    ctx.font = `${size.toFixed(1)}px "AK Hand"`;
    ctx.fillStyle = ink;
    ctx.strokeStyle = ink;
    ctx.lineWidth = 0.35;
    ctx.fillText(ch, 0, 0);
    ctx.strokeText(ch, 0, 0);
    const w = ctx.measureText(ch).width;
    ctx.restore();
    cx += w * (0.9 + r() * 0.22) + (ch === ' ' ? px * 0.15 : 0);
  }
}

/** The page as printed (and filled in) before it reaches the scanner. */
function drawClean(page: Page, s: ScanStyle, sx: number, sy: number): Canvas {
  fonts();
  const W = Math.round(A4.w * sx);
  const H = Math.round(A4.h * sy);
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  const r = rng(`${s.seed}:hand`);
  const inkRgb = s.ink ?? [28, 36, 105];
  const ink = `rgb(${inkRgb[0]},${inkRgb[1]},${inkRgb[2]})`;
  const handFor = (name: string) => s.hand === 'all' || (Array.isArray(s.hand) && s.hand.includes(name));
  ctx.save();
  ctx.scale(sx, sy);
  for (const op of page.ops) {
    switch (op.t) {
      case 'text': {
        const g = Math.round((op.gray ?? 0) * 255);
        ctx.fillStyle = `rgb(${g},${g},${g})`;
        ctx.font = `${op.size}px "${op.bold ? 'AK Sans Bold' : op.italic ? 'AK Sans Oblique' : 'AK Sans'}"`;
        ctx.textAlign = op.align ?? 'left';
        ctx.fillText(op.s, op.x, op.y);
        ctx.textAlign = 'left';
        break;
      }
      case 'line': {
        const g = Math.round((op.gray ?? 0) * 255);
        ctx.strokeStyle = `rgb(${g},${g},${g})`;
        ctx.lineWidth = op.w ?? 0.8;
        ctx.beginPath();
        ctx.moveTo(op.x1, op.y1);
        ctx.lineTo(op.x2, op.y2);
        ctx.stroke();
        break;
      }
      case 'rect':
        if (op.fill !== undefined) {
          const g = Math.round(op.fill * 255);
          ctx.fillStyle = `rgb(${g},${g},${g})`;
          ctx.fillRect(op.x, op.y, op.w, op.h);
        }
        if (op.stroke) {
          ctx.strokeStyle = 'rgb(50,50,50)';
          ctx.lineWidth = 0.7;
          ctx.strokeRect(op.x, op.y, op.w, op.h);
        }
        break;
      case 'check':
        if (!op.on) break;
        if (s.hand) {
          ctx.strokeStyle = ink;
          ctx.lineWidth = 1.6;
          ctx.beginPath();
          ctx.moveTo(op.x + 1, op.y + op.size * 0.5);
          ctx.lineTo(op.x + op.size * 0.4, op.y + op.size + 1);
          ctx.lineTo(op.x + op.size + 4, op.y - 4);
          ctx.stroke();
        } else {
          ctx.fillStyle = '#000';
          ctx.font = `${op.size}px "AK Sans Bold"`;
          ctx.fillText('X', op.x + 1.5, op.y + op.size - 1);
        }
        break;
      case 'field': {
        if (!op.value) break;
        const lines = op.multiline ? op.value.split('\n') : [op.value];
        lines.forEach((l0, i) => {
          const by = op.y + (op.multiline ? 11 + i * 10.5 : 13.5);
          if (handFor(op.name)) {
            const l = s.caps?.includes(op.name) ? l0.toUpperCase() : l0;
            handText(ctx, l, op.x + 5, by + 0.5, op.multiline ? 10 : 12, r, ink);
          } else {
            ctx.fillStyle = '#000';
            ctx.font = `${op.multiline ? 9 : op.size ?? 10}px "AK Sans"`;
            ctx.fillText(l0, op.x + 4, by);
          }
        });
        break;
      }
      case 'sig': {
        if (!op.present) break;
        ctx.save();
        ctx.translate(op.x, op.y);
        ctx.strokeStyle = ink;
        ctx.lineWidth = 1.2;
        ctx.stroke(new Path2D(signaturePath(op.seed, op.w, op.h, op.style)));
        ctx.restore();
        break;
      }
    }
  }
  for (const n of s.scribble ?? []) handText(ctx, n.s, n.x, n.y, 12, r, ink);
  ctx.restore();
  return c;
}

/** One scanned page: JPEG for the office scanner, PNG for the fax. */
export function scanPage(page: Page, s: ScanStyle): { data: Uint8Array; type: 'jpg' | 'png' } {
  const fax = s.fax;
  const sx = s.dpi / 72;
  const sy = s.dpi / 72;
  const clean = drawClean(page, s, sx, sy);
  const W = clean.width;
  const H = clean.height;
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  const r = rng(`${s.seed}:scan`);
  ctx.fillStyle = fax ? '#ffffff' : 'rgb(246,245,240)';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((s.skewDeg * Math.PI) / 180);
  ctx.translate(-W / 2 + (s.offset?.[0] ?? 0), -H / 2 + (s.offset?.[1] ?? 0));
  ctx.drawImage(clean, 0, 0);
  ctx.restore();
  if (fax) {
    fonts();
    ctx.fillStyle = '#000';
    ctx.font = `${Math.round(8 * sx)}px "AK Mono"`;
    ctx.fillText(fax.header, 20 * sx, 14 * sy);
  }
  // speckle: dust and toner dots
  for (let i = 0; i < s.speckles; i++) {
    const x = r() * W;
    const y = r() * H;
    const rad = 0.4 + r() * (fax ? 1.4 : 1.1);
    const g = Math.round(r() * 90);
    ctx.fillStyle = `rgb(${g},${g},${g})`;
    ctx.beginPath();
    ctx.arc(x, y, rad, 0, Math.PI * 2);
    ctx.fill();
  }
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  const streaks = fax ? Array.from({ length: 5 }, () => Math.floor(r() * H)) : [];
  for (let y = 0; y < H; y++) {
    const streak = streaks.includes(y) || streaks.includes(y - 1);
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      let v = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
      if (fax) {
        v = 255 - (255 - v) * fax.faint;
        v += (r() - 0.5) * 2 * s.noise;
        v = v < 150 ? 0 : 255;
        if (streak && r() < 0.6) v = 0;
        d[i] = d[i + 1] = d[i + 2] = v;
      } else {
        const n = (r() - 0.5) * 2 * s.noise;
        let shade = 1;
        if (s.shadow === 'left' && x < W * 0.045) shade = 0.55 + 0.45 * (x / (W * 0.045));
        if (s.shadow === 'right' && x > W * 0.955) shade = 0.55 + 0.45 * ((W - x) / (W * 0.045));
        d[i] = Math.max(0, Math.min(255, d[i]! * shade + n));
        d[i + 1] = Math.max(0, Math.min(255, d[i + 1]! * shade + n));
        d[i + 2] = Math.max(0, Math.min(255, d[i + 2]! * shade + n));
      }
    }
  }
  ctx.putImageData(img, 0, 0);
  if (fax) return { data: out.toBuffer('image/png'), type: 'png' };
  return { data: out.toBuffer('image/jpeg', s.jpegQuality ?? 72), type: 'jpg' };
}
