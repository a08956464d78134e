// Form layouts (writer AA's own) and their pdf-lib renderers: fillable AcroForm, flat typed, badly flattened.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

export type Mark = 'X' | 'check' | 'circle';
export type Item =
  | { t: 'title'; text: string; sub?: string }
  | { t: 'para'; text: string; size?: number }
  | { t: 'section'; text: string }
  | { t: 'field'; label: string; value: string; name?: string; struck?: string; lines?: number }
  | { t: 'ticks'; label: string; options: string[]; ticked: string[]; mark?: Mark; name?: string }
  | { t: 'sig'; label: string; signed: boolean; dateLabel?: string; date?: string; name?: string }
  | { t: 'gap'; h: number }
  | { t: 'page' };

export interface Form { items: Item[]; footer?: string; header?: string }

export type Op =
  | { op: 'text'; x: number; y: number; size: number; bold?: boolean; text: string }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill?: number }
  | { op: 'value'; x: number; y: number; w: number; h: number; text: string; name: string; struck?: string; lines: number }
  | { op: 'tick'; x: number; y: number; s: number; checked: boolean; mark: Mark; name: string; label: string; lw: number }
  | { op: 'sig'; x: number; y: number; w: number; h: number; signed: boolean; name: string }
  | { op: 'page' };

export const PW = 595;
export const PH = 842;

function wrap(text: string, size: number, width: number): string[] {
  const max = Math.floor(width / (size * 0.5));
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      if (cur && (cur + ' ' + w).length > max) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
  }
  return out;
}

const slugName = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 40);

/** Positions every item on A4 pages (top-left origin, points). */
export function layout(form: Form): Op[] {
  const ops: Op[] = [];
  let y = 50;
  const L = 48;
  const R = PW - 48;
  const head = () => {
    if (form.header) ops.push({ op: 'text', x: L, y: 30, size: 7.5, text: form.header });
    if (form.footer) ops.push({ op: 'text', x: L, y: PH - 28, size: 7, text: form.footer });
  };
  head();
  for (const it of form.items) {
    switch (it.t) {
      case 'page': ops.push({ op: 'page' }); y = 50; head(); break;
      case 'gap': y += it.h; break;
      case 'title':
        ops.push({ op: 'text', x: L, y: y + 14, size: 15, bold: true, text: it.text });
        y += 22;
        if (it.sub) { ops.push({ op: 'text', x: L, y: y + 10, size: 10, text: it.sub }); y += 16; }
        y += 6;
        break;
      case 'para': {
        const size = it.size ?? 8.5;
        for (const line of wrap(it.text, size, R - L)) { ops.push({ op: 'text', x: L, y: y + size, size, text: line }); y += size * 1.35; }
        y += 4;
        break;
      }
      case 'section':
        ops.push({ op: 'rect', x: L, y, w: R - L, h: 16, fill: 0.85 });
        ops.push({ op: 'text', x: L + 4, y: y + 11.5, size: 9.5, bold: true, text: it.text });
        y += 22;
        break;
      case 'field': {
        const lines = it.lines ?? 1;
        const h = 17 * lines;
        const labelLines = wrap(it.label, 8.5, 170);
        labelLines.forEach((l, i) => ops.push({ op: 'text', x: L, y: y + 11 + i * 10, size: 8.5, text: l }));
        ops.push({ op: 'rect', x: L + 180, y, w: R - L - 180, h });
        ops.push({ op: 'value', x: L + 180, y, w: R - L - 180, h, text: it.value, name: it.name ?? slugName(it.label), struck: it.struck, lines });
        y += Math.max(h, labelLines.length * 10 + 2) + 6;
        break;
      }
      case 'ticks': {
        ops.push({ op: 'text', x: L, y: y + 10, size: 8.5, text: it.label });
        y += 15;
        let x = L + 8;
        it.options.forEach((o, i) => {
          const lw = o.length * 8.5 * 0.5 + 8;
          if (x + 14 + lw > R) { x = L + 8; y += 16; }
          ops.push({ op: 'tick', x, y, s: 10, checked: it.ticked.includes(o), mark: it.mark ?? 'X', name: `${it.name ?? slugName(it.label)}_${i + 1}`, label: o, lw });
          x += 14 + lw + 14;
        });
        y += 20;
        break;
      }
      case 'sig': {
        ops.push({ op: 'text', x: L, y: y + 11, size: 8.5, text: it.label });
        ops.push({ op: 'rect', x: L + 180, y, w: 170, h: 34 });
        ops.push({ op: 'sig', x: L + 180, y, w: 170, h: 34, signed: it.signed, name: it.name ?? 'Signature' });
        if (it.dateLabel !== undefined) {
          ops.push({ op: 'text', x: L + 360, y: y + 11, size: 8.5, text: it.dateLabel });
          ops.push({ op: 'rect', x: L + 390, y, w: R - L - 390, h: 17 });
          ops.push({ op: 'value', x: L + 390, y, w: R - L - 390, h: 17, text: it.date ?? '', name: `${it.name ?? 'Signature'}_date`, lines: 1 });
        }
        y += 42;
        break;
      }
    }
  }
  return ops;
}

export interface PdfOpts {
  mode: 'acro' | 'flat' | 'flatBad';
  font?: 'helv' | 'times' | 'courier';
  valueFont?: 'helv' | 'times' | 'courier';
  title: string;
  author?: string;
  creator?: string;
  date: Date;
  seed: string;
  fieldPrefix?: string;
}

/** A scribbled signature as an SVG path inside a w×h box. */
export function scribble(seed: string, w: number, h: number): string {
  const r = rng(seed);
  let d = `M ${6 + r() * 8} ${h * 0.6}`;
  let x = 10;
  while (x < w - 30) {
    const nx = x + 8 + r() * 14;
    d += ` Q ${x + (nx - x) / 2} ${h * (0.1 + r() * 0.35)} ${nx} ${h * (0.45 + r() * 0.35)}`;
    x = nx;
  }
  d += ` L ${x + 18} ${h * 0.35}`;
  return d;
}

export async function renderPdf(form: Form, o: PdfOpts): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(o.title);
  doc.setAuthor(o.author ?? '');
  doc.setCreator(o.creator ?? 'Microsoft® Word for Microsoft 365');
  doc.setProducer(o.mode === 'acro' ? 'Adobe Acrobat Pro (64-bit) 24.2.20759' : o.creator?.includes('Word') ? 'Microsoft® Word for Microsoft 365' : 'macOS Version 14.4 Quartz PDFContext');
  doc.setCreationDate(o.date);
  doc.setModificationDate(o.date);
  const fam = o.font ?? 'helv';
  const F = fam === 'times' ? StandardFonts.TimesRoman : fam === 'courier' ? StandardFonts.Courier : StandardFonts.Helvetica;
  const FB = fam === 'times' ? StandardFonts.TimesRomanBold : fam === 'courier' ? StandardFonts.CourierBold : StandardFonts.HelveticaBold;
  const font = await doc.embedFont(F);
  const bold = await doc.embedFont(FB);
  const vf = o.valueFont === 'courier' ? await doc.embedFont(StandardFonts.Courier) : o.valueFont === 'times' ? await doc.embedFont(StandardFonts.TimesRoman) : font;
  const form2 = o.mode === 'acro' ? doc.getForm() : null;
  const r = rng(o.seed);
  let page: PDFPage = doc.addPage([PW, PH]);
  const Y = (y: number) => PH - y;
  const fit = (f: PDFFont, s: string, size: number, w: number) => { let z = size; while (z > 6 && f.widthOfTextAtSize(s, z) > w) z -= 0.5; return z; };
  for (const op of layout(form)) {
    switch (op.op) {
      case 'page': page = doc.addPage([PW, PH]); break;
      case 'text': page.drawText(op.text, { x: op.x, y: Y(op.y), size: op.size, font: op.bold ? bold : font }); break;
      case 'rect':
        page.drawRectangle({ x: op.x, y: Y(op.y + op.h), width: op.w, height: op.h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6, color: op.fill !== undefined ? rgb(op.fill, op.fill, op.fill) : undefined });
        break;
      case 'value': {
        if (form2) {
          const tf = form2.createTextField(`${o.fieldPrefix ?? ''}${op.name}`);
          if (op.lines > 1) tf.enableMultiline();
          if (op.text) tf.setText(op.text);
          tf.addToPage(page, { x: op.x + 1, y: Y(op.y + op.h) + 1, width: op.w - 2, height: op.h - 2, font, borderWidth: 0, backgroundColor: rgb(0.93, 0.95, 1) });
          tf.setFontSize(op.lines > 1 ? 8.5 : 9.5);
        } else {
          const dx = o.mode === 'flatBad' ? 9 + r() * 6 : 4;
          const dy = o.mode === 'flatBad' ? -5 - r() * 4 : 0;
          const lines = op.text.split('\n');
          lines.forEach((ln, i) => {
            const size = fit(vf, ln, 9.5, op.w - 8);
            page.drawText(ln, { x: op.x + dx, y: Y(op.y + 12 + i * 11) + dy, size, font: vf, color: rgb(0.05, 0.05, 0.1) });
          });
        }
        break;
      }
      case 'tick': {
        page.drawRectangle({ x: op.x, y: Y(op.y + op.s), width: op.s, height: op.s, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 });
        page.drawText(op.label, { x: op.x + op.s + 4, y: Y(op.y + op.s - 1.5), size: 8.5, font });
        if (form2) {
          const cb = form2.createCheckBox(`${o.fieldPrefix ?? ''}${op.name}`);
          cb.addToPage(page, { x: op.x + 0.5, y: Y(op.y + op.s) + 0.5, width: op.s - 1, height: op.s - 1, borderWidth: 0 });
          if (op.checked) cb.check();
        } else if (op.checked) {
          const dx = o.mode === 'flatBad' ? 5 : 0;
          if (op.mark === 'X') page.drawText('X', { x: op.x + 1.5 + dx, y: Y(op.y + op.s - 1.5), size: 10, font: bold });
          else if (op.mark === 'check') page.drawSvgPath(`M 0 5 L 3.5 9 L 10 0`, { x: op.x + 1 + dx, y: Y(op.y), borderWidth: 1.4, borderColor: rgb(0, 0, 0.2) });
          else page.drawEllipse({ x: op.x + op.s + 4 + op.lw / 2, y: Y(op.y + op.s / 2), xScale: op.lw / 2 + 6, yScale: 9, borderWidth: 1, borderColor: rgb(0, 0, 0.3) });
        }
        break;
      }
      case 'sig':
        if (op.signed) page.drawSvgPath(scribble(o.seed + op.name, op.w, op.h), { x: op.x, y: Y(op.y), borderWidth: 1.1, borderColor: rgb(0.05, 0.1, 0.35) });
        break;
    }
  }
  if (form2 && o.mode === 'acro') form2.updateFieldAppearances(font);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A letter on letterhead (flat text). */
export async function renderLetter(lines: string[], o: { title: string; date: Date; head: string[]; signed?: boolean; seed: string }): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(o.title);
  doc.setCreator('Microsoft® Word for Microsoft 365');
  doc.setProducer('Microsoft® Word for Microsoft 365');
  doc.setCreationDate(o.date);
  doc.setModificationDate(o.date);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const page = doc.addPage([PW, PH]);
  let y = PH - 60;
  o.head.forEach((h, i) => { page.drawText(h, { x: PW - 60 - (i === 0 ? bold : font).widthOfTextAtSize(h, i === 0 ? 13 : 9.5), y, size: i === 0 ? 13 : 9.5, font: i === 0 ? bold : font }); y -= i === 0 ? 17 : 12; });
  y -= 20;
  for (const l of lines) {
    if (l === '{sig}') {
      if (o.signed) page.drawSvgPath(scribble(o.seed, 150, 30), { x: 70, y: y + 4, borderWidth: 1, borderColor: rgb(0.05, 0.1, 0.35) });
      y -= 34;
      continue;
    }
    for (const w of wrap(l, 11, PW - 140)) { page.drawText(w, { x: 70, y, size: 11, font }); y -= 15; }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
