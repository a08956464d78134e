// Image-only scans for corpus 19 (writer O): a form drawn at 150 dpi with @napi-rs/canvas, degraded with seeded
// noise, then wrapped into a PDF with pdf-lib (imagePdf). Three looks: a clean print scanned upside down (rotated
// 180 degrees), a faded low-contrast fax, and a hand-filled form scanned with skew and a shadowed edge.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { rng } from './lib.js';
import type { FormDoc } from './pdfs.js';

const FONT_DIR = '/usr/share/fonts/truetype';
let registered = false;
function registerFonts(): void {
  if (registered) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'C19 Sans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'C19 Sans Bold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Italic.ttf`, 'C19 Serif Italic');
  GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed.ttf`, 'C19 Hand');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationMono-Regular.ttf`, 'C19 Mono');
  registered = true;
}

const W = 1240;
const H = 1754;

export type ScanLook = 'upside_down' | 'fax' | 'hand_skew';

function wrapPx(ctx: SKRSContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    const next = cur ? `${cur} ${w}` : w;
    if (ctx.measureText(next).width > width && cur) {
      out.push(cur);
      cur = w;
    } else cur = next;
  }
  out.push(cur);
  return out;
}

function scribble(ctx: SKRSContext2D, x: number, y: number, w: number, seed: number, ink: string): void {
  const r = rng(seed);
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 3.2;
  ctx.lineCap = 'round';
  ctx.beginPath();
  let cx = x;
  let cy = y;
  ctx.moveTo(cx, cy);
  const steps = 7;
  for (let i = 0; i < steps; i++) {
    const nx = x + ((i + 1) / steps) * w;
    const ny = y + (r() - 0.5) * 34;
    ctx.bezierCurveTo(cx + 18, cy - 40 * r(), nx - 18, ny + 40 * r(), nx, ny);
    cx = nx;
    cy = ny;
  }
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x + w * 0.15, y + 14);
  ctx.bezierCurveTo(x + w * 0.4, y + 22, x + w * 0.7, y + 4, x + w * 0.95, y + 12);
  ctx.stroke();
  ctx.restore();
}

interface DrawOpts {
  hand: boolean;
  seed: number;
  faxHeader?: string;
}

/** Draws the form page 1 at 150 dpi: labels above boxed values, ticks, the signature box. */
function drawForm(ctx: SKRSContext2D, doc: FormDoc, o: DrawOpts): void {
  const r = rng(o.seed);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#000000';
  let y = 90;
  if (o.faxHeader) {
    ctx.font = '22px "C19 Mono"';
    ctx.fillText(o.faxHeader, 60, 40);
  }
  ctx.fillRect(80, y, W - 160, 6);
  y += 52;
  for (const [i, t] of doc.title.entries()) {
    ctx.font = `${i === 0 ? 36 : 28}px "C19 Sans Bold"`;
    ctx.fillText(t, 80, y);
    y += i === 0 ? 44 : 38;
  }
  ctx.font = '19px "C19 Sans"';
  for (const para of doc.intro) {
    for (const l of wrapPx(ctx, para, W - 160)) {
      ctx.fillText(l, 80, y);
      y += 24;
    }
    y += 6;
  }
  y += 10;
  const handValue = (v: string, x: number, yy: number) => {
    if (!o.hand) {
      ctx.font = '25px "C19 Sans"';
      ctx.fillText(v, x, yy);
      return;
    }
    ctx.save();
    ctx.fillStyle = '#1b2a6b';
    ctx.font = '28px "C19 Hand"';
    let xx = x;
    for (const ch of v) {
      ctx.save();
      ctx.translate(xx, yy + (r() - 0.5) * 3);
      ctx.rotate((r() - 0.5) * 0.06);
      ctx.fillText(ch, 0, 0);
      ctx.restore();
      xx += ctx.measureText(ch).width + (r() - 0.3) * 1.5;
    }
    ctx.restore();
  };
  for (const s of doc.sections) {
    ctx.fillStyle = '#d9d9d9';
    ctx.fillRect(80, y - 26, W - 160, 36);
    ctx.fillStyle = '#000000';
    ctx.font = '23px "C19 Sans Bold"';
    ctx.fillText(s.heading, 90, y);
    y += 42;
    for (const row of s.rows) {
      if (row.t === 'note') {
        ctx.font = '18px "C19 Serif Italic"';
        for (const l of wrapPx(ctx, row.text, W - 180)) {
          ctx.fillText(l, 90, y);
          y += 23;
        }
        y += 8;
        continue;
      }
      ctx.font = '19px "C19 Sans Bold"';
      ctx.fillText(row.label, 90, y);
      y += 10;
      const bh = row.t === 'sig' ? 72 : 40;
      ctx.strokeStyle = '#000000';
      ctx.lineWidth = 1.5;
      ctx.strokeRect(90, y, W - 180, bh);
      if (row.t === 'field') {
        if (row.value) handValue(o.hand ? row.value.toUpperCase() : row.value, 104, y + 30);
      } else if (row.t === 'sig') {
        if (row.value) scribble(ctx, 130, y + 40, 300, o.seed + row.value.length, o.hand ? '#1b2a6b' : '#101010');
      } else {
        let x = 104;
        ctx.font = '21px "C19 Sans"';
        for (const [i, opt] of row.options.entries()) {
          ctx.strokeRect(x, y + 9, 22, 22);
          if (row.selected === i) {
            ctx.save();
            ctx.strokeStyle = o.hand ? '#1b2a6b' : '#000000';
            ctx.lineWidth = 3.5;
            ctx.beginPath();
            ctx.moveTo(x + 2, y + 22);
            ctx.lineTo(x + 10, y + 34);
            ctx.lineTo(x + 28, y + 4);
            ctx.stroke();
            ctx.restore();
          }
          ctx.fillText(opt, x + 32, y + 28);
          x += 32 + ctx.measureText(opt).width + 30;
        }
      }
      y += bh + 30;
    }
    y += 8;
  }
  ctx.font = '16px "C19 Sans"';
  ctx.fillText(doc.footer, 80, H - 50);
}

/** Renders page 1 of the form as a degraded scan and returns JPEG bytes. */
export function scanPage(doc: FormDoc, look: ScanLook, seed: number, faxHeader?: string): Buffer {
  registerFonts();
  const src = createCanvas(W, H);
  const sctx = src.getContext('2d');
  drawForm(sctx, doc, { hand: look === 'hand_skew', seed, faxHeader });

  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  const r = rng(seed * 7 + 1);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  const skew = look === 'upside_down' ? 0.35 : look === 'hand_skew' ? -1.1 : 0.6;
  ctx.translate(W / 2, H / 2);
  ctx.rotate((skew * Math.PI) / 180 + (look === 'upside_down' ? Math.PI : 0));
  if (look === 'fax') {
    // fax resolution: 100 lines per inch vertically, stretched back up
    const half = createCanvas(W, Math.round(H * 0.66));
    const hctx = half.getContext('2d');
    hctx.drawImage(src, 0, 0, W, Math.round(H * 0.66));
    ctx.drawImage(half, -W / 2 + 6, -H / 2 + 4, W, H);
  } else {
    ctx.drawImage(src, -W / 2 + 10, -H / 2 + 8, W, H);
  }
  ctx.restore();

  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  for (let yy = 0; yy < H; yy++) {
    const streak = look === 'fax' && r() < 0.012 ? (r() - 0.5) * 60 : 0;
    for (let xx = 0; xx < W; xx++) {
      const i = (yy * W + xx) * 4;
      let v = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
      const blue = d[i + 2]! - d[i]!;
      if (look === 'fax') {
        // faded toner on grey thermal paper: ink ~ 95, paper ~ 205
        v = 95 + (v / 255) * 110 + (r() - 0.5) * 38 + streak;
        if (r() < 0.003) v -= 70;
      } else if (look === 'hand_skew') {
        v = v * 0.93 + 10 + (r() - 0.5) * 22;
        const shadow = Math.max(0, 60 - xx) * 1.6 + Math.max(0, yy - (H - 40)) * 1.2;
        v -= shadow;
        if (r() < 0.0015) v -= 120;
      } else {
        v = v * 0.95 + 8 + (r() - 0.5) * 16;
        if (r() < 0.001) v -= 140;
      }
      v = Math.max(0, Math.min(255, v));
      if (look === 'hand_skew' && blue > 40) {
        d[i] = Math.max(0, v - 20);
        d[i + 1] = Math.max(0, v - 10);
        d[i + 2] = Math.min(255, v + 50);
      } else {
        d[i] = v;
        d[i + 1] = v;
        d[i + 2] = v;
      }
    }
  }
  ctx.putImageData(img, 0, 0);
  return out.encodeSync('jpeg', look === 'fax' ? 62 : 74);
}

/** A plain page (e.g. page 2's guidance notes) scanned with the same look. */
export function scanTextPage(heading: string, paras: string[], footer: string, look: ScanLook, seed: number): Buffer {
  const doc: FormDoc = { title: [heading], intro: paras, sections: [], footer, meta: { title: '', author: '', creator: '', producer: '', date: '2026-01-01T00:00:00Z' } };
  return scanPage(doc, look, seed);
}
