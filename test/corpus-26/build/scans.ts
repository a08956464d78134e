// Image-only scans: the form is printed in Liberation Sans, the values "handwritten" (oblique glyphs drawn one by one with
// seeded jitter in size, angle and baseline, blue-black ink), then the sheet is skewed, speckled and shadowed like an MFD
// scan, 150 dpi JPEG (A4, 1240×1754 px).
import { GlobalFonts, Path2D, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { layout, type FormSpec } from './forms.js';
import { rng } from './lib.js';
import { scribble } from './pdfs.js';

const FONTS = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Regular.ttf`, 'V Print');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Bold.ttf`, 'V Print Bold');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSans-Oblique.ttf`, 'V Hand A');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSansNarrow-Italic.ttf`, 'V Hand B');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'V Hand C');

const W = 1240;
const HPX = 1754;
const S = W / 595;

export interface ScanOpts {
  seed: string;
  hand: 'A' | 'B' | 'C';
  /** values written in block capitals */
  caps?: boolean;
  skewDeg: number;
  noise: number; // speckles
  quality: number;
}

function handText(ctx: SKRSContext2D, r: () => number, s: string, x: number, y: number, size: number, hand: string) {
  let cx = x;
  for (const ch of s) {
    const sz = size * (0.93 + r() * 0.14);
    ctx.font = `${sz.toFixed(1)}px "V Hand ${hand}"`;
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * 3);
    ctx.rotate((r() - 0.5) * 0.12);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (0.97 + r() * 0.08);
  }
}

export function scanPage(spec: FormSpec, pageIndex: number, o: ScanOpts): Buffer {
  const ops = layout(spec)[pageIndex]!;
  const r = rng(`${o.seed}/p${pageIndex}`);
  const sheet = createCanvas(W, HPX);
  const c = sheet.getContext('2d');
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, W, HPX);
  for (const op of ops) {
    if (op.t === 'text') {
      c.fillStyle = '#1a1a1a';
      c.font = `${(op.size * S).toFixed(1)}px "${op.bold ? 'V Print Bold' : 'V Print'}"`;
      c.fillText(op.s, op.x * S, op.y * S);
    } else if (op.t === 'rect') {
      if (op.fill) {
        c.fillStyle = '#dde3ee';
        c.fillRect(op.x * S, op.y * S, op.w * S, op.h * S);
      } else {
        c.strokeStyle = '#444444';
        c.lineWidth = 1.6;
        c.strokeRect(op.x * S, op.y * S, op.w * S, op.h * S);
      }
    } else if (op.t === 'value') {
      if (!op.s) continue;
      c.fillStyle = r() > 0.5 ? '#14205a' : '#101838';
      const s = o.caps ? op.s.toUpperCase() : op.s;
      s.split('\n').forEach((l, i) => handText(c, r, l, op.x * S + 10 + r() * 8, op.y * S + 30 + i * 24, 27, o.hand));
    } else if (op.t === 'check') {
      if (!op.on) continue;
      c.strokeStyle = '#14205a';
      c.lineWidth = 3.2;
      c.beginPath();
      const x = op.x * S;
      const y = op.y * S;
      c.moveTo(x + 2, y + 12);
      c.lineTo(x + 10, y + 24);
      c.lineTo(x + 30, y - 8);
      c.stroke();
    } else if (op.t === 'sig') {
      if (!op.signed) continue;
      c.save();
      c.translate(op.x * S + 50, op.y * S + 12);
      c.scale(S, S);
      c.strokeStyle = '#0d1a4a';
      c.lineWidth = 1.3;
      c.stroke(new Path2D(scribble(`${o.seed}/sig`, 150, 30)));
      c.restore();
    }
  }
  // the scanner: paper tone, skew, shadowed edge, speckle
  const out = createCanvas(W, HPX);
  const g = out.getContext('2d');
  g.fillStyle = '#f1efe9';
  g.fillRect(0, 0, W, HPX);
  g.save();
  g.translate(W / 2, HPX / 2);
  g.rotate((o.skewDeg * Math.PI) / 180);
  g.translate(-W / 2 + (r() - 0.5) * 14, -HPX / 2 + (r() - 0.5) * 14);
  g.globalCompositeOperation = 'multiply';
  g.drawImage(sheet, 0, 0);
  g.restore();
  g.globalCompositeOperation = 'source-over';
  const shade = g.createLinearGradient(0, 0, 60, 0);
  shade.addColorStop(0, 'rgba(40,40,40,0.55)');
  shade.addColorStop(1, 'rgba(40,40,40,0)');
  g.fillStyle = shade;
  g.fillRect(0, 0, 60, HPX);
  for (let i = 0; i < o.noise; i++) {
    const v = Math.floor(60 + r() * 120);
    g.fillStyle = `rgba(${v},${v},${v},${(0.25 + r() * 0.5).toFixed(2)})`;
    const sz = r() < 0.9 ? 1.5 : 3;
    g.fillRect(r() * W, r() * HPX, sz, sz);
  }
  return out.toBuffer('image/jpeg', o.quality);
}

