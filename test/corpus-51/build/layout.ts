// A page as a list of drawing operations (points, origin top-left, A4), rendered either into a PDF page
// with pdf-lib (flat text PDFs and the printed part of the fillable forms) or onto a canvas for the scans.
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { rng } from './lib.js';

export const A4 = { w: 595.28, h: 841.89 };
export type FontKey = 'sans' | 'sansB' | 'sansI' | 'serif' | 'serifB' | 'mono';
export type Op =
  | { t: 'text'; x: number; y: number; s: number; f?: FontKey; str: string; grey?: number; right?: boolean }
  | { t: 'wrap'; x: number; y: number; w: number; s: number; f?: FontKey; str: string; lh?: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; lw?: number; fill?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; lw?: number; grey?: number }
  | { t: 'tick'; x: number; y: number; size: number; hand?: boolean; seed?: string }
  | { t: 'sig'; x: number; y: number; w: number; h: number; seed: string; ink?: 'blue' | 'black' }
  | { t: 'hand'; x: number; y: number; s: number; str: string; seed: string; ink?: 'blue' | 'black' };

const STD: Record<FontKey, StandardFonts> = {
  sans: StandardFonts.Helvetica, sansB: StandardFonts.HelveticaBold, sansI: StandardFonts.HelveticaOblique,
  serif: StandardFonts.TimesRoman, serifB: StandardFonts.TimesRomanBold, mono: StandardFonts.Courier,
};
const CANVAS_FONT: Record<FontKey, [string, string]> = {
  sans: ['', '"Liberation Sans"'], sansB: ['bold ', '"Liberation Sans"'], sansI: ['italic ', '"Liberation Sans"'],
  serif: ['', '"Liberation Serif"'], serifB: ['bold ', '"Liberation Serif"'], mono: ['', '"Liberation Mono"'],
};

let fontsRegistered = false;
export function registerFonts(): void {
  if (fontsRegistered) return;
  const base = '/usr/share/fonts/truetype';
  for (const f of ['Regular', 'Bold', 'Italic']) {
    GlobalFonts.registerFromPath(`${base}/liberation/LiberationSans-${f}.ttf`, 'Liberation Sans');
    GlobalFonts.registerFromPath(`${base}/liberation/LiberationSerif-${f}.ttf`, 'Liberation Serif');
  }
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationMono-Regular.ttf`, 'Liberation Mono');
  GlobalFonts.registerFromPath(`${base}/dejavu/DejaVuSans-Oblique.ttf`, 'DejaVu Sans Oblique');
  GlobalFonts.registerFromPath(`${base}/dejavu/DejaVuSerif-Italic.ttf`, 'DejaVu Serif Italic');
  fontsRegistered = true;
}

function wrapLines(str: string, w: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const para of str.split('\n')) {
    let cur = '';
    for (const word of para.split(' ')) {
      const next = cur ? `${cur} ${word}` : word;
      if (measure(next) > w && cur) { out.push(cur); cur = word; } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

/** A signature-like scribble: a few seeded loops and a trailing flourish, as an SVG path in a w×h box. */
export function scribble(seed: string, w: number, h: number): string {
  const r = rng(`sig:${seed}`);
  let x = 2;
  let y = h * (0.55 + r() * 0.2);
  const parts = [`M ${x.toFixed(1)} ${y.toFixed(1)}`];
  const loops = 4 + Math.floor(r() * 4);
  for (let i = 0; i < loops; i++) {
    const nx = x + (w * 0.8) / loops;
    const up = h * (0.05 + r() * 0.35);
    const down = h * (0.6 + r() * 0.35);
    parts.push(`C ${(x + (nx - x) * 0.3).toFixed(1)} ${up.toFixed(1)} ${(x + (nx - x) * 0.9).toFixed(1)} ${up.toFixed(1)} ${(x + (nx - x) * 0.5).toFixed(1)} ${down.toFixed(1)}`);
    x = nx;
    y = h * (0.45 + r() * 0.3);
    parts.push(`S ${(x - 3).toFixed(1)} ${y.toFixed(1)} ${x.toFixed(1)} ${(y - h * 0.1).toFixed(1)}`);
  }
  parts.push(`C ${(x + 10).toFixed(1)} ${(h * 0.9).toFixed(1)} ${(w * 0.3).toFixed(1)} ${(h * 0.95).toFixed(1)} ${(w * 0.15).toFixed(1)} ${(h * 0.7).toFixed(1)}`);
  return parts.join(' ');
}

// ---------- PDF ----------
export async function drawPdfPage(doc: PDFDocument, ops: Op[], page?: PDFPage): Promise<PDFPage> {
  const p = page ?? doc.addPage([A4.w, A4.h]);
  const fonts = new Map<FontKey, PDFFont>();
  const font = async (k: FontKey) => {
    if (!fonts.has(k)) fonts.set(k, await doc.embedFont(STD[k]));
    return fonts.get(k)!;
  };
  for (const op of ops) {
    switch (op.t) {
      case 'text': {
        const f = await font(op.f ?? 'sans');
        const x = op.right ? op.x - f.widthOfTextAtSize(op.str, op.s) : op.x;
        p.drawText(op.str, { x, y: A4.h - op.y, size: op.s, font: f, color: rgb(op.grey ?? 0, op.grey ?? 0, op.grey ?? 0) });
        break;
      }
      case 'wrap': {
        const f = await font(op.f ?? 'sans');
        const lines = wrapLines(op.str, op.w, (s) => f.widthOfTextAtSize(s, op.s));
        lines.forEach((l, i) => p.drawText(l, { x: op.x, y: A4.h - op.y - i * (op.lh ?? op.s * 1.3), size: op.s, font: f }));
        break;
      }
      case 'rect':
        p.drawRectangle({ x: op.x, y: A4.h - op.y - op.h, width: op.w, height: op.h, borderWidth: op.lw ?? 0.8, borderColor: rgb(0, 0, 0), ...(op.fill !== undefined ? { color: rgb(op.fill, op.fill, op.fill) } : {}) });
        break;
      case 'line':
        p.drawLine({ start: { x: op.x1, y: A4.h - op.y1 }, end: { x: op.x2, y: A4.h - op.y2 }, thickness: op.lw ?? 0.6, color: rgb(op.grey ?? 0, op.grey ?? 0, op.grey ?? 0) });
        break;
      case 'tick': {
        const f = await font('sansB');
        p.drawText('X', { x: op.x + op.size * 0.18, y: A4.h - op.y - op.size * 0.82, size: op.size * 0.9, font: f });
        break;
      }
      case 'sig':
        p.drawSvgPath(scribble(op.seed, op.w, op.h), { x: op.x, y: A4.h - op.y, borderColor: op.ink === 'black' ? rgb(0.05, 0.05, 0.1) : rgb(0.08, 0.12, 0.45), borderWidth: 1.1 });
        break;
      case 'hand': {
        const f = await font('sansI');
        const r = rng(`hand:${op.seed}`);
        let x = op.x;
        for (const ch of op.str) {
          const s = op.s * (0.94 + r() * 0.12);
          p.drawText(ch, { x, y: A4.h - op.y + (r() - 0.5) * 1.6, size: s, font: f, color: op.ink === 'black' ? rgb(0.1, 0.1, 0.12) : rgb(0.1, 0.15, 0.5) });
          x += f.widthOfTextAtSize(ch, s) * (1 + r() * 0.08);
        }
        break;
      }
    }
  }
  return p;
}

// ---------- canvas ----------
export const DPI = 150;
const K = DPI / 72;

export function drawCanvasPage(ops: Op[]): Canvas {
  registerFonts();
  const W = Math.round((A4.w * DPI) / 72);
  const H = Math.round((A4.h * DPI) / 72);
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, W, H);
  g.textBaseline = 'alphabetic';
  const setFont = (k: FontKey, s: number) => { g.font = `${CANVAS_FONT[k][0]}${(s * K).toFixed(1)}px ${CANVAS_FONT[k][1]}`; };
  for (const op of ops) drawOp(g, op, setFont);
  return c;
}

function drawOp(g: SKRSContext2D, op: Op, setFont: (k: FontKey, s: number) => void): void {
  switch (op.t) {
    case 'text': {
      setFont(op.f ?? 'sans', op.s);
      const v = Math.round((op.grey ?? 0) * 255);
      g.fillStyle = `rgb(${v},${v},${v})`;
      const x = op.right ? op.x * K - g.measureText(op.str).width : op.x * K;
      g.fillText(op.str, x, op.y * K);
      break;
    }
    case 'wrap': {
      setFont(op.f ?? 'sans', op.s);
      g.fillStyle = '#000';
      const lines = wrapLines(op.str, op.w * K, (s) => g.measureText(s).width);
      lines.forEach((l, i) => g.fillText(l, op.x * K, (op.y + i * (op.lh ?? op.s * 1.3)) * K));
      break;
    }
    case 'rect':
      if (op.fill !== undefined) { const v = Math.round(op.fill * 255); g.fillStyle = `rgb(${v},${v},${v})`; g.fillRect(op.x * K, op.y * K, op.w * K, op.h * K); }
      g.strokeStyle = '#000';
      g.lineWidth = (op.lw ?? 0.8) * K;
      g.strokeRect(op.x * K, op.y * K, op.w * K, op.h * K);
      break;
    case 'line': {
      const v = Math.round((op.grey ?? 0) * 255);
      g.strokeStyle = `rgb(${v},${v},${v})`;
      g.lineWidth = (op.lw ?? 0.6) * K;
      g.beginPath(); g.moveTo(op.x1 * K, op.y1 * K); g.lineTo(op.x2 * K, op.y2 * K); g.stroke();
      break;
    }
    case 'tick': {
      const r = rng(`tick:${op.seed ?? ''}`);
      const s = op.size * K;
      const x = op.x * K;
      const y = op.y * K;
      g.strokeStyle = op.hand ? 'rgb(25,38,120)' : '#000';
      g.lineWidth = op.hand ? 2.6 : 2;
      g.beginPath();
      if (op.hand) {
        g.moveTo(x + s * 0.1, y + s * (0.45 + r() * 0.1));
        g.lineTo(x + s * 0.4, y + s * 0.85);
        g.lineTo(x + s * (1.05 + r() * 0.2), y - s * (0.2 + r() * 0.2));
      } else {
        g.moveTo(x + s * 0.2, y + s * 0.2); g.lineTo(x + s * 0.8, y + s * 0.8);
        g.moveTo(x + s * 0.8, y + s * 0.2); g.lineTo(x + s * 0.2, y + s * 0.8);
      }
      g.stroke();
      break;
    }
    case 'sig': {
      const path = scribble(op.seed, op.w, op.h);
      g.save();
      g.translate(op.x * K, op.y * K);
      g.scale(K, K);
      g.strokeStyle = op.ink === 'black' ? 'rgb(15,15,25)' : 'rgb(20,32,115)';
      g.lineWidth = 1.3;
      g.stroke(new Path2D(path));
      g.restore();
      break;
    }
    case 'hand': {
      const r = rng(`hand:${op.seed}`);
      let x = op.x * K;
      g.fillStyle = op.ink === 'black' ? 'rgb(25,25,30)' : 'rgb(22,36,120)';
      for (const ch of op.str) {
        const s = op.s * K * (0.94 + r() * 0.14);
        g.font = `${s.toFixed(1)}px "DejaVu Sans Oblique"`;
        g.save();
        g.translate(x, op.y * K + (r() - 0.5) * 3);
        g.rotate((r() - 0.5) * 0.12);
        g.fillText(ch, 0, 0);
        g.restore();
        x += g.measureText(ch).width * (0.98 + r() * 0.1);
      }
      break;
    }
  }
}
