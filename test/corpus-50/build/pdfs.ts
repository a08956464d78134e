// The attachments of corpus 50: forms (fillable and flat), letters, and image-only scans of paper forms.
// Layouts are described once (points, A4, y measured from the top) and drawn either with pdf-lib or on a canvas
// that is then photographed or scanned (seeded noise and rotation) and embedded as a JPEG with no text layer.
import { type Canvas, type SKRSContext2D, GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { hex } from './lib.js';

export const A4: [number, number] = [595.28, 841.89];

export type Item =
  | { t: 'text'; x: number; y: number; size: number; text: string; bold?: boolean; italic?: boolean }
  | { t: 'band'; x: number; y: number; w: number; h: number; text: string }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; width?: number }
  | { t: 'field'; name: string; x: number; y: number; w: number; h: number; value: string; size?: number }
  | { t: 'check'; name: string; x: number; y: number; checked: boolean }
  | { t: 'sig'; name: string; x: number; y: number; w: number; h: number; signed: boolean; typed?: string };

export interface Meta {
  title: string;
  author?: string;
  creator: string;
  producer: string;
  date: string; // ISO
}

// ---------------------------------------------------------------- seeded randomness

export function rng(seed: string): () => number {
  let a = parseInt(hex(seed, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A signature scribble as SVG path commands in a w×h box (origin top-left). */
export function scribble(seed: string, w: number, h: number): string {
  const r = rng(`${seed}/sig`);
  const cmds: string[] = [];
  let x = w * 0.08;
  let y = h * (0.45 + r() * 0.2);
  cmds.push(`M ${x.toFixed(1)} ${y.toFixed(1)}`);
  const strokes = 5 + Math.floor(r() * 4);
  for (let i = 0; i < strokes; i++) {
    const nx = Math.min(w * 0.92, x + w * (0.08 + r() * 0.12));
    const ny = h * (0.2 + r() * 0.6);
    const c1x = x + (nx - x) * 0.3;
    const c1y = y - h * (0.3 + r() * 0.4);
    const c2x = x + (nx - x) * 0.7;
    const c2y = ny + h * (0.3 + r() * 0.3);
    cmds.push(`C ${c1x.toFixed(1)} ${c1y.toFixed(1)} ${c2x.toFixed(1)} ${c2y.toFixed(1)} ${nx.toFixed(1)} ${ny.toFixed(1)}`);
    x = nx;
    y = ny;
  }
  // the underline flourish
  cmds.push(`M ${(w * 0.12).toFixed(1)} ${(h * 0.82).toFixed(1)} C ${(w * 0.4).toFixed(1)} ${(h * 0.7).toFixed(1)} ${(w * 0.6).toFixed(1)} ${(h * 0.95).toFixed(1)} ${(w * 0.85).toFixed(1)} ${(h * 0.78).toFixed(1)}`);
  return cmds.join(' ');
}

// ---------------------------------------------------------------- pdf-lib rendering

function setMeta(doc: PDFDocument, m: Meta): void {
  doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setCreationDate(new Date(m.date));
  doc.setModificationDate(new Date(m.date));
}

interface Fonts { regular: PDFFont; bold: PDFFont; italic: PDFFont }

async function fonts(doc: PDFDocument, family: 'helvetica' | 'times'): Promise<Fonts> {
  if (family === 'times') {
    return { regular: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold), italic: await doc.embedFont(StandardFonts.TimesRomanItalic) };
  }
  return { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), italic: await doc.embedFont(StandardFonts.HelveticaOblique) };
}

function drawItemsPdf(doc: PDFDocument, page: PDFPage, items: Item[], f: Fonts, mode: 'acro' | 'flat', seed: string): void {
  const H = page.getHeight();
  const form = mode === 'acro' ? doc.getForm() : null;
  for (const it of items) {
    switch (it.t) {
      case 'text':
        page.drawText(it.text, { x: it.x, y: H - it.y, size: it.size, font: it.bold ? f.bold : it.italic ? f.italic : f.regular, color: rgb(0.05, 0.05, 0.05) });
        break;
      case 'band':
        page.drawRectangle({ x: it.x, y: H - it.y - it.h, width: it.w, height: it.h, color: rgb(0, 0.37, 0.72) });
        page.drawText(it.text, { x: it.x + 6, y: H - it.y - it.h + 5, size: 10, font: f.bold, color: rgb(1, 1, 1) });
        break;
      case 'line':
        page.drawLine({ start: { x: it.x1, y: H - it.y1 }, end: { x: it.x2, y: H - it.y2 }, thickness: it.width ?? 0.6, color: rgb(0.3, 0.3, 0.3) });
        break;
      case 'field':
        if (form) {
          const tf = form.createTextField(it.name);
          tf.setText(it.value);
          tf.addToPage(page, { x: it.x, y: H - it.y - it.h, width: it.w, height: it.h, font: f.regular, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.8, backgroundColor: rgb(0.93, 0.95, 1) });
          tf.setFontSize(it.size ?? 10);
        } else {
          page.drawRectangle({ x: it.x, y: H - it.y - it.h, width: it.w, height: it.h, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.6 });
          if (it.value) page.drawText(it.value, { x: it.x + 4, y: H - it.y - it.h + (it.h - (it.size ?? 10)) / 2 + 2, size: it.size ?? 10, font: f.regular, color: rgb(0, 0, 0) });
        }
        break;
      case 'check':
        if (form) {
          const cb = form.createCheckBox(it.name);
          cb.addToPage(page, { x: it.x, y: H - it.y - 10, width: 10, height: 10, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
          if (it.checked) cb.check();
        } else {
          page.drawRectangle({ x: it.x, y: H - it.y - 10, width: 10, height: 10, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
          if (it.checked) page.drawText('X', { x: it.x + 2, y: H - it.y - 8.5, size: 9, font: f.bold });
        }
        break;
      case 'sig':
        if (form) {
          const tf = form.createTextField(it.name);
          if (it.typed) tf.setText(it.typed);
          tf.addToPage(page, { x: it.x, y: H - it.y - it.h, width: it.w, height: it.h, font: f.italic, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.8, backgroundColor: rgb(0.93, 0.95, 1) });
          tf.setFontSize(14);
        } else {
          page.drawRectangle({ x: it.x, y: H - it.y - it.h, width: it.w, height: it.h, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.6 });
          if (it.typed) page.drawText(it.typed, { x: it.x + 8, y: H - it.y - it.h + 10, size: 16, font: f.italic, color: rgb(0.1, 0.1, 0.4) });
          else if (it.signed) page.drawSvgPath(scribble(`${seed}/${it.name}`, it.w * 0.6, it.h * 0.9), { x: it.x + 10, y: H - it.y - 2, borderColor: rgb(0.1, 0.12, 0.45), borderWidth: 1.1 });
        }
        break;
    }
  }
}

/** A one- or two-page form as a PDF: `acro` keeps the fields fillable, `flat` draws the values as text. */
export async function formPdf(pages: Item[][], opts: { mode: 'acro' | 'flat'; family?: 'helvetica' | 'times'; meta: Meta; seed: string }): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  setMeta(doc, opts.meta);
  const f = await fonts(doc, opts.family ?? 'helvetica');
  for (const items of pages) {
    const page = doc.addPage(A4);
    drawItemsPdf(doc, page, items, f, opts.mode, opts.seed);
  }
  if (opts.mode === 'acro') doc.getForm().updateFieldAppearances(f.regular);
  return Buffer.from(await doc.save());
}

export type LetterLine = { text: string; bold?: boolean; size?: number; gap?: number; indent?: number; italic?: boolean } | { sig: true } | { rule: true } | { table: [string, string][]; widths?: [number, number] };

/** A letter on a simple letterhead, paragraphs wrapped to the margins. */
export async function letterPdf(lines: LetterLine[], opts: { family?: 'helvetica' | 'times'; meta: Meta; seed: string }): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  setMeta(doc, opts.meta);
  const f = await fonts(doc, opts.family ?? 'helvetica');
  const page = doc.addPage(A4);
  const H = page.getHeight();
  const left = 62;
  const right = A4[0] - 62;
  let y = 60;
  for (const l of lines) {
    if ('sig' in l) {
      page.drawSvgPath(scribble(`${opts.seed}/letter`, 150, 38), { x: left, y: H - y, borderColor: rgb(0.1, 0.12, 0.45), borderWidth: 1.1 });
      y += 44;
      continue;
    }
    if ('rule' in l) {
      page.drawLine({ start: { x: left, y: H - y }, end: { x: right, y: H - y }, thickness: 0.8, color: rgb(0, 0.37, 0.72) });
      y += 14;
      continue;
    }
    if ('table' in l) {
      const [w1] = l.widths ?? [170, right - left - 170];
      for (const [k, v] of l.table) {
        page.drawRectangle({ x: left, y: H - y - 16, width: w1, height: 18, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5, color: rgb(0.94, 0.94, 0.94) });
        page.drawRectangle({ x: left + w1, y: H - y - 16, width: right - left - w1, height: 18, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
        page.drawText(k, { x: left + 4, y: H - y - 11, size: 9.5, font: f.bold });
        page.drawText(v, { x: left + w1 + 4, y: H - y - 11, size: 9.5, font: f.regular });
        y += 18;
      }
      y += 10;
      continue;
    }
    const size = l.size ?? 10.5;
    const font = l.bold ? f.bold : l.italic ? f.italic : f.regular;
    const x0 = left + (l.indent ?? 0);
    const words = l.text.split(' ');
    let cur = '';
    const out: string[] = [];
    for (const w of words) {
      const t = cur ? `${cur} ${w}` : w;
      if (font.widthOfTextAtSize(t, size) > right - x0 && cur) {
        out.push(cur);
        cur = w;
      } else cur = t;
    }
    out.push(cur);
    for (const o of out) {
      if (o) page.drawText(o, { x: x0, y: H - y, size, font, color: rgb(0.05, 0.05, 0.05) });
      y += size * 1.35;
    }
    y += l.gap ?? 0;
  }
  return Buffer.from(await doc.save());
}

// ---------------------------------------------------------------- canvas rendering (scans)

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  const base = '/usr/share/fonts/truetype';
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationSans-Regular.ttf`, 'ScanSans');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationSans-Bold.ttf`, 'ScanSansBold');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationMono-Regular.ttf`, 'ScanMono');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationMono-Bold.ttf`, 'ScanMonoBold');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationSansNarrow-Italic.ttf`, 'ScanHand');
  GlobalFonts.registerFromPath(`${base}/dejavu/DejaVuSans-Oblique.ttf`, 'ScanHand2');
  fontsRegistered = true;
}

export interface ScanStyle {
  /** `photo`: a phone photo of the page on a desk; `flatbed`: a multifunction-device scan. */
  kind: 'photo' | 'flatbed';
  /** values written by hand (blue ink, jittered capitals) instead of typed */
  hand: boolean;
  /** degrees */
  rotate: number;
  mono?: boolean;
}

const PX = 1240 / A4[0];

function handText(ctx: SKRSContext2D, text: string, x: number, y: number, size: number, r: () => number): void {
  let cx = x;
  for (const ch of text) {
    const s = size * (0.94 + r() * 0.14);
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * size * 0.12);
    ctx.rotate((r() - 0.5) * 0.12);
    ctx.font = `${s.toFixed(1)}px ${r() < 0.5 ? 'ScanHand' : 'ScanHand'}`;
    ctx.fillText(ch, 0, 0);
    const w = ctx.measureText(ch).width;
    ctx.restore();
    cx += w * (1.02 + r() * 0.1) + (ch === ' ' ? size * 0.1 : 0);
  }
}

function drawPageCanvas(items: Item[], style: ScanStyle, seed: string): Canvas {
  registerFonts();
  const W = 1240;
  const H = 1754;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  const r = rng(`${seed}/hand`);
  const ink = '#1b2a78';
  for (const it of items) {
    ctx.fillStyle = '#151515';
    ctx.strokeStyle = '#444444';
    switch (it.t) {
      case 'text':
        ctx.font = `${(it.size * PX).toFixed(1)}px ${it.bold ? (style.mono ? 'ScanMonoBold' : 'ScanSansBold') : style.mono ? 'ScanMono' : 'ScanSans'}`;
        ctx.fillText(it.text, it.x * PX, it.y * PX);
        break;
      case 'band':
        ctx.fillStyle = style.mono ? '#555555' : '#1f5fa8';
        ctx.fillRect(it.x * PX, it.y * PX, it.w * PX, it.h * PX);
        ctx.fillStyle = '#ffffff';
        ctx.font = `${(10 * PX).toFixed(1)}px ScanSansBold`;
        ctx.fillText(it.text, (it.x + 6) * PX, (it.y + it.h - 5) * PX);
        break;
      case 'line':
        ctx.lineWidth = (it.width ?? 0.6) * PX;
        ctx.beginPath();
        ctx.moveTo(it.x1 * PX, it.y1 * PX);
        ctx.lineTo(it.x2 * PX, it.y2 * PX);
        ctx.stroke();
        break;
      case 'field':
        ctx.lineWidth = 1.2;
        ctx.strokeRect(it.x * PX, it.y * PX, it.w * PX, it.h * PX);
        if (it.value) {
          if (style.hand) {
            ctx.fillStyle = ink;
            handText(ctx, it.value, (it.x + 5) * PX, (it.y + it.h - 4) * PX, (it.size ?? 11.5) * PX, r);
          } else {
            ctx.font = `${((it.size ?? 10) * PX).toFixed(1)}px ScanSans`;
            ctx.fillText(it.value, (it.x + 4) * PX, (it.y + it.h - 5) * PX);
          }
        }
        break;
      case 'check':
        ctx.lineWidth = 1.4;
        ctx.strokeRect(it.x * PX, it.y * PX, 10 * PX, 10 * PX);
        if (it.checked) {
          ctx.strokeStyle = style.hand ? ink : '#111111';
          ctx.lineWidth = 3;
          ctx.beginPath();
          if (style.hand) {
            ctx.moveTo((it.x + 1) * PX, (it.y + 5) * PX);
            ctx.lineTo((it.x + 4.5) * PX, (it.y + 10) * PX);
            ctx.lineTo((it.x + 13) * PX, (it.y - 3) * PX);
          } else {
            ctx.moveTo((it.x + 2) * PX, (it.y + 2) * PX);
            ctx.lineTo((it.x + 8) * PX, (it.y + 8) * PX);
            ctx.moveTo((it.x + 8) * PX, (it.y + 2) * PX);
            ctx.lineTo((it.x + 2) * PX, (it.y + 8) * PX);
          }
          ctx.stroke();
        }
        break;
      case 'sig': {
        ctx.lineWidth = 1.2;
        ctx.strokeRect(it.x * PX, it.y * PX, it.w * PX, it.h * PX);
        if (it.signed) {
          const path = scribble(`${seed}/${it.name}`, it.w * 0.6 * PX, it.h * 0.9 * PX);
          ctx.save();
          ctx.translate((it.x + 10) * PX, (it.y + 2) * PX);
          ctx.strokeStyle = ink;
          ctx.lineWidth = 3;
          ctx.lineCap = 'round';
          const toks = path.split(' ');
          ctx.beginPath();
          for (let i = 0; i < toks.length;) {
            const cmd = toks[i++];
            if (cmd === 'M') ctx.moveTo(Number(toks[i++]), Number(toks[i++]));
            else if (cmd === 'C') {
              const a = toks.slice(i, i + 6).map(Number);
              i += 6;
              ctx.bezierCurveTo(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!);
            }
          }
          ctx.stroke();
          ctx.restore();
        }
        break;
      }
    }
  }
  return c;
}

/** Photographs or scans the drawn page: rotation, desk or lid shadow, uneven light, sensor noise, dust. */
function degrade(page: Canvas, style: ScanStyle, seed: string): Buffer {
  const W = 1240;
  const H = 1754;
  const r = rng(`${seed}/noise`);
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  if (style.kind === 'photo') {
    // desk under the page
    const g = ctx.createLinearGradient(0, 0, W, H);
    g.addColorStop(0, '#5d5048');
    g.addColorStop(1, '#3e3530');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, W, H);
    ctx.save();
    ctx.translate(W / 2 + (r() - 0.5) * 24, H / 2 + (r() - 0.5) * 24);
    ctx.rotate((style.rotate * Math.PI) / 180);
    ctx.scale(0.93, 0.93);
    ctx.shadowColor = 'rgba(0,0,0,0.45)';
    ctx.shadowBlur = 18;
    ctx.drawImage(page, -W / 2, -H / 2);
    ctx.restore();
    // the phone's shadow and uneven light
    const shade = ctx.createRadialGradient(W * 0.3, H * 0.25, 80, W * 0.55, H * 0.6, H * 0.95);
    shade.addColorStop(0, 'rgba(255,250,235,0.05)');
    shade.addColorStop(1, 'rgba(40,30,20,0.30)');
    ctx.fillStyle = shade;
    ctx.fillRect(0, 0, W, H);
  } else {
    ctx.fillStyle = '#fbfbf8';
    ctx.fillRect(0, 0, W, H);
    ctx.save();
    ctx.translate(W / 2, H / 2);
    ctx.rotate((style.rotate * Math.PI) / 180);
    ctx.drawImage(page, -W / 2, -H / 2);
    ctx.restore();
    // lid shadow down the left edge
    const edge = ctx.createLinearGradient(0, 0, 36, 0);
    edge.addColorStop(0, 'rgba(30,30,30,0.85)');
    edge.addColorStop(1, 'rgba(30,30,30,0)');
    ctx.fillStyle = edge;
    ctx.fillRect(0, 0, 36, H);
  }
  // sensor noise, per pixel, and a grey cast
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  const amp = style.kind === 'photo' ? 18 : 12;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * amp;
    d[i] = Math.max(0, Math.min(255, d[i]! + n - (style.kind === 'flatbed' ? 4 : 0)));
    d[i + 1] = Math.max(0, Math.min(255, d[i + 1]! + n - (style.kind === 'flatbed' ? 4 : 0)));
    d[i + 2] = Math.max(0, Math.min(255, d[i + 2]! + n - (style.kind === 'flatbed' ? 6 : 6)));
  }
  ctx.putImageData(img, 0, 0);
  // dust and toner specks
  const specks = style.kind === 'photo' ? 300 : 900;
  for (let i = 0; i < specks; i++) {
    const x = r() * W;
    const y = r() * H;
    const s = 1 + r() * (r() < 0.05 ? 4 : 1.6);
    const v = Math.floor(40 + r() * 90);
    ctx.fillStyle = `rgba(${v},${v},${v},${(0.4 + r() * 0.5).toFixed(2)})`;
    ctx.fillRect(x, y, s, s);
  }
  return out.toBuffer('image/jpeg', style.kind === 'photo' ? 72 : 78);
}

/** An image-only PDF: each page drawn, degraded, and embedded as a full-page JPEG (no text layer). */
export async function scanPdf(pages: Item[][], style: ScanStyle, opts: { meta: Meta; seed: string }): Promise<{ pdf: Buffer; jpegs: Buffer[] }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  setMeta(doc, opts.meta);
  const jpegs: Buffer[] = [];
  for (const [i, items] of pages.entries()) {
    const seed = `${opts.seed}/p${i}`;
    const jpeg = degrade(drawPageCanvas(items, style, seed), style, seed);
    jpegs.push(jpeg);
    const img = await doc.embedJpg(jpeg);
    const page = doc.addPage(A4);
    page.drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return { pdf: Buffer.from(await doc.save()), jpegs };
}

/** A phone screenshot of the PCSE Online sign-in page with the locked-account message (PNG). */
export function lockedScreenshot(): Buffer {
  registerFonts();
  const W = 590;
  const H = 1100;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  // status bar
  ctx.fillStyle = '#000000';
  ctx.font = '22px ScanSansBold';
  ctx.fillText('10:47', 36, 40);
  ctx.fillText('4G', 470, 40);
  ctx.fillRect(512, 22, 44, 20);
  // address bar
  ctx.fillStyle = '#eeeeee';
  ctx.fillRect(20, 62, W - 40, 44);
  ctx.fillStyle = '#333333';
  ctx.font = '20px ScanSans';
  ctx.fillText('pcse.england.nhs.uk', 170, 92);
  // header
  ctx.fillStyle = '#005eb8';
  ctx.fillRect(0, 120, W, 90);
  ctx.fillStyle = '#ffffff';
  ctx.font = '34px ScanSansBold';
  ctx.fillText('PCSE Online', 28, 178);
  ctx.fillText('NHS', 480, 178);
  ctx.fillStyle = '#212b32';
  ctx.font = '36px ScanSansBold';
  ctx.fillText('Sign in', 28, 270);
  // error box
  ctx.strokeStyle = '#d5281b';
  ctx.lineWidth = 4;
  ctx.strokeRect(28, 300, W - 56, 150);
  ctx.fillStyle = '#d5281b';
  ctx.font = '24px ScanSansBold';
  ctx.fillText('There is a problem', 48, 344);
  ctx.font = '21px ScanSans';
  ctx.fillText('Your account has been locked after too', 48, 384);
  ctx.fillText('many unsuccessful attempts. Please contact', 48, 412);
  ctx.fillText('PCSE to unlock your account.', 48, 440);
  ctx.fillStyle = '#212b32';
  ctx.font = '22px ScanSansBold';
  ctx.fillText('EMAIL ADDRESS', 28, 510);
  ctx.strokeStyle = '#4c6272';
  ctx.lineWidth = 2;
  ctx.strokeRect(28, 524, W - 56, 56);
  ctx.font = '22px ScanSans';
  ctx.fillText('r.osei@nhs.net', 42, 560);
  ctx.font = '22px ScanSansBold';
  ctx.fillText('PASSWORD', 28, 630);
  ctx.strokeRect(28, 644, W - 56, 56);
  ctx.fillText('\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022', 42, 680);
  ctx.fillStyle = '#007f3b';
  ctx.fillRect(28, 740, 150, 56);
  ctx.fillStyle = '#ffffff';
  ctx.fillText('Sign in', 62, 776);
  ctx.fillStyle = '#005eb8';
  ctx.font = '21px ScanSans';
  ctx.fillText('Forgotten your login details? | Help', 28, 850);
  return c.toBuffer('image/png');
}
