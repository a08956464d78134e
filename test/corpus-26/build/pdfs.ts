// Text PDFs and AcroForms built with pdf-lib, deterministic (fixed dates, no random ids).
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { layout, type FormSpec } from './forms.js';
import { rng } from './lib.js';

const H = 842;

export function scribble(seed: string, w: number, h: number): string {
  const r = rng(seed);
  let d = `M 4 ${h * 0.6}`;
  let x = 4;
  while (x < w * 0.75) {
    const nx = x + 6 + r() * 14;
    d += ` C ${x + 4} ${h * (0.1 + r() * 0.3)}, ${nx - 3} ${h * (0.6 + r() * 0.35)}, ${nx} ${h * (0.3 + r() * 0.4)}`;
    x = nx;
  }
  d += ` M 10 ${h * 0.75} L ${w * 0.7} ${h * 0.68}`;
  return d;
}

async function newDoc(title: string, created: Date, producer: string) {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor('');
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  return doc;
}

export interface RenderOpts { mode: 'flat' | 'acro'; created: Date; producer?: string; seed: string }

export async function formPdf(spec: FormSpec, o: RenderOpts): Promise<Buffer> {
  const doc = await newDoc(spec.title, o.created, o.producer ?? (o.mode === 'acro' ? 'Adobe LiveCycle Designer 11.0' : 'Microsoft® Word for Microsoft 365'));
  const reg = await doc.embedFont(spec.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(spec.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const form = o.mode === 'acro' ? doc.getForm() : null;
  const pages = layout(spec);
  pages.forEach((ops) => {
    const page: PDFPage = doc.addPage([595, H]);
    for (const op of ops) {
      if (op.t === 'text') {
        page.drawText(op.s, { x: op.x, y: H - op.y, size: op.size, font: op.bold ? bold : reg });
      } else if (op.t === 'rect') {
        page.drawRectangle({ x: op.x, y: H - op.y - op.h, width: op.w, height: op.h, borderColor: op.fill ? undefined : rgb(0.3, 0.3, 0.3), borderWidth: op.fill ? 0 : 0.7, color: op.fill ? rgb(0.86, 0.89, 0.94) : undefined });
      } else if (op.t === 'value') {
        if (form) {
          const f = form.createTextField(op.field);
          f.setText(op.s || undefined);
          if (op.h > 20) f.enableMultiline();
          f.addToPage(page, { x: op.x + 1, y: H - op.y - op.h + 1, width: op.w - 2, height: op.h - 2, font: reg, borderWidth: 0 });
        } else if (op.s) {
          const lines = op.s.split('\n');
          lines.forEach((l, i) => page.drawText(l, { x: op.x + 4, y: H - op.y - 13 - i * 11, size: 9.5, font: reg as PDFFont }));
        }
      } else if (op.t === 'check') {
        if (form) {
          const c = form.createCheckBox(op.field);
          c.addToPage(page, { x: op.x, y: H - op.y - 11, width: 11, height: 11, borderWidth: 0 });
          if (op.on) c.check();
        } else if (op.on) {
          page.drawText('X', { x: op.x + 2, y: H - op.y - 9.5, size: 10, font: bold });
        }
      } else {
        if (op.signed) {
          page.drawSvgPath(scribble(`${o.seed}/${op.field}`, 150, 30), { x: op.x + 20, y: H - op.y - 5, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.2 });
        }
      }
    }
  });
  if (form) form.updateFieldAppearances(reg);
  const bytes = await doc.save({ useObjectStreams: false });
  return Buffer.from(bytes);
}

/** A landscape details sheet: a two-column table (label | value) with a heading per block. */
export async function tablePdf(title: string, blocks: { heading: string; rows: [string, string][] }[], o: { created: Date; producer: string; intro: string[] }): Promise<Buffer> {
  const doc = await newDoc(title, o.created, o.producer);
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([842, 595]);
  let y = 545;
  page.drawText(title, { x: 40, y, size: 16, font: bold });
  y -= 22;
  for (const l of o.intro) {
    page.drawText(l, { x: 40, y, size: 9.5, font: reg });
    y -= 13;
  }
  y -= 8;
  const colW = 375;
  blocks.forEach((b, bi) => {
    const x0 = 40 + bi * (colW + 12);
    let yy = y;
    page.drawRectangle({ x: x0, y: yy - 4, width: colW, height: 18, color: rgb(0.15, 0.3, 0.55) });
    page.drawText(b.heading, { x: x0 + 5, y: yy + 1, size: 10.5, font: bold, color: rgb(1, 1, 1) });
    yy -= 20;
    for (const [k, v] of b.rows) {
      page.drawRectangle({ x: x0, y: yy - 6, width: colW, height: 20, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5 });
      page.drawLine({ start: { x: x0 + 140, y: yy - 6 }, end: { x: x0 + 140, y: yy + 14 }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
      page.drawText(k, { x: x0 + 4, y: yy, size: 8.5, font: bold });
      page.drawText(v, { x: x0 + 145, y: yy, size: 8.5, font: reg });
      yy -= 20;
    }
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Wrap JPEG page images (A4 at 150 dpi) into an image-only PDF. */
export async function imagePdf(jpegs: Buffer[], created: Date, producer: string): Promise<Buffer> {
  const doc = await newDoc('Scan', created, producer);
  for (const j of jpegs) {
    const img = await doc.embedJpg(j);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
