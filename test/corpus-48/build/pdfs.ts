// Forms and letters for corpus 48: one layout drawn three ways (fillable AcroForm, flat print, scanned image).
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFBool, PDFDocument, PDFName, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'PrintSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'PrintSansBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'HandA');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSansNarrow-Italic.ttf`, 'HandB');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSans.ttf`, 'HandC');

export const A4 = { w: 595.28, h: 841.89 };

/** Layout items, in points from the top-left of an A4 page. */
export type Item =
  | { t: 'text'; x: number; y: number; s: string; size?: number; bold?: boolean; grey?: boolean }
  | { t: 'field'; name: string; label: string; x: number; y: number; w: number; h?: number; lx?: number }
  | { t: 'check'; name: string; label: string; x: number; y: number }
  | { t: 'sig'; name: string; label: string; x: number; y: number; w: number; h: number; lx?: number }
  | { t: 'rule'; x: number; y: number; w: number }
  | { t: 'box'; x: number; y: number; w: number; h: number };

export interface Layout { pages: Item[][] }

export type Values = Record<string, string | boolean | undefined>;

export interface Meta { title: string; author?: string; creator: string; producer: string; date: string; subject?: string }

function setMeta(doc: PDFDocument, m: Meta) {
  doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  if (m.subject) doc.setSubject(m.subject);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setCreationDate(new Date(m.date));
  doc.setModificationDate(new Date(m.date));
  doc.setKeywords([]);
}

const LABEL = 9.5;

/** A signature as an SVG path, deterministic from the signer's name. */
export function signaturePath(seed: string, w: number, h: number): string {
  const r = rng(`sig:${seed}`);
  let x = 4;
  const mid = h * 0.55;
  let d = `M ${x} ${mid + (r() - 0.5) * h * 0.3}`;
  const n = 7 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = x + (w * 0.8) / n;
    const c1y = mid + (r() - 0.5) * h * 0.9;
    const c2y = mid + (r() - 0.5) * h * 0.9;
    d += ` C ${x + (nx - x) * 0.3} ${c1y} ${x + (nx - x) * 0.7} ${c2y} ${nx} ${mid + (r() - 0.5) * h * 0.4}`;
    x = nx;
  }
  d += ` M ${w * 0.1} ${mid + h * 0.25} L ${w * 0.75} ${mid + h * 0.18}`;
  return d;
}

function drawStatic(page: PDFPage, items: Item[], font: PDFFont, bold: PDFFont) {
  const H = page.getHeight();
  for (const it of items) {
    if (it.t === 'text') page.drawText(it.s, { x: it.x, y: H - it.y, size: it.size ?? LABEL, font: it.bold ? bold : font, color: it.grey ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0) });
    else if (it.t === 'rule') page.drawLine({ start: { x: it.x, y: H - it.y }, end: { x: it.x + it.w, y: H - it.y }, thickness: 0.8, color: rgb(0.1, 0.3, 0.6) });
    else if (it.t === 'box') page.drawRectangle({ x: it.x, y: H - it.y - it.h, width: it.w, height: it.h, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.6 });
    else if (it.t === 'field' || it.t === 'sig') {
      const h = it.t === 'field' ? (it.h ?? 18) : it.h;
      page.drawText(it.label, { x: it.lx ?? 50, y: H - it.y - 12, size: LABEL, font });
      page.drawRectangle({ x: it.x, y: H - it.y - h, width: it.w, height: h, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.6 });
    } else if (it.t === 'check') {
      page.drawRectangle({ x: it.x, y: H - it.y - 10, width: 10, height: 10, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 });
      page.drawText(it.label, { x: it.x + 15, y: H - it.y - 9, size: LABEL, font });
    }
  }
}

export interface FillOpts {
  layout: Layout;
  values: Values;
  meta: Meta;
  signed?: string[]; // names of signature boxes that carry a drawn signature, seeded by the signer
  signer?: string;
  valueFont?: StandardFonts;
  needAppearances?: boolean;
  fontSize?: number;
}

/** A fillable form with its fields filled (and appearances written). */
export async function fillableForm(o: FillOpts): Promise<Buffer> {
  const doc = await PDFDocument.create();
  setMeta(doc, o.meta);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const vfont = await doc.embedFont(o.valueFont ?? StandardFonts.Helvetica);
  const form = doc.getForm();
  for (const items of o.layout.pages) {
    const page = doc.addPage([A4.w, A4.h]);
    const H = page.getHeight();
    drawStatic(page, items, font, bold);
    for (const it of items) {
      if (it.t === 'field') {
        const h = it.h ?? 18;
        const tf = form.createTextField(it.name);
        const v = o.values[it.name];
        if (h > 24) tf.enableMultiline();
        if (typeof v === 'string' && v) tf.setText(v);
        tf.addToPage(page, { x: it.x, y: H - it.y - h, width: it.w, height: h, font: vfont, borderWidth: 0, backgroundColor: rgb(0.91, 0.94, 1) });
        tf.setFontSize(o.fontSize ?? 10);
      } else if (it.t === 'check') {
        const cb = form.createCheckBox(it.name);
        cb.addToPage(page, { x: it.x, y: H - it.y - 10, width: 10, height: 10, borderWidth: 0 });
        if (o.values[it.name] === true) cb.check();
      } else if (it.t === 'sig' && o.signed?.includes(it.name)) {
        page.drawSvgPath(signaturePath(o.signer ?? it.name, it.w * 0.6, it.h * 0.8), { x: it.x + 8, y: H - it.y - 2, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
      }
    }
  }
  form.updateFieldAppearances(vfont);
  if (o.needAppearances) form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** The same form printed to PDF: labels, boxes and values all plain page text, no fields. */
export async function flatForm(o: FillOpts): Promise<Buffer> {
  const doc = await PDFDocument.create();
  setMeta(doc, o.meta);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const vfont = await doc.embedFont(o.valueFont ?? StandardFonts.Helvetica);
  for (const items of o.layout.pages) {
    const page = doc.addPage([A4.w, A4.h]);
    const H = page.getHeight();
    drawStatic(page, items, font, bold);
    for (const it of items) {
      if (it.t === 'field') {
        const v = o.values[it.name];
        if (typeof v !== 'string' || !v) continue;
        const lines = v.split('\n');
        lines.forEach((l, i) => page.drawText(l, { x: it.x + 4, y: H - it.y - 13 - i * 12, size: o.fontSize ?? 10, font: vfont }));
      } else if (it.t === 'check' && o.values[it.name] === true) {
        page.drawText('X', { x: it.x + 1.5, y: H - it.y - 8.5, size: 10, font: bold });
      } else if (it.t === 'sig' && o.signed?.includes(it.name)) {
        page.drawSvgPath(signaturePath(o.signer ?? it.name, it.w * 0.6, it.h * 0.8), { x: it.x + 8, y: H - it.y - 2, borderColor: rgb(0.05, 0.05, 0.2), borderWidth: 1 });
      }
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A letter or notice: lines of text on A4 pages, with a simple letterhead. */
export interface LetterLine { s: string; size?: number; bold?: boolean; gap?: number; x?: number; right?: boolean; grey?: boolean }

export async function letter(o: { lines: LetterLine[]; meta: Meta; font?: 'helvetica' | 'times'; signature?: { seed: string; afterLine: number } }): Promise<Buffer> {
  const doc = await PDFDocument.create();
  setMeta(doc, o.meta);
  const font = await doc.embedFont(o.font === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(o.font === 'times' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  let page = doc.addPage([A4.w, A4.h]);
  let y = 60;
  o.lines.forEach((l, i) => {
    const size = l.size ?? 11;
    y += l.gap ?? size * 1.45;
    if (y > A4.h - 60) {
      page = doc.addPage([A4.w, A4.h]);
      y = 70;
    }
    const f = l.bold ? bold : font;
    const x = l.right ? A4.w - 60 - f.widthOfTextAtSize(l.s, size) : (l.x ?? 64);
    if (l.s) page.drawText(l.s, { x, y: A4.h - y, size, font: f, color: l.grey ? rgb(0.3, 0.3, 0.35) : rgb(0, 0, 0) });
    if (o.signature && o.signature.afterLine === i) {
      page.drawSvgPath(signaturePath(o.signature.seed, 130, 32), { x: 66, y: A4.h - y - 4, borderColor: rgb(0.05, 0.1, 0.4), borderWidth: 1.1 });
      y += 38;
    }
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- scans

export interface ScanOpts {
  layout: Layout;
  pageIndex?: number; // which layout page to print and scan (default 0)
  values: Values;
  signed?: string[];
  signer?: string;
  seed: string;
  hand: 'HandA' | 'HandB' | 'HandC' | 'typed'; // how the values were written
  caps?: boolean; // block capitals (except email addresses)
  ink?: string;
  device: 'mfd' | 'phone' | 'camscanner';
  rotate: number; // degrees
  faint?: number; // 0..1, lower contrast
  meta: Meta;
  quality?: number;
}

const DPI = 150;
const PX = DPI / 72;

function drawPrintedPage(ctx: SKRSContext2D, items: Item[]) {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, Math.round(A4.w * PX), Math.round(A4.h * PX));
  ctx.fillStyle = '#111111';
  ctx.strokeStyle = '#555555';
  ctx.lineWidth = 1.2;
  for (const it of items) {
    if (it.t === 'text') {
      ctx.font = `${(it.size ?? LABEL) * PX}px ${it.bold ? 'PrintSansBold' : 'PrintSans'}`;
      ctx.fillStyle = it.grey ? '#555555' : '#111111';
      ctx.fillText(it.s, it.x * PX, it.y * PX);
      ctx.fillStyle = '#111111';
    } else if (it.t === 'rule') {
      ctx.beginPath();
      ctx.moveTo(it.x * PX, it.y * PX);
      ctx.lineTo((it.x + it.w) * PX, it.y * PX);
      ctx.stroke();
    } else if (it.t === 'box') {
      ctx.strokeRect(it.x * PX, it.y * PX, it.w * PX, it.h * PX);
    } else if (it.t === 'field' || it.t === 'sig') {
      const h = it.t === 'field' ? (it.h ?? 18) : it.h;
      ctx.font = `${LABEL * PX}px PrintSans`;
      ctx.fillText(it.label, (it.lx ?? 50) * PX, (it.y + 12) * PX);
      ctx.strokeRect(it.x * PX, it.y * PX, it.w * PX, h * PX);
    } else if (it.t === 'check') {
      ctx.strokeRect(it.x * PX, it.y * PX, 10 * PX, 10 * PX);
      ctx.font = `${LABEL * PX}px PrintSans`;
      ctx.fillText(it.label, (it.x + 15) * PX, (it.y + 9) * PX);
    }
  }
}

function handText(ctx: SKRSContext2D, s: string, x: number, y: number, o: ScanOpts, r: () => number, sizePt: number) {
  if (o.hand === 'typed') {
    ctx.font = `${sizePt * PX}px PrintSans`;
    ctx.fillStyle = '#161616';
    ctx.fillText(s, x, y);
    return;
  }
  const text = o.caps && !s.includes('@') ? s.toUpperCase() : s;
  ctx.fillStyle = o.ink ?? '#1b2a6b';
  let cx = x;
  const base = y + (r() - 0.5) * 2;
  const drift = (r() - 0.5) * 0.02;
  for (const ch of text) {
    const size = sizePt * PX * (0.94 + r() * 0.12);
    ctx.font = `${size}px ${o.hand}`;
    ctx.save();
    ctx.translate(cx, base + (cx - x) * drift + (r() - 0.5) * 1.6);
    ctx.rotate((r() - 0.5) * 0.08);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (0.98 + r() * 0.06) + 0.4;
  }
}

function handSignature(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, seed: string, ink: string) {
  const r = rng(`inksig:${seed}`);
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2.4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  let px = x + 6;
  const mid = y + h * 0.55;
  ctx.moveTo(px, mid);
  const n = 6 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = px + (w * 0.7) / n;
    ctx.bezierCurveTo(px + (nx - px) * 0.3, mid + (r() - 0.5) * h * 0.9, px + (nx - px) * 0.7, mid + (r() - 0.5) * h * 0.9, nx, mid + (r() - 0.5) * h * 0.35);
    px = nx;
  }
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x + w * 0.08, mid + h * 0.28);
  ctx.lineTo(x + w * 0.65, mid + h * 0.2);
  ctx.stroke();
}

/** A printed form, filled by hand (or typed), scanned or photographed: one JPEG page per PDF page, no text layer. */
export async function scannedForm(o: ScanOpts): Promise<Buffer> {
  const r = rng(`scan:${o.seed}`);
  const W = Math.round(A4.w * PX);
  const H = Math.round(A4.h * PX);
  const src = createCanvas(W, H);
  const c = src.getContext('2d');
  const items = o.layout.pages[o.pageIndex ?? 0]!;
  drawPrintedPage(c, items);
  const ink = o.ink ?? '#1b2a6b';
  for (const it of items) {
    if (it.t === 'field') {
      const v = o.values[it.name];
      if (typeof v !== 'string' || !v) continue;
      v.split('\n').forEach((l, i) => handText(c, l, (it.x + 5) * PX, (it.y + 14 + i * 13) * PX, o, r, o.hand === 'typed' ? 10 : 11.5));
    } else if (it.t === 'check' && o.values[it.name] === true) {
      c.strokeStyle = ink;
      c.lineWidth = 2.6;
      c.beginPath();
      c.moveTo((it.x + 1) * PX, (it.y + 5) * PX);
      c.lineTo((it.x + 4) * PX, (it.y + 9.5) * PX);
      c.lineTo((it.x + 12) * PX, (it.y - 2) * PX);
      c.stroke();
    } else if (it.t === 'sig' && o.signed?.includes(it.name)) {
      handSignature(c, it.x * PX, it.y * PX, it.w * PX, it.h * PX, o.signer ?? it.name, ink);
    }
  }

  // The capture: the page on the glass (or on a desk), turned a little.
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  if (o.device === 'phone') {
    const g = ctx.createLinearGradient(0, 0, W, H);
    g.addColorStop(0, '#6b5a46');
    g.addColorStop(1, '#3f3428');
    ctx.fillStyle = g;
  } else ctx.fillStyle = '#f4f4f2';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2 + (r() - 0.5) * 20, H / 2 + (r() - 0.5) * 20);
  ctx.rotate((o.rotate * Math.PI) / 180);
  const s = o.device === 'phone' ? 0.9 : o.device === 'camscanner' ? 0.985 : 1;
  if (o.device === 'phone') ctx.transform(1, 0.012, -0.018, 1, 0, 0);
  ctx.scale(s, s);
  ctx.drawImage(src, -W / 2, -H / 2);
  ctx.restore();

  // Pixels: light, contrast, noise, grey.
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  const faint = o.faint ?? 0;
  const grey = o.device !== 'phone';
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      let R = d[i]!;
      let G = d[i + 1]!;
      let B = d[i + 2]!;
      if (grey) {
        const L = 0.299 * R + 0.587 * G + 0.114 * B;
        R = G = B = L;
      }
      if (faint) {
        R = 255 - (255 - R) * (1 - faint);
        G = 255 - (255 - G) * (1 - faint);
        B = 255 - (255 - B) * (1 - faint);
      }
      if (o.device === 'phone') {
        // uneven light: brighter top-left, a warm cast and a shadow to the bottom right
        const lx = x / W;
        const ly = y / H;
        const light = 1.02 - 0.22 * (lx * 0.4 + ly * 0.6) ** 1.5;
        R = R * light * 1.0;
        G = G * light * 0.97;
        B = B * light * 0.88;
      }
      if (o.device === 'camscanner') {
        // a "magic colour" filter: push to black and white
        const L = (R + G + B) / 3;
        const v = L > 170 ? 255 : L < 110 ? 20 : (L - 110) * 3.9;
        R = G = B = v;
      }
      const n = (r() - 0.5) * (o.device === 'phone' ? 14 : 10);
      d[i] = Math.max(0, Math.min(255, R + n));
      d[i + 1] = Math.max(0, Math.min(255, G + n));
      d[i + 2] = Math.max(0, Math.min(255, B + n));
    }
  }
  // speckle (dust on the glass)
  const specks = o.device === 'mfd' ? 900 : o.device === 'camscanner' ? 250 : 120;
  for (let k = 0; k < specks; k++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * H);
    const v = 40 + r() * 80;
    const sz = r() < 0.85 ? 1 : 2;
    for (let dy = 0; dy < sz; dy++) for (let dx = 0; dx < sz; dx++) {
      const i = (Math.min(H - 1, y + dy) * W + Math.min(W - 1, x + dx)) * 4;
      d[i] = d[i + 1] = d[i + 2] = v;
    }
  }
  ctx.putImageData(img, 0, 0);
  if (o.device === 'mfd') {
    // a dark edge where the lid did not close
    const g = ctx.createLinearGradient(W - 26, 0, W, 0);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(1, 'rgba(30,30,30,0.55)');
    ctx.fillStyle = g;
    ctx.fillRect(W - 26, 0, 26, H);
  }
  const jpg = out.encodeSync('jpeg', o.quality ?? 62);

  const doc = await PDFDocument.create();
  setMeta(doc, o.meta);
  const im = await doc.embedJpg(jpg);
  const page = doc.addPage([A4.w, A4.h]);
  page.drawImage(im, { x: 0, y: 0, width: A4.w, height: A4.h });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A small PNG screenshot of the PCSE Online sign-in error. */
export function lockedScreenshot(seed: string): Buffer {
  const W = 620;
  const H = 300;
  const cv = createCanvas(W, H);
  const c = cv.getContext('2d');
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, W, H);
  c.fillStyle = '#005eb8';
  c.fillRect(0, 0, W, 44);
  c.fillStyle = '#ffffff';
  c.font = 'bold 18px PrintSansBold';
  c.fillText('PCSE Online', 18, 29);
  c.fillStyle = '#222222';
  c.font = '20px PrintSansBold';
  c.fillText('Sign in', 18, 84);
  c.fillStyle = '#f8d7da';
  c.fillRect(18, 104, 580, 64);
  c.strokeStyle = '#d5281b';
  c.strokeRect(18, 104, 580, 64);
  c.fillStyle = '#8a1c12';
  c.font = '15px PrintSans';
  c.fillText('Your account has been locked due to too many failed sign in', 30, 130);
  c.fillText('attempts. Please contact PCSE to unlock your account.', 30, 152);
  c.fillStyle = '#444444';
  c.font = '13px PrintSans';
  c.fillText('EMAIL ADDRESS', 18, 200);
  c.strokeStyle = '#999999';
  c.strokeRect(18, 208, 300, 28);
  c.fillText('PASSWORD', 18, 258);
  c.strokeRect(18, 264, 300, 28);
  const r = rng(seed);
  c.fillStyle = `rgba(0,0,0,${0.01 + r() * 0.01})`;
  c.fillRect(0, 0, 1, 1);
  return cv.encodeSync('png');
}
