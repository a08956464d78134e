// Text PDFs of corpus 40: the forms laid out writer AJ's own way, flat (values drawn as text) or fillable
// (AcroForm text fields and check boxes holding the values). pdf-lib only; fixed dates, so the bytes never change.
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { rng } from './lib.js';

export interface FField { label: string; value: string | null; name: string; lines?: number }
export interface FCheck { label: string; checked: boolean; name: string }
export type FItem =
  | { t: 'heading'; text: string }
  | { t: 'text'; text: string; size?: number; bold?: boolean; italic?: boolean }
  | { t: 'field'; f: FField }
  | { t: 'row'; fields: FField[] }
  | { t: 'checks'; label: string; checks: FCheck[]; cols?: number }
  | { t: 'sign'; label: string; name: string; signed: boolean; seed: string; dateLabel?: string; date?: FField }
  | { t: 'gap'; h: number };

export interface FormDoc {
  mode: 'flat' | 'fillable';
  style: 'boxed' | 'table';
  font: 'helv' | 'times';
  header: string[];          // top-right lines
  title: string[];
  pages: FItem[][];
  footer: string;
  meta: { title: string; author: string; creator: string; producer: string; date: string };
}

const A4: [number, number] = [595.28, 841.89];
const NHS_BLUE = rgb(0, 0.369, 0.722);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      const next = cur ? `${cur} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > width && cur) {
        out.push(cur);
        cur = w;
      } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

/** A seeded pen scribble for a signature box: a few connected cubic curves, with a flourish. */
export function scribble(seed: string, w: number, h: number): string {
  const r = rng(seed);
  let x = 4 + r() * 8;
  let y = h * (0.45 + r() * 0.2);
  let d = `M ${x.toFixed(1)} ${y.toFixed(1)}`;
  const n = 5 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = Math.min(w - 6, x + (w * 0.7) / n + r() * 10);
    const ny = h * (0.2 + r() * 0.65);
    d += ` C ${(x + r() * 18).toFixed(1)} ${(y - h * 0.5 * r()).toFixed(1)} ${(nx - r() * 18).toFixed(1)} ${(ny + h * 0.5 * r()).toFixed(1)} ${nx.toFixed(1)} ${ny.toFixed(1)}`;
    x = nx;
    y = ny;
  }
  d += ` M ${(w * 0.15).toFixed(1)} ${(h * 0.85).toFixed(1)} C ${(w * 0.4).toFixed(1)} ${(h * 0.7).toFixed(1)} ${(w * 0.6).toFixed(1)} ${(h * 0.95).toFixed(1)} ${(w * 0.8).toFixed(1)} ${(h * 0.78).toFixed(1)}`;
  return d;
}

export async function renderForm(doc: FormDoc): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const when = new Date(doc.meta.date);
  pdf.setTitle(doc.meta.title);
  pdf.setAuthor(doc.meta.author);
  pdf.setCreator(doc.meta.creator);
  pdf.setProducer(doc.meta.producer);
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const reg = await pdf.embedFont(doc.font === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await pdf.embedFont(doc.font === 'times' ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const ital = await pdf.embedFont(doc.font === 'times' ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
  const valueFont = await pdf.embedFont(doc.mode === 'flat' && doc.font === 'times' ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const form = doc.mode === 'fillable' ? pdf.getForm() : null;
  const M = 42;
  const W = A4[0] - 2 * M;
  const labelW = doc.style === 'boxed' ? 168 : 190;

  doc.pages.forEach((items, pi) => {
    const page: PDFPage = pdf.addPage(A4);
    let y = A4[1] - M;
    if (pi === 0) {
      doc.header.forEach((h, i) => {
        const f = i === 0 ? bold : reg;
        const s = i === 0 ? 11 : 8.5;
        page.drawText(h, { x: A4[0] - M - f.widthOfTextAtSize(h, s), y: y - i * 11, size: s, font: f, color: i === 0 ? NHS_BLUE : rgb(0.25, 0.25, 0.25) });
      });
      y -= Math.max(doc.header.length * 11, 22) + 10;
      doc.title.forEach((t, i) => {
        page.drawText(t, { x: M, y, size: i === 0 ? 15 : 12, font: bold, color: doc.style === 'boxed' ? NHS_BLUE : rgb(0, 0, 0) });
        y -= i === 0 ? 19 : 16;
      });
      y -= 6;
    }
    const field = (f: FField, x: number, top: number, bw: number, labelAbove: boolean): number => {
      const h = 18 * (f.lines ?? 1) + 2;
      let boxX = x;
      let boxTop = top;
      let boxW = bw;
      if (labelAbove) {
        page.drawText(f.label, { x, y: top - 9, size: 8.5, font: reg, color: rgb(0.2, 0.2, 0.2) });
        boxTop = top - 12;
      } else {
        const ls = wrap(f.label, reg, 9.5, labelW - 8);
        boxX = x + labelW;
        boxW = bw - labelW;
        if (doc.style === 'table') {
          page.drawRectangle({ x, y: top - Math.max(h, ls.length * 11 + 8), width: labelW, height: Math.max(h, ls.length * 11 + 8), color: rgb(0.91, 0.93, 0.95), borderColor: rgb(0.35, 0.35, 0.35), borderWidth: 0.6 });
        }
        ls.forEach((l, i) => page.drawText(l, { x: x + (doc.style === 'table' ? 4 : 0), y: top - 13 - i * 11, size: 9.5, font: reg }));
      }
      const bh = labelAbove ? h : Math.max(h, wrap(f.label, reg, 9.5, labelW - 8).length * 11 + 8);
      if (form) {
        const tf = form.createTextField(f.name);
        if ((f.lines ?? 1) > 1) tf.enableMultiline();
        if (f.value) tf.setText(f.value);
        tf.addToPage(page, { x: boxX + 1, y: boxTop - bh + 1, width: boxW - 2, height: bh - 2, borderWidth: doc.style === 'boxed' ? 0.8 : 0, borderColor: rgb(0.45, 0.45, 0.45), backgroundColor: rgb(0.93, 0.96, 1) });
        if (doc.style === 'table') page.drawRectangle({ x: boxX, y: boxTop - bh, width: boxW, height: bh, borderColor: rgb(0.35, 0.35, 0.35), borderWidth: 0.6 });
      } else {
        page.drawRectangle({ x: boxX, y: boxTop - bh, width: boxW, height: bh, borderColor: rgb(0.35, 0.35, 0.35), borderWidth: doc.style === 'boxed' ? 0.8 : 0.6 });
        if (f.value) {
          const vs = wrap(f.value, valueFont, 10, boxW - 8);
          vs.forEach((l, i) => page.drawText(l, { x: boxX + 4, y: boxTop - 13 - i * 12, size: 10, font: valueFont }));
        }
      }
      return bh + (labelAbove ? 12 : 0);
    };
    for (const it of items) {
      switch (it.t) {
        case 'heading': {
          if (doc.style === 'boxed') {
            page.drawRectangle({ x: M, y: y - 18, width: W, height: 18, color: NHS_BLUE });
            page.drawText(it.text, { x: M + 6, y: y - 13, size: 10.5, font: bold, color: rgb(1, 1, 1) });
          } else {
            page.drawText(it.text, { x: M, y: y - 13, size: 11, font: bold });
            page.drawLine({ start: { x: M, y: y - 17 }, end: { x: M + W, y: y - 17 }, thickness: 0.8 });
          }
          y -= 26;
          break;
        }
        case 'text': {
          const f = it.bold ? bold : it.italic ? ital : reg;
          const s = it.size ?? 9;
          for (const l of wrap(it.text, f, s, W)) {
            page.drawText(l, { x: M, y: y - s, size: s, font: f });
            y -= s + 3;
          }
          y -= 4;
          break;
        }
        case 'field':
          y -= field(it.f, M, y, W, false) + (doc.style === 'table' ? 0 : 5);
          break;
        case 'row': {
          const gap = 10;
          const cw = (W - gap * (it.fields.length - 1)) / it.fields.length;
          let used = 0;
          it.fields.forEach((f, i) => { used = Math.max(used, field(f, M + i * (cw + gap), y, cw, true)); });
          y -= used + 6;
          break;
        }
        case 'checks': {
          page.drawText(it.label, { x: M, y: y - 10, size: 9.5, font: bold });
          y -= 16;
          const cols = it.cols ?? 1;
          const cw = W / cols;
          it.checks.forEach((c, i) => {
            const cx = M + (i % cols) * cw;
            const cy = y - Math.floor(i / cols) * 16;
            if (form) {
              const cb = form.createCheckBox(c.name);
              cb.addToPage(page, { x: cx, y: cy - 11, width: 10, height: 10, borderWidth: 0.8, borderColor: rgb(0.3, 0.3, 0.3) });
              if (c.checked) cb.check();
            } else {
              page.drawRectangle({ x: cx, y: cy - 11, width: 10, height: 10, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
              if (c.checked) page.drawText('X', { x: cx + 1.8, y: cy - 9.6, size: 9, font: bold });
            }
            page.drawText(c.label, { x: cx + 15, y: cy - 9.5, size: 9.5, font: reg });
          });
          y -= Math.ceil(it.checks.length / cols) * 16 + 6;
          break;
        }
        case 'sign': {
          const sw = it.date ? W * 0.62 : W;
          page.drawText(it.label, { x: M, y: y - 9, size: 8.5, font: reg, color: rgb(0.2, 0.2, 0.2) });
          page.drawRectangle({ x: M, y: y - 56, width: sw, height: 44, borderColor: rgb(0.35, 0.35, 0.35), borderWidth: 0.8 });
          if (it.signed) page.drawSvgPath(scribble(it.seed, Math.min(190, sw - 20), 36), { x: M + 14, y: y - 16, borderColor: rgb(0.05, 0.1, 0.35), borderWidth: 1.1 });
          if (it.date) {
            const dx = M + sw + 10;
            field(it.date, dx, y, W - sw - 10, true);
          }
          y -= 64;
          break;
        }
        case 'gap':
          y -= it.h;
          break;
      }
    }
    page.drawText(`${doc.footer}    Page ${pi + 1} of ${doc.pages.length}`, { x: M, y: 24, size: 7.5, font: reg, color: rgb(0.35, 0.35, 0.35) });
  });
  if (form) form.updateFieldAppearances(reg);
  const bytes = await pdf.save({ useObjectStreams: doc.mode === 'fillable' });
  return Buffer.from(bytes);
}

/** A flat report laid out as plain lines (the ODS new-organisation report). */
export async function renderReport(lines: { text: string; size?: number; bold?: boolean; gap?: number; x?: number }[], meta: FormDoc['meta']): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const when = new Date(meta.date);
  pdf.setTitle(meta.title);
  pdf.setAuthor(meta.author);
  pdf.setCreator(meta.creator);
  pdf.setProducer(meta.producer);
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const reg = await pdf.embedFont(StandardFonts.Courier);
  const bold = await pdf.embedFont(StandardFonts.CourierBold);
  const page = pdf.addPage([841.89, 595.28]);
  let y = 595.28 - 48;
  for (const l of lines) {
    const s = l.size ?? 9.5;
    page.drawText(l.text, { x: l.x ?? 40, y, size: s, font: l.bold ? bold : reg });
    y -= s + 4 + (l.gap ?? 0);
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
