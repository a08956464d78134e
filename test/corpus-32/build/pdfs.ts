// The forms attached to corpus 32's emails: fillable AcroForms with odd field names, word-processor exports with the
// values in table cells, and image-only scans drawn with @napi-rs/canvas. Deterministic: fixed dates, seeded noise,
// and pdf-lib's random resource-name suffixes fed from a seeded generator.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFName, PDFString, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const FIXED = new Date('2026-11-01T09:00:00Z');

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** pdf-lib names font and field resources with Math.random(); feed it a seeded stream while a PDF is written. */
async function withSeed<T>(seed: number, f: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = seeded(seed);
  try {
    return await f();
  } finally {
    Math.random = orig;
  }
}

function meta(doc: PDFDocument, title: string, producer: string, creator: string, author: string): void {
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setAuthor(author);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
}

// ------------------------------------------------------------------ form specs (shared by text PDFs and scans)

export type Row =
  | { t: 'field'; label: string; value: string; hand?: boolean }
  | { t: 'tick'; label: string; options: string[]; ticked: number | null }
  | { t: 'sign'; label: string; signed: boolean; name: string }
  | { t: 'para'; text: string }
  | { t: 'heading'; text: string };

export interface FormSpec { org: string; title: string; subtitle?: string; rows: Row[]; footer?: string }

// ------------------------------------------------------------------ word-processor export (values in table cells)

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && cur) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

function signaturePath(seed: number, w: number): string {
  const r = seeded(seed);
  let d = `M 0 ${10 + r() * 6}`;
  let x = 0;
  while (x < w) {
    const dx = 8 + r() * 14;
    d += ` C ${x + dx * 0.3} ${-4 + r() * 26} ${x + dx * 0.7} ${-6 + r() * 28} ${x + dx} ${4 + r() * 16}`;
    x += dx;
  }
  d += ` M ${w * 0.1} ${18 + r() * 4} L ${w * 0.9} ${12 + r() * 6}`;
  return d;
}

export async function wordTablePdf(spec: FormSpec, opts: { seed: number; serif?: boolean; author: string }): Promise<Buffer> {
  return withSeed(opts.seed, async () => {
    const doc = await PDFDocument.create();
    meta(doc, spec.title, 'Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365', opts.author);
    const font = await doc.embedFont(opts.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
    const bold = await doc.embedFont(opts.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
    let page: PDFPage = doc.addPage([595.32, 841.92]);
    const left = 56.7;
    const width = 595.32 - 2 * 56.7;
    const labelW = 200;
    let y = 841.92 - 60;
    const newPageIfNeeded = (h: number) => {
      if (y - h < 70) {
        page = doc.addPage([595.32, 841.92]);
        y = 841.92 - 60;
      }
    };
    page.drawText(spec.org, { x: left, y, size: 9, font, color: rgb(0.3, 0.3, 0.3) });
    y -= 26;
    for (const l of wrap(spec.title, bold, 15, width)) {
      page.drawText(l, { x: left, y, size: 15, font: bold, color: rgb(0, 0.19, 0.53) });
      y -= 19;
    }
    if (spec.subtitle) {
      for (const l of wrap(spec.subtitle, font, 10, width)) {
        page.drawText(l, { x: left, y, size: 10, font });
        y -= 13;
      }
    }
    y -= 8;
    for (const row of spec.rows) {
      if (row.t === 'heading') {
        newPageIfNeeded(30);
        y -= 6;
        page.drawRectangle({ x: left, y: y - 5, width, height: 18, color: rgb(0.85, 0.89, 0.95), borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
        page.drawText(row.text, { x: left + 4, y: y, size: 10.5, font: bold });
        y -= 18;
      } else if (row.t === 'para') {
        const lines = wrap(row.text, font, 9.5, width);
        newPageIfNeeded(lines.length * 12 + 6);
        y -= 4;
        for (const l of lines) {
          page.drawText(l, { x: left, y, size: 9.5, font });
          y -= 12;
        }
        y -= 4;
      } else {
        const valueText = row.t === 'field' ? row.value : row.t === 'tick' ? '' : '';
        const lines = row.t === 'field' ? wrap(valueText || ' ', font, 10, width - labelW - 10) : [''];
        const h = row.t === 'tick' ? 14 * row.options.length + 8 : row.t === 'sign' ? 40 : Math.max(20, lines.length * 13 + 8);
        newPageIfNeeded(h);
        page.drawRectangle({ x: left, y: y - h + 13, width: labelW, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.5, color: rgb(0.96, 0.96, 0.96) });
        page.drawRectangle({ x: left + labelW, y: y - h + 13, width: width - labelW, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
        wrap(row.label, bold, 9.5, labelW - 8).forEach((l, i) => page.drawText(l, { x: left + 4, y: y - 1 - i * 12, size: 9.5, font: bold }));
        if (row.t === 'field') {
          lines.forEach((l, i) => page.drawText(l, { x: left + labelW + 5, y: y - 1 - i * 13, size: 10, font }));
        } else if (row.t === 'tick') {
          row.options.forEach((o, i) => {
            const yy = y - 1 - i * 14;
            page.drawRectangle({ x: left + labelW + 6, y: yy - 1, width: 8, height: 8, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
            if (row.ticked === i) page.drawText('X', { x: left + labelW + 7, y: yy, size: 8, font: bold });
            page.drawText(o, { x: left + labelW + 20, y: yy, size: 9.5, font });
          });
        } else if (row.t === 'sign') {
          if (row.signed) {
            page.drawSvgPath(signaturePath(opts.seed + 7, 120), { x: left + labelW + 10, y: y + 4, scale: 0.9, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
          }
        }
        y -= h;
      }
    }
    if (spec.footer) {
      page.drawText(spec.footer, { x: left, y: 40, size: 7.5, font, color: rgb(0.4, 0.4, 0.4) });
    }
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

// ------------------------------------------------------------------ AcroForm

export interface AcroField { name: string; label: string; value: string; kind?: 'text' | 'check'; checked?: boolean; multiline?: boolean }
export interface AcroSpec { org: string; title: string; intro?: string; sections: { heading: string; fields: AcroField[] }[]; signature?: { fieldName: string; label: string; drawn: boolean } }

export async function acroFormPdf(spec: AcroSpec, opts: { seed: number; author: string; producer?: string; creator?: string }): Promise<Buffer> {
  return withSeed(opts.seed, async () => {
    const doc = await PDFDocument.create();
    meta(doc, spec.title, opts.producer ?? 'Adobe PDF Library 17.11.238', opts.creator ?? 'Adobe Acrobat Pro (64-bit) 24.1.20643', opts.author);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const form = doc.getForm();
    let page = doc.addPage([595.28, 841.89]);
    const left = 50;
    let y = 790;
    page.drawText(spec.org, { x: left, y, size: 9, font, color: rgb(0.25, 0.25, 0.25) });
    y -= 24;
    for (const l of wrap(spec.title, bold, 14, 495)) {
      page.drawText(l, { x: left, y, size: 14, font: bold });
      y -= 18;
    }
    if (spec.intro) {
      for (const l of wrap(spec.intro, font, 9, 495)) {
        page.drawText(l, { x: left, y, size: 9, font });
        y -= 11;
      }
    }
    y -= 6;
    for (const sec of spec.sections) {
      if (y < 150) {
        page = doc.addPage([595.28, 841.89]);
        y = 790;
      }
      page.drawText(sec.heading, { x: left, y, size: 11, font: bold, color: rgb(0, 0.3, 0.55) });
      y -= 20;
      for (const f of sec.fields) {
        if (f.kind === 'check') {
          const cb = form.createCheckBox(f.name);
          cb.addToPage(page, { x: left, y: y - 2, width: 11, height: 11, borderWidth: 0.8 });
          if (f.checked) cb.check();
          page.drawText(f.label, { x: left + 18, y, size: 9.5, font });
          y -= 18;
          continue;
        }
        const h = f.multiline ? 34 : 17;
        page.drawText(f.label, { x: left, y: y + (f.multiline ? 10 : 0), size: 9.5, font });
        const tf = form.createTextField(f.name);
        if (f.multiline) tf.enableMultiline();
        tf.setText(f.value || undefined);
        tf.addToPage(page, { x: left + 190, y: y - (f.multiline ? 22 : 5), width: 305, height: h, font, borderWidth: 0.6, borderColor: rgb(0.4, 0.4, 0.4) });
        tf.setFontSize(10);
        y -= h + 8;
      }
      y -= 8;
    }
    if (spec.signature) {
      page.drawText(spec.signature.label, { x: left, y, size: 9.5, font });
      const sf = form.createTextField(spec.signature.fieldName);
      sf.addToPage(page, { x: left + 190, y: y - 22, width: 200, height: 36, borderWidth: 0.6, borderColor: rgb(0.4, 0.4, 0.4), backgroundColor: undefined });
      if (spec.signature.drawn) {
        page.drawSvgPath(signaturePath(opts.seed + 3, 140), { x: left + 200, y: y + 10, scale: 0.85, borderColor: rgb(0.05, 0.05, 0.3), borderWidth: 1.2 });
      }
      y -= 40;
    }
    form.updateFieldAppearances(font);
    doc.catalog.set(PDFName.of('Lang'), PDFString.of('en-GB'));
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

// ------------------------------------------------------------------ scans

const FONT_DIR = '/usr/share/fonts/truetype';
let fontsReady = false;
function fonts(): void {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'ScanSans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'ScanSansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'ScanHand');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Italic.ttf`, 'ScanHand2');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationMono-Regular.ttf`, 'ScanMono');
  fontsReady = true;
}

function handText(ctx: SKRSContext2D, text: string, x: number, y: number, px: number, r: () => number, caps = false): void {
  const s = caps ? text.toUpperCase() : text;
  let cx = x;
  for (const ch of s) {
    const size = px * (0.93 + r() * 0.14);
    ctx.save();
    ctx.font = `${size}px ${caps ? 'ScanHand' : 'ScanHand2'}`;
    ctx.translate(cx, y + (r() - 0.5) * px * 0.12);
    ctx.rotate((r() - 0.5) * 0.12);
    ctx.fillText(ch, 0, 0);
    ctx.lineWidth = px * 0.035;
    ctx.strokeText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (size / px) * (caps ? 1.08 : 1.02) + (r() - 0.3) * px * 0.06;
  }
}

function drawSignature(ctx: SKRSContext2D, x: number, y: number, w: number, r: () => number, scale: number): void {
  ctx.save();
  ctx.strokeStyle = 'rgb(20,30,110)';
  ctx.lineWidth = 2.2 * scale;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y);
  let cx = x;
  while (cx < x + w) {
    const dx = (14 + r() * 22) * scale;
    ctx.bezierCurveTo(cx + dx * 0.3, y - (10 + r() * 30) * scale, cx + dx * 0.7, y + (r() * 20) * scale, cx + dx, y - (r() * 12) * scale);
    cx += dx;
  }
  ctx.moveTo(x + w * 0.15, y + 8 * scale);
  ctx.lineTo(x + w * 0.85, y + 2 * scale);
  ctx.stroke();
  ctx.restore();
}

function drawTick(ctx: SKRSContext2D, x: number, y: number, s: number): void {
  ctx.save();
  ctx.strokeStyle = 'rgb(20,30,110)';
  ctx.lineWidth = s * 0.18;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - s * 0.1, y + s * 0.45);
  ctx.lineTo(x + s * 0.35, y + s * 0.9);
  ctx.lineTo(x + s * 1.15, y - s * 0.3);
  ctx.stroke();
  ctx.restore();
}

/** Draws a form page as printed paper at `dpi`, values typed or handwritten. */
function renderPaper(spec: FormSpec, dpi: number, seed: number, hand: 'typed' | 'hand'): Canvas {
  fonts();
  const W = Math.round(8.27 * dpi);
  const H = Math.round(11.69 * dpi);
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  const r = seeded(seed);
  const pt = dpi / 72;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#111';
  const left = 50 * pt;
  const width = W - 100 * pt;
  const labelW = 190 * pt;
  let y = 60 * pt;
  ctx.font = `${9 * pt}px ScanSans`;
  ctx.fillText(spec.org, left, y);
  ctx.textAlign = 'right';
  ctx.font = `bold ${16 * pt}px ScanSansBold`;
  ctx.fillStyle = '#005eb8';
  ctx.fillText('NHS', left + width, y + 4 * pt);
  ctx.textAlign = 'left';
  ctx.fillStyle = '#111';
  y += 28 * pt;
  ctx.font = `${14 * pt}px ScanSansBold`;
  ctx.fillText(spec.title, left, y);
  y += 18 * pt;
  if (spec.subtitle) {
    ctx.font = `${9.5 * pt}px ScanSans`;
    ctx.fillText(spec.subtitle, left, y);
    y += 16 * pt;
  }
  y += 6 * pt;
  ctx.lineWidth = Math.max(1, 0.7 * pt);
  ctx.strokeStyle = '#222';
  for (const row of spec.rows) {
    if (row.t === 'heading') {
      y += 6 * pt;
      ctx.fillStyle = '#dde3ee';
      ctx.fillRect(left, y - 12 * pt, width, 18 * pt);
      ctx.strokeRect(left, y - 12 * pt, width, 18 * pt);
      ctx.fillStyle = '#111';
      ctx.font = `${10.5 * pt}px ScanSansBold`;
      ctx.fillText(row.text, left + 4 * pt, y + 1 * pt);
      y += 18 * pt;
      continue;
    }
    if (row.t === 'para') {
      ctx.font = `${9 * pt}px ScanSans`;
      const words = row.text.split(' ');
      let line = '';
      y += 4 * pt;
      for (const w of words) {
        const next = line ? `${line} ${w}` : w;
        if (ctx.measureText(next).width > width && line) {
          ctx.fillText(line, left, y);
          y += 12 * pt;
          line = w;
        } else line = next;
      }
      if (line) ctx.fillText(line, left, y);
      y += 14 * pt;
      continue;
    }
    const h = (row.t === 'tick' ? 15 * row.options.length + 8 : row.t === 'sign' ? 44 : 24) * pt;
    ctx.fillStyle = '#f3f3f3';
    ctx.fillRect(left, y - 12 * pt, labelW, h);
    ctx.strokeRect(left, y - 12 * pt, labelW, h);
    ctx.strokeRect(left + labelW, y - 12 * pt, width - labelW, h);
    ctx.fillStyle = '#111';
    ctx.font = `${9.5 * pt}px ScanSansBold`;
    ctx.fillText(row.label, left + 4 * pt, y + 2 * pt);
    if (row.t === 'field') {
      const handed = hand === 'hand' || row.hand;
      if (handed) {
        ctx.fillStyle = 'rgb(25,35,120)';
        ctx.strokeStyle = 'rgb(25,35,120)';
        handText(ctx, row.value, left + labelW + 8 * pt, y + 4 * pt, 12.5 * pt, r, /@|\d/.test(row.value) ? false : r() < 0.35);
        ctx.strokeStyle = '#222';
      } else {
        ctx.font = `${10.5 * pt}px ScanSans`;
        ctx.fillText(row.value, left + labelW + 6 * pt, y + 2 * pt);
      }
    } else if (row.t === 'tick') {
      row.options.forEach((o, i) => {
        const yy = y + i * 15 * pt;
        ctx.strokeRect(left + labelW + 7 * pt, yy - 7 * pt, 9 * pt, 9 * pt);
        ctx.fillStyle = '#111';
        ctx.font = `${9.5 * pt}px ScanSans`;
        ctx.fillText(o, left + labelW + 22 * pt, yy + 1 * pt);
        if (row.ticked === i) {
          if (hand === 'hand') drawTick(ctx, left + labelW + 8 * pt, yy - 6 * pt, 9 * pt);
          else {
            ctx.font = `${10 * pt}px ScanSansBold`;
            ctx.fillText('X', left + labelW + 8 * pt, yy + 1.5 * pt);
          }
        }
      });
    } else if (row.t === 'sign') {
      if (row.signed) drawSignature(ctx, left + labelW + 15 * pt, y + 14 * pt, 140 * pt, r, pt * 0.8);
    }
    ctx.strokeStyle = '#222';
    ctx.fillStyle = '#111';
    y += h;
  }
  if (spec.footer) {
    ctx.font = `${7.5 * pt}px ScanSans`;
    ctx.fillStyle = '#555';
    ctx.fillText(spec.footer, left, H - 30 * pt);
  }
  return c;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** Grey PNG written by hand (colour type 0, 8 bit) so the scan really is greyscale. */
function greyPng(w: number, h: number, grey: Uint8Array): Buffer {
  const crcTable = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  const crc = (b: Buffer) => {
    let c = -1;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const cb = Buffer.alloc(4);
    cb.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, cb]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const raw = Buffer.alloc((w + 1) * h);
  for (let yy = 0; yy < h; yy++) {
    raw[yy * (w + 1)] = 0;
    raw.set(grey.subarray(yy * w, yy * w + w), yy * (w + 1) + 1);
  }
  const phys = Buffer.alloc(9);
  phys.writeUInt32BE(Math.round(120 / 0.0254), 0);
  phys.writeUInt32BE(Math.round(120 / 0.0254), 4);
  phys[8] = 1;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('pHYs', phys), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function preview(name: string, buf: Buffer): void {
  const dir = process.env.CORPUS32_PREVIEW;
  if (dir) writeFileSync(`${dir}/${name}`, buf);
}

async function imagePdf(img: Buffer, type: 'png' | 'jpg', opts: { seed: number; producer: string; creator: string; title: string; fit: 'full' | 'contain' }): Promise<Buffer> {
  return withSeed(opts.seed, async () => {
    const doc = await PDFDocument.create();
    meta(doc, opts.title, opts.producer, opts.creator, '');
    const image = type === 'png' ? await doc.embedPng(img) : await doc.embedJpg(img);
    const page = doc.addPage([595.28, 841.89]);
    if (opts.fit === 'full') page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    else {
      const s = Math.min(595.28 / image.width, 841.89 / image.height);
      page.drawImage(image, { x: (595.28 - image.width * s) / 2, y: (841.89 - image.height * s) / 2, width: image.width * s, height: image.height * s });
    }
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

/** A phone photo of a printed form: skewed ~5°, on a desk, light falling off to one side, a shadow, JPEG. */
export async function phonePhotoScan(spec: FormSpec, seed: number): Promise<{ pdf: Buffer; preview: Buffer }> {
  const paper = renderPaper(spec, 150, seed, 'typed');
  const W = 1536;
  const H = 2048;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  const r = seeded(seed + 1);
  ctx.fillStyle = 'rgb(112,92,70)';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2 + 10, H / 2 + 6);
  ctx.rotate((-5.2 * Math.PI) / 180);
  const s = 1.13;
  ctx.fillStyle = 'rgba(0,0,0,0.35)';
  ctx.fillRect((-paper.width * s) / 2 + 10, (-paper.height * s) / 2 + 14, paper.width * s, paper.height * s);
  ctx.drawImage(paper, (-paper.width * s) / 2, (-paper.height * s) / 2, paper.width * s, paper.height * s);
  ctx.restore();
  // uneven light: bright upper left, dim lower right
  const g = ctx.createLinearGradient(0, 0, W, H);
  g.addColorStop(0, 'rgba(255,250,235,0.10)');
  g.addColorStop(0.55, 'rgba(0,0,0,0.06)');
  g.addColorStop(1, 'rgba(20,10,0,0.34)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, W, H);
  // the phone's shadow across the lower left corner
  const sh = ctx.createRadialGradient(120, H - 120, 40, 120, H - 120, 620);
  sh.addColorStop(0, 'rgba(0,0,0,0.42)');
  sh.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = sh;
  ctx.fillRect(0, 0, W, H);
  // sensor noise, warm cast
  const id = ctx.getImageData(0, 0, W, H);
  const d = id.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * 18;
    d[i] = clamp(d[i]! + n + 4);
    d[i + 1] = clamp(d[i + 1]! + n + 1);
    d[i + 2] = clamp(d[i + 2]! + n - 6);
  }
  ctx.putImageData(id, 0, 0);
  const jpg = c.encodeSync('jpeg', 72);
  preview(`phone-${seed}.jpg`, jpg);
  const pdf = await imagePdf(jpg, 'jpg', { seed, producer: 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', creator: 'Files', title: 'Scan', fit: 'contain' });
  return { pdf, preview: jpg };
}

/** An old MFD's 120 dpi greyscale scan: soft, low contrast, speckled, a hair off straight. */
export async function lowResGreyScan(spec: FormSpec, seed: number): Promise<{ pdf: Buffer; preview: Buffer }> {
  const paper = renderPaper(spec, 120, seed, 'typed');
  const W = paper.width;
  const H = paper.height;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, W, H);
  ctx.translate(W / 2, H / 2);
  ctx.rotate((0.8 * Math.PI) / 180);
  ctx.drawImage(paper, -W / 2, -H / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const id = ctx.getImageData(0, 0, W, H).data;
  const r = seeded(seed + 2);
  const grey = new Uint8Array(W * H);
  for (let i = 0; i < W * H; i++) grey[i] = 0.3 * id[i * 4]! + 0.59 * id[i * 4 + 1]! + 0.11 * id[i * 4 + 2]!;
  // 3x3 box blur
  const out = new Uint8Array(W * H);
  for (let yy = 0; yy < H; yy++) {
    for (let xx = 0; xx < W; xx++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const y2 = yy + dy;
        if (y2 < 0 || y2 >= H) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const x2 = xx + dx;
          if (x2 < 0 || x2 >= W) continue;
          sum += grey[y2 * W + x2]! * (dx === 0 && dy === 0 ? 4 : 1);
          n += dx === 0 && dy === 0 ? 4 : 1;
        }
      }
      // low contrast: black → 55, white → 222; noise; a darker band down the left edge
      let v = 55 + (sum / n) * (167 / 255) + (r() - 0.5) * 10 - (xx < 30 ? (30 - xx) * 2.2 : 0);
      if (r() < 0.0015) v = 40 + r() * 60;
      out[yy * W + xx] = clamp(Math.round(v / 6) * 6);
    }
  }
  const png = greyPng(W, H, out);
  preview(`grey-${seed}.png`, png);
  const pdf = await imagePdf(png, 'png', { seed, producer: 'KONICA MINOLTA bizhub C300i', creator: 'KONICA MINOLTA bizhub C300i', title: 'SKMBT_C30026110409120', fit: 'full' });
  return { pdf, preview: png };
}

/** A clean 150 dpi flatbed scan of a form filled in by hand in blue ink. */
export async function cleanHandScan(spec: FormSpec, seed: number): Promise<{ pdf: Buffer; preview: Buffer }> {
  const paper = renderPaper(spec, 150, seed, 'hand');
  const W = paper.width;
  const H = paper.height;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = 'rgb(250,250,247)';
  ctx.fillRect(0, 0, W, H);
  ctx.translate(W / 2, H / 2);
  ctx.rotate((-0.5 * Math.PI) / 180);
  ctx.drawImage(paper, -W / 2, -H / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const id = ctx.getImageData(0, 0, W, H);
  const d = id.data;
  const r = seeded(seed + 3);
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * 8;
    d[i] = clamp(d[i]! + n);
    d[i + 1] = clamp(d[i + 1]! + n);
    d[i + 2] = clamp(d[i + 2]! + n);
  }
  ctx.putImageData(id, 0, 0);
  const jpg = c.encodeSync('jpeg', 85);
  preview(`hand-${seed}.jpg`, jpg);
  const pdf = await imagePdf(jpg, 'jpg', { seed, producer: 'Canon iR-ADV C5840 PDF', creator: 'Canon iR-ADV C5840', title: 'Scanned Document', fit: 'full' });
  return { pdf, preview: jpg };
}
