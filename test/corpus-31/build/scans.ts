// Image-only scans: the same form layouts drawn with @napi-rs/canvas at 150 dpi, with writer AA's noise,
// then placed as images in a PDF with no text layer.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { layout, PH, PW, type Form, type Op } from './forms.js';
import { rng } from './lib.js';

const FONTS = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Regular.ttf`, 'PrintSans');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Bold.ttf`, 'PrintSansBold');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSans-Oblique.ttf`, 'HandA');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSerif-Italic.ttf`, 'HandB');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationMono-Regular.ttf`, 'Typed');

export interface ScanOpts {
  seed: string;
  values: 'hand' | 'typed' | 'capitals';
  dpi?: number;            // 150 default
  skew?: number;           // degrees
  fax?: boolean;           // 1-bit threshold
  speckle?: number;        // dots per page
  stain?: { page: number; x: number; y: number; r: number };            // points
  fold?: { page: number; y: number };                                     // points
  stamp?: { page: number; x: number; y: number; lines: string[]; color: string; angle: number };
  faxHeader?: string;
  jpegQuality?: number;
}

function drawHand(ctx: SKRSContext2D, text: string, x: number, y: number, size: number, r: () => number, font: string, color: string) {
  let cx = x;
  for (const ch of text) {
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * size * 0.12);
    ctx.rotate((r() - 0.5) * 0.08);
    ctx.font = `${size * (0.95 + r() * 0.1)}px ${font}`;
    ctx.fillStyle = color;
    ctx.fillText(ch, 0, 0);
    cx += ctx.measureText(ch).width * (1.0 + (r() - 0.5) * 0.08) + size * 0.02;
    ctx.restore();
  }
  return cx - x;
}

function scribble(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: () => number) {
  ctx.beginPath();
  ctx.strokeStyle = '#1a2250';
  ctx.lineWidth = 2.2;
  let px = x + 10;
  ctx.moveTo(px, y + h * 0.6);
  while (px < x + w - 40) {
    const nx = px + 14 + r() * 26;
    ctx.quadraticCurveTo(px + (nx - px) / 2, y + h * (0.05 + r() * 0.4), nx, y + h * (0.45 + r() * 0.4));
    px = nx;
  }
  ctx.lineTo(px + 30, y + h * 0.3);
  ctx.stroke();
}

async function renderPages(ops: Op[], o: ScanOpts): Promise<Buffer[]> {
  const dpi = o.dpi ?? 150;
  const k = dpi / 72;
  const W = Math.round(PW * k);
  const H = Math.round(PH * k);
  const r = rng(o.seed);
  const pages: Op[][] = [[]];
  for (const op of ops) { if (op.op === 'page') pages.push([]); else pages[pages.length - 1]!.push(op); }
  const out: Buffer[] = [];
  for (let pi = 0; pi < pages.length; pi++) {
    const c = createCanvas(W, H);
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, W, H);
    ctx.textBaseline = 'alphabetic';
    const ink = o.values === 'hand' ? '#1b2a6b' : '#111111';
    for (const op of pages[pi]!) {
      switch (op.op) {
        case 'text':
          ctx.fillStyle = '#151515';
          ctx.font = `${op.size * k}px ${op.bold ? 'PrintSansBold' : 'PrintSans'}`;
          ctx.fillText(op.text, op.x * k, op.y * k);
          break;
        case 'rect':
          if (op.fill !== undefined) { ctx.fillStyle = `rgb(${op.fill * 255},${op.fill * 255},${op.fill * 255})`; ctx.fillRect(op.x * k, op.y * k, op.w * k, op.h * k); }
          ctx.strokeStyle = '#444444';
          ctx.lineWidth = 1.2;
          ctx.strokeRect(op.x * k, op.y * k, op.w * k, op.h * k);
          break;
        case 'value': {
          const lines = op.text.split('\n');
          let x0 = op.x * k + 6;
          if (op.struck) {
            const size = 10.5 * k;
            let w: number;
            if (o.values === 'hand') w = drawHand(ctx, op.struck, x0, op.y * k + 12.5 * k, size, r, 'HandA', ink);
            else { ctx.font = `${size}px Typed`; ctx.fillStyle = ink; ctx.fillText(op.struck, x0, op.y * k + 12.5 * k); w = ctx.measureText(op.struck).width; }
            ctx.strokeStyle = ink; ctx.lineWidth = 2.4;
            ctx.beginPath(); ctx.moveTo(x0 - 3, op.y * k + 9 * k); ctx.lineTo(x0 + w + 3, op.y * k + 8 * k); ctx.stroke();
            x0 += w + 14;
          }
          lines.forEach((ln, i) => {
            const by = op.y * k + (12.5 + i * 11) * k;
            if (o.values === 'hand') drawHand(ctx, ln, x0, by, (op.lines > 1 ? 9.5 : 11) * k, r, 'HandA', ink);
            else {
              ctx.font = `${(op.lines > 1 ? 8.5 : 9.5) * k}px Typed`;
              ctx.fillStyle = ink;
              ctx.fillText(o.values === 'capitals' ? ln.toUpperCase() : ln, x0, by);
            }
          });
          break;
        }
        case 'tick': {
          ctx.strokeStyle = '#333333'; ctx.lineWidth = 1.2;
          ctx.strokeRect(op.x * k, op.y * k, op.s * k, op.s * k);
          ctx.fillStyle = '#151515';
          ctx.font = `${8.5 * k}px PrintSans`;
          ctx.fillText(op.label, (op.x + op.s + 4) * k, (op.y + op.s - 1.5) * k);
          if (op.checked) {
            ctx.strokeStyle = ink; ctx.lineWidth = 2.6;
            ctx.beginPath();
            const x = op.x * k, y = op.y * k, s = op.s * k;
            if (op.mark === 'X') { ctx.moveTo(x + 2, y + 2); ctx.lineTo(x + s - 1, y + s - 2); ctx.moveTo(x + s - 2, y + 1); ctx.lineTo(x + 2, y + s - 1); }
            else if (op.mark === 'check') { ctx.moveTo(x + 1, y + s * 0.5); ctx.lineTo(x + s * 0.4, y + s - 1); ctx.lineTo(x + s + 6, y - 8); }
            else ctx.ellipse((op.x + op.s + 4 + op.lw / 2) * k, (op.y + op.s / 2) * k, (op.lw / 2 + 8) * k, 10 * k, (r() - 0.5) * 0.1, 0, Math.PI * 2);
            ctx.stroke();
          }
          break;
        }
        case 'sig':
          if (op.signed) scribble(ctx, op.x * k, op.y * k, op.w * k, op.h * k, r);
          break;
      }
    }
    if (o.stamp && o.stamp.page === pi) {
      const s = o.stamp;
      ctx.save();
      ctx.translate(s.x * k, s.y * k);
      ctx.rotate((s.angle * Math.PI) / 180);
      ctx.globalAlpha = 0.72;
      ctx.strokeStyle = s.color; ctx.fillStyle = s.color; ctx.lineWidth = 3;
      const w = 200 * k * 0.9, h = (14 + s.lines.length * 13) * k;
      ctx.strokeRect(0, 0, w, h);
      ctx.strokeRect(4, 4, w - 8, h - 8);
      s.lines.forEach((l, i) => { ctx.font = `${(i === 0 ? 10.5 : 8.5) * k}px PrintSansBold`; const tw = ctx.measureText(l).width; ctx.fillText(l, (w - tw) / 2, (16 + i * 13) * k); });
      ctx.restore();
    }
    if (o.stain && o.stain.page === pi) {
      const s = o.stain;
      const g = ctx.createRadialGradient(s.x * k, s.y * k, s.r * k * 0.55, s.x * k, s.y * k, s.r * k);
      g.addColorStop(0, 'rgba(150,100,50,0.10)');
      g.addColorStop(0.8, 'rgba(140,90,40,0.22)');
      g.addColorStop(0.93, 'rgba(120,70,30,0.42)');
      g.addColorStop(1, 'rgba(120,70,30,0)');
      ctx.fillStyle = g;
      ctx.beginPath(); ctx.arc(s.x * k, s.y * k, s.r * k, 0, Math.PI * 2); ctx.fill();
    }
    if (o.fold && o.fold.page === pi) {
      const fy = o.fold.y * k;
      const g = ctx.createLinearGradient(0, fy - 10, 0, fy + 10);
      g.addColorStop(0, 'rgba(0,0,0,0)'); g.addColorStop(0.45, 'rgba(0,0,0,0.18)'); g.addColorStop(0.5, 'rgba(0,0,0,0.45)'); g.addColorStop(0.55, 'rgba(255,255,255,0.5)'); g.addColorStop(1, 'rgba(0,0,0,0)');
      ctx.fillStyle = g; ctx.fillRect(0, fy - 10, W, 20);
    }
    if (o.faxHeader) { ctx.fillStyle = '#000'; ctx.font = `${8 * k}px Typed`; ctx.fillText(`${o.faxHeader}   P.${pi + 1}/${pages.length}`, 30 * k, 16 * k); }
    for (let i = 0; i < (o.speckle ?? 0); i++) {
      ctx.fillStyle = `rgba(0,0,0,${0.3 + r() * 0.6})`;
      const d = 1 + r() * 2.5;
      ctx.fillRect(r() * W, r() * H, d, d);
    }
    // skew onto a second canvas with a grey scanner edge
    const c2 = createCanvas(W, H);
    const c2x = c2.getContext('2d');
    c2x.fillStyle = o.fax ? '#ffffff' : '#d6d6d2';
    c2x.fillRect(0, 0, W, H);
    c2x.translate(W / 2, H / 2);
    c2x.rotate((((o.skew ?? 0) + (r() - 0.5) * 0.3) * Math.PI) / 180);
    c2x.drawImage(c, -W / 2 + 6 + r() * 8, -H / 2 + 4 + r() * 8);
    c2x.setTransform(1, 0, 0, 1, 0, 0);
    if (o.fax) {
      const img = c2x.getImageData(0, 0, W, H);
      const d = img.data;
      for (let i = 0; i < d.length; i += 4) {
        const v = 0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]! + (r() - 0.5) * 60;
        const b = v < 150 ? 0 : 255;
        d[i] = b; d[i + 1] = b; d[i + 2] = b; d[i + 3] = 255;
      }
      c2x.putImageData(img, 0, 0);
      out.push(await c2.encode('png'));
    } else {
      out.push(await c2.encode('jpeg', o.jpegQuality ?? 72));
    }
  }
  return out;
}

/** An image-only PDF of the form (one image per page, no text layer). */
export async function renderScan(form: Form, o: ScanOpts & { date: Date; producer?: string }): Promise<Buffer> {
  const imgs = await renderPages(layout(form), o);
  const doc = await PDFDocument.create();
  doc.setTitle('');
  doc.setCreator(o.producer ?? 'RICOH IM C3000');
  doc.setProducer(o.producer ?? 'RICOH IM C3000');
  doc.setCreationDate(o.date);
  doc.setModificationDate(o.date);
  for (const b of imgs) {
    const img = o.fax ? await doc.embedPng(b) : await doc.embedJpg(b);
    const p = doc.addPage([PW, PH]);
    p.drawImage(img, { x: 0, y: 0, width: PW, height: PH });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Renders page images only (for looking at them while writing). */
export const scanImages = (form: Form, o: ScanOpts) => renderPages(layout(form), o);
