// Writer Y's forms: one layout description, rendered three ways — a fillable AcroForm (pdf-lib), a flat text PDF
// (pdf-lib, no fields) and an image-only scan (@napi-rs/canvas, JPEG in a pdf-lib page). Seeded, so repeatable.
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { prng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'PrintSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'PrintSansBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Regular.ttf`, 'PrintSerif');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSans-Oblique.ttf`, 'HandA');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Italic.ttf`, 'HandB');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'HandC');

const FIXED_DATE = new Date(Date.UTC(2026, 10, 30, 10, 0, 0));

export interface Row {
  label: string;
  value?: string;
  type?: 'text' | 'check' | 'sig' | 'multiline';
  field?: string; // AcroForm field name
  checked?: boolean;
  signed?: boolean; // for 'sig'
}
export interface Section { heading: string; note?: string[]; rows: Row[]; newPage?: boolean }
export interface FormDef {
  title: string;
  subtitle?: string;
  intro?: string[];
  sections: Section[];
  footer?: string;
  author?: string;
}

/** pdf-lib names font resources with Math.random; seed it for the duration of one document. */
async function seeded<T>(seed: string, fn: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = prng(`pdf:${seed}`);
  try {
    return await fn();
  } finally {
    Math.random = orig;
  }
}

function setMeta(doc: PDFDocument, title: string, author: string, producer: string, creator: string) {
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const t = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(t, size) > width && cur) { lines.push(cur); cur = w; } else cur = t;
  }
  if (cur) lines.push(cur);
  return lines;
}

function sigPath(seed: string): string {
  const r = prng(`sig:${seed}`);
  let d = `M 0 ${10 + r() * 6}`;
  let x = 0;
  for (let i = 0; i < 7; i++) {
    const nx = x + 12 + r() * 14;
    d += ` C ${x + 4} ${-4 + r() * 8}, ${nx - 6} ${14 + r() * 10}, ${nx} ${6 + r() * 10}`;
    x = nx;
  }
  d += ` M 4 ${18 + r() * 4} L ${x - 10} ${12 + r() * 4}`;
  return d;
}

/** Renders a form as a PDF; `fillable` adds AcroForm fields holding the values, otherwise values are page text. */
export async function renderFormPdf(def: FormDef, seed: string, mode: 'fillable' | 'text'): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    setMeta(doc, def.title, def.author ?? 'PCSE', mode === 'fillable' ? 'Adobe PDF Library 17.11' : 'Microsoft® Word for Microsoft 365', mode === 'fillable' ? 'Adobe Acrobat Pro (64-bit) 24.1' : 'Microsoft® Word for Microsoft 365');
    const helv = await doc.embedFont(mode === 'text' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
    const bold = await doc.embedFont(mode === 'text' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
    const form = doc.getForm();
    let page: PDFPage = doc.addPage([595.28, 841.89]);
    let y = 800;
    const L = 50;
    const VX = 250;
    const VW = 295;
    const newPage = () => { page = doc.addPage([595.28, 841.89]); y = 800; };
    page.drawText('NHS', { x: 500, y: 805, size: 18, font: bold, color: rgb(0, 0.37, 0.72) });
    page.drawText(def.title, { x: L, y, size: 14, font: bold });
    y -= 18;
    if (def.subtitle) { page.drawText(def.subtitle, { x: L, y, size: 10, font: helv }); y -= 16; }
    for (const p of def.intro ?? []) {
      for (const l of wrap(p, helv, 9, 495)) { page.drawText(l, { x: L, y, size: 9, font: helv }); y -= 12; }
      y -= 4;
    }
    let ci = 0;
    for (const s of def.sections) {
      if (s.newPage || y < 160) newPage();
      y -= 10;
      page.drawRectangle({ x: L - 4, y: y - 4, width: 503, height: 18, color: rgb(0.85, 0.9, 0.96) });
      page.drawText(s.heading, { x: L, y, size: 11, font: bold });
      y -= 22;
      for (const n of s.note ?? []) {
        for (const l of wrap(n, helv, 8.5, 495)) { page.drawText(l, { x: L, y, size: 8.5, font: helv }); y -= 11; }
        y -= 3;
      }
      for (const r of s.rows) {
        if (y < 70) newPage();
        const t = r.type ?? 'text';
        if (t === 'check') {
          page.drawRectangle({ x: L, y: y - 2, width: 10, height: 10, borderWidth: 0.8, borderColor: rgb(0, 0, 0) });
          if (mode === 'fillable') {
            const cb = form.createCheckBox(r.field ?? `Check Box ${++ci}`);
            cb.addToPage(page, { x: L, y: y - 2, width: 10, height: 10, borderWidth: 0 });
            if (r.checked) cb.check();
          } else if (r.checked) page.drawText('X', { x: L + 1.5, y: y - 0.5, size: 10, font: bold });
          page.drawText(r.label, { x: L + 18, y, size: 10, font: helv });
          y -= 18;
          continue;
        }
        const h = t === 'multiline' ? 40 : t === 'sig' ? 34 : 18;
        const lab = wrap(r.label, helv, 9.5, VX - L - 10);
        lab.forEach((l, i) => page.drawText(l, { x: L, y: y - i * 11, size: 9.5, font: helv }));
        const by = y - h + 12;
        page.drawRectangle({ x: VX, y: by, width: VW, height: h, borderWidth: 0.6, borderColor: rgb(0.3, 0.3, 0.3) });
        if (t === 'sig') {
          if (r.signed) page.drawSvgPath(sigPath(`${seed}:${r.label}`), { x: VX + 20, y: by + h - 6, scale: 1, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.2 });
        } else if (mode === 'fillable') {
          const f = form.createTextField(r.field ?? `Text${++ci}`);
          if (t === 'multiline') f.enableMultiline();
          f.addToPage(page, { x: VX, y: by, width: VW, height: h, borderWidth: 0, font: helv });
          if (r.value) f.setText(r.value);
        } else if (r.value) {
          const lines = t === 'multiline' ? wrap(r.value, helv, 10, VW - 8) : [r.value];
          lines.forEach((l, i) => page.drawText(l, { x: VX + 4, y: by + h - 13 - i * 12, size: 10, font: helv }));
        }
        y -= Math.max(h, lab.length * 11) + 8;
      }
    }
    if (def.footer) {
      const pages = doc.getPages();
      pages.forEach((p, i) => p.drawText(`${def.footer}    Page ${i + 1} of ${pages.length}`, { x: L, y: 30, size: 7.5, font: helv, color: rgb(0.35, 0.35, 0.35) }));
    }
    if (mode === 'fillable') form.updateFieldAppearances(helv);
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

/** A flat letter (no form): heading lines and paragraphs, typed on letterhead. */
export async function renderLetterPdf(head: string[], paras: string[], seed: string, author: string): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    setMeta(doc, head[0] ?? 'Letter', author, 'Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365');
    const f = await doc.embedFont(StandardFonts.Helvetica);
    const b = await doc.embedFont(StandardFonts.HelveticaBold);
    const page = doc.addPage([595.28, 841.89]);
    let y = 790;
    head.forEach((l, i) => { page.drawText(l, { x: 50, y, size: i === 0 ? 15 : 9, font: i === 0 ? b : f, color: i === 0 ? rgb(0.1, 0.3, 0.2) : rgb(0, 0, 0) }); y -= i === 0 ? 20 : 12; });
    y -= 18;
    for (const p of paras) {
      const isHead = p.startsWith('##');
      const text = isHead ? p.slice(2).trim() : p;
      for (const l of text.split('\n')) {
        for (const w of wrap(l, isHead ? b : f, 10, 495)) { page.drawText(w, { x: 50, y, size: 10, font: isHead ? b : f }); y -= 13; }
      }
      y -= 8;
    }
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

// ---------- scans ----------
const W = 1240;
const H = 1754;
const S = W / 595.28;

function hand(ctx: SKRSContext2D, text: string, x: number, y: number, size: number, r: () => number, font = 'HandA', ink = '#1a2a6e') {
  ctx.fillStyle = ink;
  let cx = x;
  for (const ch of text) {
    const sz = size * (0.93 + r() * 0.14);
    ctx.font = `${sz.toFixed(1)}px ${font}`;
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * 3);
    ctx.rotate((r() - 0.5) * 0.1);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (0.97 + r() * 0.06);
  }
}

function scribble(ctx: SKRSContext2D, x: number, y: number, r: () => number) {
  ctx.strokeStyle = '#14246a';
  ctx.lineWidth = 2.6;
  ctx.beginPath();
  ctx.moveTo(x, y + 20);
  let cx = x;
  for (let i = 0; i < 8; i++) {
    const nx = cx + 22 + r() * 26;
    ctx.bezierCurveTo(cx + 8, y - 20 + r() * 20, nx - 12, y + 30 + r() * 20, nx, y + 10 + r() * 14);
    cx = nx;
  }
  ctx.moveTo(x + 10, y + 40);
  ctx.lineTo(cx - 20, y + 30 + r() * 8);
  ctx.stroke();
}

export interface ScanOpts { style: 'phone' | 'mfd'; handFont?: 'HandA' | 'HandB' | 'HandC'; typedValues?: boolean }

/** Draws the form as printed paper filled in by hand (or typed), returns the page canvas. */
function drawPaperForm(def: FormDef, seed: string, opts: ScanOpts) {
  const r = prng(`paper:${seed}`);
  const pages: Canvas[] = [];
  let cv = createCanvas(W, H);
  let ctx = cv.getContext('2d');
  const start = () => { ctx.fillStyle = '#fdfdfb'; ctx.fillRect(0, 0, W, H); ctx.fillStyle = '#111'; };
  start();
  pages.push(cv);
  let y = (842 - 800) * S;
  const L = 50 * S;
  const VX = 250 * S;
  const VW = 295 * S;
  const np = () => { cv = createCanvas(W, H); ctx = cv.getContext('2d'); start(); pages.push(cv); y = (842 - 800) * S; };
  const pt = (n: number) => n * S;
  ctx.font = `bold ${pt(18)}px PrintSansBold`; ctx.fillStyle = '#0a5eb6'; ctx.fillText('NHS', pt(500), y); ctx.fillStyle = '#111';
  ctx.font = `${pt(14)}px PrintSansBold`; ctx.fillText(def.title, L, y); y += pt(18);
  if (def.subtitle) { ctx.font = `${pt(10)}px PrintSans`; ctx.fillText(def.subtitle, L, y); y += pt(16); }
  const wrapC = (t: string, w: number) => { const ws = t.split(' '); const out: string[] = []; let c = ''; for (const x of ws) { const tt = c ? `${c} ${x}` : x; if (ctx.measureText(tt).width > w && c) { out.push(c); c = x; } else c = tt; } if (c) out.push(c); return out; };
  ctx.font = `${pt(9)}px PrintSans`;
  for (const p of def.intro ?? []) { for (const l of wrapC(p, pt(495))) { ctx.fillText(l, L, y); y += pt(12); } y += pt(4); }
  const hf = opts.handFont ?? 'HandA';
  for (const s of def.sections) {
    if (s.newPage || y > H - pt(160)) np();
    y += pt(10);
    ctx.fillStyle = '#dde6f3'; ctx.fillRect(L - pt(4), y - pt(14), pt(503), pt(18)); ctx.fillStyle = '#111';
    ctx.font = `${pt(11)}px PrintSansBold`; ctx.fillText(s.heading, L, y); y += pt(22);
    ctx.font = `${pt(8.5)}px PrintSans`;
    for (const n of s.note ?? []) { for (const l of wrapC(n, pt(495))) { ctx.fillText(l, L, y); y += pt(11); } y += pt(3); }
    for (const row of s.rows) {
      if (y > H - pt(70)) np();
      const t = row.type ?? 'text';
      ctx.font = `${pt(9.5)}px PrintSans`;
      if (t === 'check') {
        ctx.strokeStyle = '#222'; ctx.lineWidth = 1.6; ctx.strokeRect(L, y - pt(9), pt(10), pt(10));
        ctx.fillStyle = '#111'; ctx.fillText(row.label, L + pt(18), y);
        if (row.checked) {
          ctx.strokeStyle = '#1a2a6e'; ctx.lineWidth = 3.2; ctx.beginPath();
          ctx.moveTo(L - pt(1), y - pt(4)); ctx.lineTo(L + pt(4), y + pt(2)); ctx.lineTo(L + pt(13), y - pt(13)); ctx.stroke();
        }
        y += pt(18);
        continue;
      }
      const h = t === 'multiline' ? pt(40) : t === 'sig' ? pt(34) : pt(18);
      const lab = wrapC(row.label, VX - L - pt(10));
      lab.forEach((l, i) => ctx.fillText(l, L, y + i * pt(11)));
      const by = y - pt(12);
      ctx.strokeStyle = '#444'; ctx.lineWidth = 1.2; ctx.strokeRect(VX, by, VW, h);
      if (t === 'sig') { if (row.signed) scribble(ctx, VX + pt(20), by + pt(6), r); }
      else if (row.value) {
        const size = opts.typedValues ? pt(10) : pt(12.5);
        if (opts.typedValues) { ctx.font = `${size}px PrintSans`; ctx.fillStyle = '#111'; ctx.fillText(row.value, VX + pt(4), by + pt(13)); }
        else {
          const words = row.value.split(' ');
          let line = '';
          let ly = by + pt(14);
          ctx.font = `${size}px ${hf}`;
          for (const w of words) {
            const tt = line ? `${line} ${w}` : w;
            if (ctx.measureText(tt).width > VW - pt(12) && line) { hand(ctx, line, VX + pt(5), ly, size, r, hf); line = w; ly += pt(14); } else line = tt;
          }
          if (line) hand(ctx, line, VX + pt(5), ly, size, r, hf);
        }
      }
      y += Math.max(h, lab.length * pt(11)) + pt(8);
    }
  }
  if (def.footer) pages.forEach((p, i) => { const c = p.getContext('2d'); c.font = `${pt(7.5)}px PrintSans`; c.fillStyle = '#555'; c.fillText(`${def.footer}    Page ${i + 1} of ${pages.length}`, L, H - pt(30)); });
  return pages;
}

/** A typed letter on paper (for the photographed letter). */
function drawPaperLetter(head: string[], paras: string[]) {
  const cv = createCanvas(W, H);
  const ctx = cv.getContext('2d');
  ctx.fillStyle = '#fdfdfb'; ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#111';
  const pt = (n: number) => n * S;
  let y = pt(60);
  head.forEach((l, i) => { ctx.font = i === 0 ? `${pt(15)}px PrintSansBold` : `${pt(10)}px PrintSans`; ctx.fillText(l, pt(50), y); y += i === 0 ? pt(20) : pt(13); });
  y += pt(18);
  for (const p of paras) {
    const isHead = p.startsWith('##');
    const text = isHead ? p.slice(2).trim() : p;
    ctx.font = isHead ? `${pt(10.5)}px PrintSansBold` : `${pt(10.5)}px PrintSerif`;
    for (const l of text.split('\n')) {
      const ws = l.split(' ');
      let c = '';
      for (const w of ws) { const tt = c ? `${c} ${w}` : w; if (ctx.measureText(tt).width > pt(495) && c) { ctx.fillText(c, pt(50), y); y += pt(14); c = w; } else c = tt; }
      if (c) { ctx.fillText(c, pt(50), y); y += pt(14); }
    }
    y += pt(8);
  }
  return [cv];
}

/** Photographs (phone: keystone, tilt, hand shadow, desk, low contrast) or MFD-scans (skew, speckle) a paper page. */
function capture(paper: Canvas, seed: string, style: 'phone' | 'mfd'): Buffer {
  const r = prng(`cap:${seed}`);
  if (style === 'phone') {
    const OW = 1200;
    const OH = 1650;
    const out = createCanvas(OW, OH);
    const ctx = out.getContext('2d');
    const g = ctx.createLinearGradient(0, 0, OW, OH);
    g.addColorStop(0, '#6b5a48'); g.addColorStop(1, '#85705a');
    ctx.fillStyle = g; ctx.fillRect(0, 0, OW, OH);
    ctx.save();
    ctx.translate(OW / 2, OH / 2);
    ctx.rotate((r() - 0.5) * 0.05 + 0.018);
    ctx.translate(-OW / 2, -OH / 2);
    // keystone: the top of the page is further from the lens than the bottom
    const topW = 0.80 + r() * 0.04;
    const botW = 0.95;
    const pageH = OH * 0.93;
    const y0 = OH * 0.035;
    const skewX = (r() - 0.5) * 30;
    for (let sy = 0; sy < H; sy += 2) {
      const t = sy / H;
      const w = OW * (topW + (botW - topW) * t);
      const x = (OW - w) / 2 + skewX * (1 - t);
      const dy = y0 + pageH * (t * (0.9 + 0.1 * t));
      ctx.drawImage(paper, 0, sy, W, 2, x, dy, w, pageH * 0.0013 + 1.6);
    }
    ctx.restore();
    // shadow of the phone and hand from one side
    const sg = ctx.createLinearGradient(OW * (0.55 + r() * 0.1), 0, OW, OH * 0.45);
    sg.addColorStop(0, 'rgba(0,0,0,0)'); sg.addColorStop(0.3, 'rgba(20,15,10,0.42)'); sg.addColorStop(1, 'rgba(20,15,10,0.62)');
    ctx.fillStyle = sg; ctx.fillRect(0, 0, OW, OH);
    // the photographer's arm: a soft dark ellipse reaching in from the bottom edge
    const ax = OW * (0.25 + r() * 0.5);
    const ag = ctx.createRadialGradient(ax, OH * 1.05, 40, ax, OH * 1.05, OH * 0.42);
    ag.addColorStop(0, 'rgba(15,10,5,0.5)'); ag.addColorStop(1, 'rgba(15,10,5,0)');
    ctx.fillStyle = ag; ctx.fillRect(0, 0, OW, OH);
    const vg = ctx.createRadialGradient(OW / 2, OH / 2, OH * 0.3, OW / 2, OH / 2, OH * 0.8);
    vg.addColorStop(0, 'rgba(0,0,0,0)'); vg.addColorStop(1, 'rgba(0,0,0,0.3)');
    ctx.fillStyle = vg; ctx.fillRect(0, 0, OW, OH);
    const img = ctx.getImageData(0, 0, OW, OH);
    const d = img.data;
    for (let i = 0; i < d.length; i += 4) {
      const n = (r() - 0.5) * 22;
      d[i] = Math.max(0, Math.min(255, 48 + d[i]! * 0.66 + n + 6));
      d[i + 1] = Math.max(0, Math.min(255, 46 + d[i + 1]! * 0.66 + n + 2));
      d[i + 2] = Math.max(0, Math.min(255, 40 + d[i + 2]! * 0.64 + n - 4));
    }
    ctx.putImageData(img, 0, 0);
    return out.toBuffer('image/jpeg', 68);
  }
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#f2f2ef'; ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate(0.013 + (r() - 0.5) * 0.006);
  ctx.translate(-W / 2 + 14, -H / 2 + 10);
  ctx.drawImage(paper, 0, 0);
  ctx.restore();
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * 18;
    const v = (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
    const g = Math.max(0, Math.min(255, 38 + v * 0.78 + n));
    d[i] = g; d[i + 1] = g; d[i + 2] = g;
  }
  for (let k = 0; k < 900; k++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * H);
    const p = (y * W + x) * 4;
    const g = r() < 0.7 ? 40 : 230;
    d[p] = g; d[p + 1] = g; d[p + 2] = g;
  }
  // a dark band on the left edge where the lid did not close
  for (let y = 0; y < H; y++) for (let x = 0; x < 26; x++) { const p = (y * W + x) * 4; const g = 30 + x * 4 + (r() * 10); d[p] = g; d[p + 1] = g; d[p + 2] = g; }
  ctx.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', 72);
}

async function imagesToPdf(jpegs: Buffer[], seed: string, producer: string): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    setMeta(doc, producer.startsWith('Samsung') || producer.startsWith('iOS') ? 'Scan' : 'Scanned Document', '', producer, producer);
    for (const j of jpegs) {
      const im = await doc.embedJpg(j);
      const page = doc.addPage([595.28, 841.89]);
      const sc = Math.min(595.28 / im.width, 841.89 / im.height);
      const w = im.width * sc;
      const h = im.height * sc;
      page.drawImage(im, { x: (595.28 - w) / 2, y: (841.89 - h) / 2, width: w, height: h });
    }
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

export async function scanForm(def: FormDef, seed: string, opts: ScanOpts, producer: string): Promise<Buffer> {
  const pages = drawPaperForm(def, seed, opts);
  return imagesToPdf(pages.map((p, i) => capture(p, `${seed}:${i}`, opts.style)), seed, producer);
}

export async function scanLetter(head: string[], paras: string[], seed: string, style: 'phone' | 'mfd', producer: string): Promise<Buffer> {
  const pages = drawPaperLetter(head, paras);
  return imagesToPdf(pages.map((p, i) => capture(p, `${seed}:${i}`, style)), seed, producer);
}

// ---------- the form layouts used by this corpus ----------
export interface GppValues {
  practiceName: string; odsCode: string; practiceAddress: string;
  nomineeName: string; nomineeEmail: string; nomineePhone: string; nomineeJob: string;
  approverName: string; approverRole: string; approverEmail: string; signed: boolean; date: string;
}

export function gppForm(v: GppValues): FormDef {
  return {
    title: 'GP Payments and Pensions',
    subtitle: 'Practice User Administrator Certification Form',
    intro: [
      'Use this form to nominate a GPP Practice User Administrator where your practice has none. Both parts must be completed. Part 2 must be authorised by one of your organisation\'s approvers. Return the completed form to pcse.portalenquiries@nhs.net.',
    ],
    sections: [
      { heading: 'Part 1 - Practice and nominee details', rows: [
        { label: 'Practice name', value: v.practiceName, field: 'txtPracticeName' },
        { label: 'Practice code (ODS)', value: v.odsCode, field: 'txtODS' },
        { label: 'Practice address', value: v.practiceAddress, field: 'txtPracticeAddr', type: 'multiline' },
        { label: 'Nominee full name', value: v.nomineeName, field: 'txtNomName' },
        { label: 'Nominee job title', value: v.nomineeJob, field: 'txtNomJob' },
        { label: 'Nominee email address (nhs.net)', value: v.nomineeEmail, field: 'txtNomEmail' },
        { label: 'Nominee telephone', value: v.nomineePhone, field: 'txtNomTel' },
      ] },
      { heading: 'Part 2 - Certification by an organisation approver', note: [
        'I certify that the person named in Part 1 is employed by the practice and should be given the GPP Practice User Administrator role in PCSE Online.',
      ], rows: [
        { label: 'Approver full name', value: v.approverName, field: 'txtAppName' },
        { label: 'Approver role at the practice', value: v.approverRole, field: 'txtAppRole' },
        { label: 'Approver email address', value: v.approverEmail, field: 'txtAppEmail' },
        { label: 'Signature', type: 'sig', signed: v.signed },
        { label: 'Date', value: v.date, field: 'txtAppDate' },
      ] },
    ],
    footer: 'PCSE GPP UA Certification v3.2',
  };
}

export interface OeValues {
  kind: 'gp' | 'other';
  orgName: string; orgCode: string; orgType?: string; orgAddress: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  sigName: string; sigEmail: string; capacity: string[]; capacityOther?: string; signed: boolean; date: string;
}

export function oeForm(v: OeValues): FormDef {
  const caps = v.kind === 'gp'
    ? ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors']
    : ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];
  return {
    title: 'Open Exeter - Request for a Primary User',
    subtitle: v.kind === 'gp' ? 'GP Practices' : 'Organisations other than GP Practices',
    intro: ['This form must be signed by an authorised signatory at the bottom of page 1, otherwise the request cannot be processed. Email the completed form to pcse.openexeter@nhs.net.'],
    sections: [
      { heading: 'Section A - Organisation', rows: [
        { label: v.kind === 'gp' ? 'Practice name' : 'Organisation name', value: v.orgName, field: 'OrgName' },
        { label: v.kind === 'gp' ? 'Practice code' : 'Organisation code', value: v.orgCode, field: 'OrgCode' },
        ...(v.kind === 'other' ? [{ label: 'Type of organisation', value: v.orgType ?? '', field: 'OrgType' }] : []),
        { label: 'Address', value: v.orgAddress, field: 'OrgAddress', type: 'multiline' as const },
      ] },
      { heading: 'Section B - Proposed Primary User', rows: [
        { label: 'Full name', value: v.nomineeName, field: 'PU_Name' },
        { label: 'Job title', value: v.nomineeJob, field: 'PU_JobTitle' },
        { label: 'NHS email address', value: v.nomineeEmail, field: 'PU_Email' },
        { label: 'Telephone', value: v.nomineePhone, field: 'PU_Tel' },
      ] },
      { heading: 'Section C - Authorised signatory', note: ['Tick the capacity in which you sign. Only the signatories listed may authorise a Primary User.'], rows: [
        { label: 'Signatory name', value: v.sigName, field: 'Sig_Name' },
        { label: 'Signatory email', value: v.sigEmail, field: 'Sig_Email' },
        ...caps.map((c, i) => ({ label: c, type: 'check' as const, checked: v.capacity.includes(c), field: `Cap_${i + 1}` })),
        { label: 'Other capacity (please state)', value: v.capacityOther ?? '', field: 'Cap_Other' },
        { label: 'Signature', type: 'sig', signed: v.signed },
        { label: 'Date', value: v.date, field: 'Sig_Date' },
      ] },
    ],
    footer: `Open Exeter Primary User request (${v.kind === 'gp' ? 'GP' : 'non-GP'}) - PCSE`,
  };
}
