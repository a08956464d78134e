// The forms: one layout (a list of drawing operations in PDF points, origin top-left) rendered three ways:
// flat text PDF, fillable AcroForm, or an image-only scan drawn with @napi-rs/canvas.
import { createHash } from 'node:crypto';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const FIXED_DATE = new Date('2027-01-04T09:00:00Z');
const A4 = { w: 595, h: 842 };

export type Op =
  | { t: 'text'; x: number; y: number; s: number; str: string; bold?: boolean; colour?: [number, number, number] }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: [number, number, number] }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { t: 'field'; name: string; x: number; y: number; w: number; h: number; value: string | null; hand?: 'caps' | 'cursive' | 'typed' }
  | { t: 'check'; name: string; x: number; y: number; size: number; checked: boolean }
  | { t: 'sig'; name: string; x: number; y: number; w: number; h: number; signed: boolean; seed: string; box?: boolean }
  | { t: 'stamp'; x: number; y: number; lines: string[]; angle: number; colour: [number, number, number] };

export type Layout = Op[][]; // pages

// ---------------------------------------------------------------- deterministic randomness
export function rng(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A signature scribble as a list of cubic curves within a box (points, top-left origin). */
function scribble(seed: string, x: number, y: number, w: number, h: number): [number, number][][] {
  const r = rng(seed);
  const strokes: [number, number][][] = [];
  let cx = x + 4 + r() * 8;
  const mid = y + h * 0.6;
  const pts: [number, number][] = [[cx, mid]];
  const n = 7 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    cx += (w * 0.7) / n;
    pts.push([cx, mid - h * 0.45 * r()], [cx + 3, mid + h * 0.25 * r()]);
  }
  strokes.push(pts);
  strokes.push([
    [x + 6, mid + h * 0.3],
    [x + w * 0.4, mid + h * 0.15 + r() * 4],
    [x + w * 0.75, mid + h * 0.28],
  ]);
  return strokes;
}

function pathFrom(pts: [number, number][]): string {
  let d = `M ${pts[0]![0].toFixed(1)} ${pts[0]![1].toFixed(1)}`;
  for (let i = 1; i < pts.length - 1; i += 2) {
    const c = pts[i]!;
    const e = pts[i + 1]!;
    d += ` Q ${c[0].toFixed(1)} ${c[1].toFixed(1)} ${e[0].toFixed(1)} ${e[1].toFixed(1)}`;
  }
  return d;
}

// ---------------------------------------------------------------- PDF renderers
async function newDoc(title: string, author: string) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setCreator('Microsoft® Word for Microsoft 365');
  doc.setProducer('Microsoft® Word for Microsoft 365');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc;
}

function drawStatic(page: PDFPage, op: Op, font: PDFFont, bold: PDFFont) {
  const Y = (y: number) => A4.h - y;
  if (op.t === 'text') {
    const c = op.colour ?? [0, 0, 0];
    page.drawText(op.str, { x: op.x, y: Y(op.y), size: op.s, font: op.bold ? bold : font, color: rgb(c[0], c[1], c[2]) });
  } else if (op.t === 'rect') {
    page.drawRectangle({ x: op.x, y: Y(op.y + op.h), width: op.w, height: op.h, borderColor: rgb(0, 0, 0), borderWidth: 0.6, color: op.fill ? rgb(...op.fill) : undefined });
  } else if (op.t === 'line') {
    page.drawLine({ start: { x: op.x1, y: Y(op.y1) }, end: { x: op.x2, y: Y(op.y2) }, thickness: 0.6 });
  }
}

export type PdfMode = 'flat' | 'acro';

export async function renderPdf(layout: Layout, mode: PdfMode, meta: { title: string; author: string; serif?: boolean }): Promise<Buffer> {
  const doc = await newDoc(meta.title, meta.author);
  const font = await doc.embedFont(meta.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(meta.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const form = mode === 'acro' ? doc.getForm() : null;
  for (const ops of layout) {
    const page = doc.addPage([A4.w, A4.h]);
    const Y = (y: number) => A4.h - y;
    for (const op of ops) {
      if (op.t === 'text' || op.t === 'rect' || op.t === 'line') drawStatic(page, op, font, bold);
      else if (op.t === 'field') {
        if (form) {
          const f = form.createTextField(op.name);
          if (op.value) f.setText(op.value);
          f.addToPage(page, { x: op.x, y: Y(op.y + op.h), width: op.w, height: op.h, font, borderWidth: 0.6, borderColor: rgb(0.4, 0.4, 0.4), backgroundColor: rgb(0.92, 0.95, 1) });
        } else {
          page.drawRectangle({ x: op.x, y: Y(op.y + op.h), width: op.w, height: op.h, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
          if (op.value) page.drawText(op.value, { x: op.x + 4, y: Y(op.y + op.h - 5), size: 10, font });
        }
      } else if (op.t === 'check') {
        if (form) {
          const c = form.createCheckBox(op.name);
          c.addToPage(page, { x: op.x, y: Y(op.y + op.size), width: op.size, height: op.size, borderWidth: 0.8, borderColor: rgb(0, 0, 0) });
          if (op.checked) c.check();
        } else {
          page.drawRectangle({ x: op.x, y: Y(op.y + op.size), width: op.size, height: op.size, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
          if (op.checked) page.drawText('X', { x: op.x + 2, y: Y(op.y + op.size - 2.5), size: op.size - 2, font: bold });
        }
      } else if (op.t === 'sig') {
        page.drawRectangle({ x: op.x, y: Y(op.y + op.h), width: op.w, height: op.h, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
        if (op.signed) {
          for (const s of scribble(op.seed, op.x, op.y, op.w, op.h)) {
            // drawSvgPath takes SVG coordinates (y down) from the given origin
            page.drawSvgPath(pathFrom(s), { x: 0, y: A4.h, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
          }
        } else if (form) {
          const f = form.createTextField(op.name);
          f.addToPage(page, { x: op.x + 1, y: Y(op.y + op.h) + 1, width: op.w - 2, height: op.h - 2, font, borderWidth: 0 });
        }
      }
    }
  }
  if (form) form.updateFieldAppearances(font);
  const bytes = await doc.save({ useObjectStreams: false });
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------- scans
const FONT_DIR = '/usr/share/fonts/truetype';
let fontsReady = false;
function fonts() {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'ScanSans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'ScanSansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Regular.ttf`, 'ScanSerif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Bold.ttf`, 'ScanSerifBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'HandCursive');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSansNarrow-Regular.ttf`, 'HandCaps');
  fontsReady = true;
}

export interface ScanOptions {
  seed: string;
  dpi?: number; // 150 by default
  skewDeg?: number; // small rotation of the whole page
  rotate?: 0 | 90 | 180 | 270; // page fed the wrong way round
  noise?: number; // 0..1 speckle density
  blur?: number; // px
  contrast?: number; // 1 = normal, <1 washed out
  ink?: string; // handwriting colour
  serif?: boolean;
  shadowEdge?: boolean;
}

function handText(ctx: SKRSContext2D, str: string, x: number, y: number, px: number, style: 'caps' | 'cursive', r: () => number) {
  const s = style === 'caps' ? str.toUpperCase() : str;
  let cx = x;
  const slope = (r() - 0.5) * 0.03; // the line drifts up or down across the box
  const face = style === 'caps' ? 'HandCaps' : 'HandCursive';
  for (const ch of s) {
    const size = px * (0.9 + r() * 0.2);
    ctx.save();
    ctx.font = `${size}px ${face}`;
    ctx.translate(cx, y + (cx - x) * slope + (r() - 0.5) * px * 0.16);
    ctx.rotate(((r() - 0.5) * 10 * Math.PI) / 180 + (style === 'caps' ? -0.05 : 0));
    ctx.transform(1, 0, -0.08 + (r() - 0.5) * 0.1, 1, 0, 0); // uneven slant
    ctx.lineWidth = px * 0.05;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = ctx.fillStyle;
    ctx.fillText(ch, 0, 0);
    ctx.strokeText(ch, 0, 0);
    ctx.restore();
    ctx.font = `${size}px ${face}`;
    cx += ctx.measureText(ch).width * (style === 'caps' ? 1.1 : 1.0) + (style === 'caps' ? px * 0.07 : 0) + (r() - 0.3) * px * 0.08;
  }
}

async function scanPage(ops: Op[], o: ScanOptions, pageNo: number): Promise<Buffer> {
  fonts();
  const dpi = o.dpi ?? 150;
  const k = dpi / 72;
  const W = Math.round(A4.w * k);
  const H = Math.round(A4.h * k);
  const r = rng(`${o.seed}:${pageNo}`);
  const sheet = createCanvas(W, H);
  const ctx = sheet.getContext('2d');
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, W, H);
  ctx.strokeStyle = '#111';
  ctx.fillStyle = '#111';
  const ink = o.ink ?? '#1b2a78';
  const sans = o.serif ? 'ScanSerif' : 'ScanSans';
  const sansBold = o.serif ? 'ScanSerifBold' : 'ScanSansBold';
  for (const op of ops) {
    if (op.t === 'text') {
      const c = op.colour ?? [0, 0, 0];
      ctx.fillStyle = `rgb(${c.map((v) => Math.round(v * 255 * 0.9 + 10)).join(',')})`;
      ctx.font = `${op.s * k}px ${op.bold ? sansBold : sans}`;
      ctx.fillText(op.str, op.x * k, op.y * k);
    } else if (op.t === 'rect') {
      if (op.fill) {
        ctx.fillStyle = `rgb(${op.fill.map((v) => Math.round(v * 255)).join(',')})`;
        ctx.fillRect(op.x * k, op.y * k, op.w * k, op.h * k);
      }
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = '#222';
      ctx.strokeRect(op.x * k, op.y * k, op.w * k, op.h * k);
    } else if (op.t === 'line') {
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = '#222';
      ctx.beginPath();
      ctx.moveTo(op.x1 * k, op.y1 * k);
      ctx.lineTo(op.x2 * k, op.y2 * k);
      ctx.stroke();
    } else if (op.t === 'field') {
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = '#222';
      ctx.strokeRect(op.x * k, op.y * k, op.w * k, op.h * k);
      if (op.value) {
        const style = op.hand ?? 'caps';
        if (style === 'typed') {
          ctx.fillStyle = '#151515';
          ctx.font = `${10 * k}px ${sans}`;
          ctx.fillText(op.value, (op.x + 4) * k, (op.y + op.h - 5) * k);
        } else {
          ctx.fillStyle = ink;
          handText(ctx, op.value, (op.x + 5) * k, (op.y + op.h - 4.5) * k, (style === 'caps' ? 12.5 : 12) * k, style, r);
        }
      }
    } else if (op.t === 'check') {
      ctx.lineWidth = 1.4;
      ctx.strokeStyle = '#222';
      ctx.strokeRect(op.x * k, op.y * k, op.size * k, op.size * k);
      if (op.checked) {
        ctx.strokeStyle = ink;
        ctx.lineWidth = 3;
        ctx.lineCap = 'round';
        ctx.beginPath();
        ctx.moveTo((op.x + 1) * k, (op.y + op.size * 0.5) * k);
        ctx.quadraticCurveTo((op.x + op.size * 0.3) * k, (op.y + op.size * 0.75) * k, (op.x + op.size * 0.42) * k, (op.y + op.size + 1) * k);
        ctx.quadraticCurveTo((op.x + op.size * 0.8) * k, (op.y - 2) * k, (op.x + op.size + 5) * k, (op.y - 5) * k);
        ctx.stroke();
      }
    } else if (op.t === 'sig') {
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = '#222';
      if (op.box !== false) ctx.strokeRect(op.x * k, op.y * k, op.w * k, op.h * k);
      if (op.signed) {
        ctx.strokeStyle = ink;
        ctx.lineWidth = 2.2;
        ctx.lineCap = 'round';
        for (const s of scribble(op.seed, op.x, op.y, op.w, op.h)) {
          ctx.beginPath();
          ctx.moveTo(s[0]![0] * k, s[0]![1] * k);
          for (let i = 1; i < s.length - 1; i += 2) ctx.quadraticCurveTo(s[i]![0] * k, s[i]![1] * k, s[i + 1]![0] * k, s[i + 1]![1] * k);
          ctx.stroke();
        }
      }
    } else if (op.t === 'stamp') {
      ctx.save();
      ctx.translate(op.x * k, op.y * k);
      ctx.rotate((op.angle * Math.PI) / 180);
      const c = op.colour.map((v) => Math.round(v * 255)).join(',');
      ctx.globalAlpha = 0.72;
      ctx.strokeStyle = `rgb(${c})`;
      ctx.fillStyle = `rgb(${c})`;
      ctx.lineWidth = 3;
      let lw = 0;
      op.lines.forEach((l, i) => {
        ctx.font = `${(i === 0 ? 12 : 10.5) * k}px ScanSansBold`;
        lw = Math.max(lw, ctx.measureText(l).width + 24 * k);
      });
      const lh = (op.lines.length * 15 + 14) * k;
      ctx.strokeRect(0, 0, lw, lh);
      ctx.strokeRect(4, 4, lw - 8, lh - 8);
      op.lines.forEach((l, i) => {
        ctx.font = `${(i === 0 ? 12 : 10.5) * k}px ScanSansBold`;
        const tw = ctx.measureText(l).width;
        ctx.fillText(l, (lw - tw) / 2, (18 + i * 15) * k);
      });
      ctx.restore();
    }
  }

  // the scanner: skew, feed direction, blur, contrast, speckle, shadowed edge
  const out = createCanvas(W, H);
  const octx = out.getContext('2d');
  octx.fillStyle = '#f4f3ee';
  octx.fillRect(0, 0, W, H);
  octx.save();
  octx.translate(W / 2, H / 2);
  octx.rotate((((o.rotate ?? 0) + (o.skewDeg ?? 0)) * Math.PI) / 180);
  if (o.blur) octx.filter = `blur(${o.blur}px)`;
  octx.drawImage(sheet, -W / 2 + (r() - 0.5) * 10, -H / 2 + (r() - 0.5) * 10);
  octx.restore();
  octx.filter = 'none';
  const img = octx.getImageData(0, 0, W, H);
  const d = img.data;
  const contrast = o.contrast ?? 1;
  const noise = o.noise ?? 0.3;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * 26 * noise;
    for (let c = 0; c < 3; c++) {
      let v = d[i + c]!;
      v = 128 + (v - 128) * contrast + n + (contrast < 1 ? 18 : 0);
      d[i + c] = Math.max(0, Math.min(255, v));
    }
  }
  // speckle and toner dust
  const specks = Math.floor(W * H * 0.0004 * noise);
  for (let s = 0; s < specks; s++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * H);
    const p = (y * W + x) * 4;
    const v = 40 + r() * 80;
    d[p] = v;
    d[p + 1] = v;
    d[p + 2] = v;
  }
  if (o.shadowEdge) {
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < 28; x++) {
        const p = (y * W + (W - 1 - x)) * 4;
        const f = 0.35 + (x / 28) * 0.65;
        d[p] = d[p]! * f;
        d[p + 1] = d[p + 1]! * f;
        d[p + 2] = d[p + 2]! * f;
      }
    }
  }
  octx.putImageData(img, 0, 0);
  return out.encodeSync('jpeg', 72);
}

export async function renderScan(layout: Layout, opts: ScanOptions[], meta: { title: string }): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  doc.setCreator('RICOH IM C3000');
  doc.setProducer('RICOH IM C3000');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  for (let i = 0; i < layout.length; i++) {
    const jpg = await scanPage(layout[i]!, opts[i] ?? opts[0]!, i + 1);
    const im = await doc.embedJpg(jpg);
    const page = doc.addPage([A4.w, A4.h]);
    page.drawImage(im, { x: 0, y: 0, width: A4.w, height: A4.h });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- layouts
/** Word-wrap a paragraph into text ops. */
export function para(str: string, x: number, y: number, width: number, s = 10, lead = 13.5, bold = false): { ops: Op[]; y: number } {
  const words = str.split(/\s+/);
  const ops: Op[] = [];
  let line = '';
  const perChar = s * 0.5;
  for (const w of words) {
    const cand = line ? `${line} ${w}` : w;
    if (cand.length * perChar > width && line) {
      ops.push({ t: 'text', x, y, s, str: line, bold });
      y += lead;
      line = w;
    } else line = cand;
  }
  if (line) ops.push({ t: 'text', x, y, s, str: line, bold });
  return { ops, y: y + lead };
}

export interface OeFormData {
  variant: 'gp' | 'other';
  orgName: string | null;
  orgCode: string | null;
  orgType?: string | null; // other organisations: type of organisation
  orgAddress: string | null;
  nominee: { title: string | null; forename: string | null; surname: string | null; jobTitle: string | null; email: string | null; phone: string | null };
  signatory: { name: string | null; position: string | null; email: string | null; phone?: string | null; capacity: string | null; signed: boolean; date: string | null };
  hand?: 'caps' | 'cursive' | 'typed';
  names?: 'plain' | 'acrobat'; // field naming style
}

export const OE_GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OE_OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

/** Open Exeter primary user request form, page 1 (signed at its foot) and page 2 (notes). */
export function oeFormLayout(f: OeFormData): Layout {
  const p: Op[] = [];
  const gp = f.variant === 'gp';
  const hand = f.hand;
  const n = (plain: string, acro: string) => (f.names === 'acrobat' ? acro : plain);
  p.push({ t: 'rect', x: 40, y: 36, w: 515, h: 46, fill: [0, 0.37, 0.72] });
  p.push({ t: 'text', x: 52, y: 58, s: 15, str: 'Open Exeter', bold: true, colour: [1, 1, 1] });
  p.push({ t: 'text', x: 52, y: 74, s: 10, str: 'Cervical Screening Administration Service', colour: [1, 1, 1] });
  p.push({ t: 'text', x: 470, y: 64, s: 18, str: 'PCSE', bold: true, colour: [1, 1, 1] });
  p.push({ t: 'text', x: 40, y: 108, s: 13, str: gp ? 'Request for a Primary User - GP Practices' : 'Request for a Primary User - Other Organisations (non-GP)', bold: true });
  const intro = para(
    gp
      ? 'Use this form to ask PCSE to set up a member of staff at a GP practice as an Open Exeter Primary User (Organisation Maintenance). The form must be signed by an authorised signatory at the bottom of this page.'
      : 'Use this form to ask PCSE to set up a Primary User (Organisation Maintenance) for an organisation that is not a GP practice, e.g. an NHS trust, hospice, local authority service, ICB or out-of-hours provider. The form must be signed by an authorised signatory at the bottom of this page.',
    40, 126, 515, 9, 12,
  );
  p.push(...intro.ops);
  let y = intro.y;
  p.push({ t: 'rect', x: 40, y: y, w: 515, h: 16, fill: [0.85, 0.9, 0.96] });
  p.push({ t: 'text', x: 46, y: y + 11.5, s: 10, str: gp ? 'Section 1: Practice details' : 'Section 1: Organisation details', bold: true });
  y += 22;
  const row = (label: string, name: string, value: string | null, h = 20) => {
    p.push({ t: 'text', x: 44, y: y + 13, s: 9.5, str: label });
    p.push({ t: 'field', name, x: 190, y, w: 365, h, value, hand });
    y += h + 5;
  };
  row(gp ? 'Practice name' : 'Organisation name', n('OrgName', 'Text1'), f.orgName);
  row(gp ? 'Practice (ODS) code' : 'Organisation (ODS) code', n('OrgCode', 'Text2'), f.orgCode);
  if (!gp) row('Type of organisation', n('OrgType', 'Text2a'), f.orgType ?? null);
  row('Address', n('OrgAddress', 'Text3'), f.orgAddress);
  y += 4;
  p.push({ t: 'rect', x: 40, y, w: 515, h: 16, fill: [0.85, 0.9, 0.96] });
  p.push({ t: 'text', x: 46, y: y + 11.5, s: 10, str: 'Section 2: Proposed Primary User', bold: true });
  y += 22;
  row('Title', n('PU_Title', 'Text4'), f.nominee.title);
  row('First name', n('PU_Forename', 'Text5'), f.nominee.forename);
  row('Surname', n('PU_Surname', 'Text6'), f.nominee.surname);
  row('Job title', n('PU_JobTitle', 'Text7'), f.nominee.jobTitle);
  row('NHS email address', n('PU_Email', 'Text8'), f.nominee.email);
  row('Telephone', n('PU_Phone', 'Text9'), f.nominee.phone);
  y += 4;
  p.push({ t: 'rect', x: 40, y, w: 515, h: 16, fill: [0.85, 0.9, 0.96] });
  p.push({ t: 'text', x: 46, y: y + 11.5, s: 10, str: 'Section 3: Authorised signatory', bold: true });
  y += 24;
  p.push({ t: 'text', x: 44, y, s: 9, str: 'I confirm that I am (tick one):' });
  y += 8;
  const caps = gp ? OE_GP_CAPACITIES : OE_OTHER_CAPACITIES;
  caps.forEach((c, i) => {
    const cx = i < 3 ? 50 : 300;
    const cy = y + (i % 3) * 17;
    p.push({ t: 'check', name: n(`Cap_${c.replace(/\W+/g, '')}`, `Check Box${i + 1}`), x: cx, y: cy, size: 10, checked: f.signatory.capacity === c });
    p.push({ t: 'text', x: cx + 16, y: cy + 9, s: 9.5, str: c });
  });
  y += 3 * 17 + 6;
  row('Signatory name', n('Sig_Name', 'Text10'), f.signatory.name);
  row('Position / job title', n('Sig_Position', 'Text11'), f.signatory.position);
  row('Signatory NHS email', n('Sig_Email', 'Text12'), f.signatory.email);
  p.push({ t: 'text', x: 44, y: y + 22, s: 9.5, str: 'Signature' });
  p.push({ t: 'sig', name: n('Sig_Signature', 'Signature1'), x: 190, y, w: 200, h: 36, signed: f.signatory.signed, seed: `${f.signatory.name}` });
  p.push({ t: 'text', x: 400, y: y + 22, s: 9.5, str: 'Date' });
  p.push({ t: 'field', name: n('Sig_Date', 'Date1'), x: 428, y: y + 8, w: 127, h: 20, value: f.signatory.date, hand });
  y += 46;
  p.push({ t: 'text', x: 40, y: Math.max(y, 790), s: 8, str: 'Forms that are not signed at the bottom of page 1 by an authorised signatory cannot be processed.' });
  p.push({ t: 'text', x: 40, y: 815, s: 8, str: 'OE PU form v4.2  |  Page 1 of 2' });

  const q: Op[] = [];
  q.push({ t: 'text', x: 40, y: 60, s: 13, str: 'Notes for completing this form', bold: true });
  let y2 = 82;
  const notes = gp
    ? [
        'Each organisation using Open Exeter should have a Primary User, who manages user access for other members of staff. We recommend two Primary Users per organisation.',
        'A Primary User (also known as a Primary Contact) can add, amend and delete users and reset passwords using Organisation Maintenance.',
        'The form must be signed by one of: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors.',
        'If no signatory is available, request a new Caldicott Guardian before applying.',
        'Email the completed form to pcse.openexeter@nhs.net. We will validate the authorised signatory and then authorise the request.',
      ]
    : [
        'Each organisation using Open Exeter should have a Primary User, who manages user access for other members of staff. We recommend two Primary Users per organisation.',
        'For organisations other than GP practices the form must be signed by one of: Caldicott Guardian, Member of the Board of Directors, an existing Primary User within the organisation.',
        'If no signatory is available, request a new Caldicott Guardian before applying.',
        'Email the completed form to pcse.openexeter@nhs.net. We will validate the authorised signatory and then authorise the request.',
      ];
  for (const t of notes) {
    const r = para(`- ${t}`, 44, y2, 500, 10, 14);
    q.push(...r.ops);
    y2 = r.y + 6;
  }
  q.push({ t: 'text', x: 40, y: 815, s: 8, str: 'OE PU form v4.2  |  Page 2 of 2' });
  return [p, q];
}

export interface GppCertData {
  practiceName: string | null;
  practiceCode: string | null;
  nominee: { name: string | null; jobTitle: string | null; email: string | null; phone: string | null };
  approver: { name: string | null; role: string | null; email: string | null; signed: boolean; date: string | null };
}

export function gppCertLayout(d: GppCertData): Layout {
  const p: Op[] = [];
  p.push({ t: 'text', x: 40, y: 60, s: 14, str: 'GP Payments and Pensions', bold: true });
  p.push({ t: 'text', x: 40, y: 80, s: 12, str: 'Practice User Administrator Certification Form', bold: true });
  const intro = para('Complete both parts of this form and return it to pcse.portalenquiries@nhs.net. The form must be authorised by one of your organisation\'s approvers. A practice may have up to four GPP Practice User Administrators.', 40, 100, 515, 9, 12);
  p.push(...intro.ops);
  let y = intro.y + 6;
  const row = (label: string, name: string, value: string | null) => {
    p.push({ t: 'text', x: 44, y: y + 13, s: 9.5, str: label });
    p.push({ t: 'field', name, x: 200, y, w: 355, h: 20, value });
    y += 25;
  };
  p.push({ t: 'rect', x: 40, y, w: 515, h: 16, fill: [0.88, 0.88, 0.88] });
  p.push({ t: 'text', x: 46, y: y + 11.5, s: 10, str: 'Part 1 - Practice and nominated User Administrator', bold: true });
  y += 22;
  row('Practice name', 'form1[0].Part1[0].PracticeName[0]', d.practiceName);
  row('Practice code', 'form1[0].Part1[0].PracticeCode[0]', d.practiceCode);
  row('Nominee full name', 'form1[0].Part1[0].NomineeName[0]', d.nominee.name);
  row('Nominee job title', 'form1[0].Part1[0].NomineeJobTitle[0]', d.nominee.jobTitle);
  row('Nominee email address', 'form1[0].Part1[0].NomineeEmail[0]', d.nominee.email);
  row('Nominee telephone', 'form1[0].Part1[0].NomineePhone[0]', d.nominee.phone);
  y += 8;
  p.push({ t: 'rect', x: 40, y, w: 515, h: 16, fill: [0.88, 0.88, 0.88] });
  p.push({ t: 'text', x: 46, y: y + 11.5, s: 10, str: 'Part 2 - Authorisation by an organisation approver', bold: true });
  y += 22;
  {
    const r = para('I certify that the person named in Part 1 should be given the GPP Practice User Administrator role for the practice above.', 44, y + 6, 505, 9, 12);
    p.push(...r.ops);
    y = r.y;
  }
  y += 4;
  row('Approver name', 'form1[0].Part2[0].ApproverName[0]', d.approver.name);
  row('Approver role', 'form1[0].Part2[0].ApproverRole[0]', d.approver.role);
  row('Approver email address', 'form1[0].Part2[0].ApproverEmail[0]', d.approver.email);
  p.push({ t: 'text', x: 44, y: y + 22, s: 9.5, str: 'Signature' });
  p.push({ t: 'sig', name: 'form1[0].Part2[0].Signature[0]', x: 200, y, w: 200, h: 36, signed: d.approver.signed, seed: `${d.approver.name}gpp` });
  y += 44;
  row('Date', 'form1[0].Part2[0].Date[0]', d.approver.date);
  p.push({ t: 'text', x: 40, y: 815, s: 8, str: 'PCSE GPP UA certification v2  |  Page 1 of 1' });
  return [p];
}

/** A two-column table (label | value) with section rows, as a Word document saved as PDF. */
export function tableLayout(title: string, intro: string | null, rows: ([string, string] | string)[], footer: string): Layout {
  const p: Op[] = [];
  p.push({ t: 'text', x: 50, y: 64, s: 14, str: title, bold: true });
  let y = 80;
  if (intro) {
    const r = para(intro, 50, y + 10, 495, 10, 13.5);
    p.push(...r.ops);
    y = r.y;
  }
  y += 6;
  for (const r of rows) {
    if (typeof r === 'string') {
      p.push({ t: 'rect', x: 50, y, w: 495, h: 20, fill: [0.85, 0.85, 0.85] });
      p.push({ t: 'text', x: 56, y: y + 14, s: 10.5, str: r, bold: true });
      y += 20;
      continue;
    }
    const lines = r[1].split('\n');
    const h = Math.max(20, lines.length * 13 + 7);
    p.push({ t: 'rect', x: 50, y, w: 190, h });
    p.push({ t: 'rect', x: 240, y, w: 305, h });
    p.push({ t: 'text', x: 56, y: y + 14, s: 10, str: r[0] });
    lines.forEach((l, i) => p.push({ t: 'text', x: 246, y: y + 14 + i * 13, s: 10, str: l }));
    y += h;
  }
  const f = para(footer, 50, y + 24, 495, 10, 13.5);
  p.push(...f.ops);
  return [p];
}
