// PDF writers: flat text PDFs and fillable AcroForms (filled, not flattened) from the page descriptions in forms.ts,
// and image-only PDFs from the scan pages rendered in scans.ts. Fixed metadata dates keep the bytes stable.
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { A4, type El, type Page, scribble, wrap } from './forms.js';

export interface PdfMeta {
  title: string;
  author?: string;
  creator: string;
  producer: string;
  date: string; // ISO
}

interface Fonts { sans: PDFFont; sansBold: PDFFont; serif: PDFFont; serifBold: PDFFont; serifItalic: PDFFont }

async function setup(meta: PdfMeta): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  const when = new Date(meta.date);
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const fonts: Fonts = {
    sans: await doc.embedFont(StandardFonts.Helvetica),
    sansBold: await doc.embedFont(StandardFonts.HelveticaBold),
    serif: await doc.embedFont(StandardFonts.TimesRoman),
    serifBold: await doc.embedFont(StandardFonts.TimesRomanBold),
    serifItalic: await doc.embedFont(StandardFonts.TimesRomanItalic),
  };
  return { doc, fonts };
}

const Y = (y: number) => A4.h - y;

function drawStatic(page: PDFPage, el: El, f: Fonts, serifBody: boolean): void {
  const body = serifBody ? f.serif : f.sans;
  const bold = serifBody ? f.serifBold : f.sansBold;
  switch (el.t) {
    case 'band':
      page.drawRectangle({ x: el.x, y: Y(el.y + el.h), width: el.w, height: el.h, color: rgb(...el.rgb) });
      if (el.label) page.drawText(el.label, { x: el.x + 8, y: Y(el.y + el.h * 0.68), size: el.size ?? 10, font: f.sansBold, color: rgb(...(el.labelColor ?? [0, 0, 0])) });
      break;
    case 'text': {
      const font = el.serif ? (el.bold ? f.serifBold : f.serif) : el.bold ? f.sansBold : f.sans;
      page.drawText(el.s, { x: el.x, y: Y(el.y), size: el.size, font, color: rgb(...(el.color ?? [0, 0, 0])) });
      break;
    }
    case 'para': {
      const font = el.italic ? f.serifItalic : el.serif ? f.serif : body;
      const lead = el.lead ?? el.size * 1.3;
      wrap(el.s, el.w, el.size, el.serif ? 0.48 : 0.5).forEach((line, i) => {
        page.drawText(line, { x: el.x, y: Y(el.y + el.size + i * lead), size: el.size, font });
      });
      break;
    }
    case 'rule':
      page.drawLine({ start: { x: el.x, y: Y(el.y) }, end: { x: el.x + el.w, y: Y(el.y) }, thickness: el.thick ?? 0.8, color: rgb(0.2, 0.3, 0.5) });
      break;
    case 'note':
      page.drawText(el.s, { x: el.x, y: Y(el.y), size: el.size, font: f.serifItalic, color: rgb(...(el.color ?? [0.1, 0.15, 0.55])) });
      break;
    case 'field': {
      const h = el.h ?? 20;
      page.drawRectangle({ x: el.x, y: Y(el.y + h), width: el.w, height: h, borderColor: rgb(0.45, 0.5, 0.6), borderWidth: 0.7 });
      page.drawRectangle({ x: el.x, y: Y(el.y + h), width: el.labelW, height: h, color: rgb(0.95, 0.96, 0.98), borderColor: rgb(0.45, 0.5, 0.6), borderWidth: 0.7 });
      const lines = wrap(el.label, el.labelW - 8, 9, 0.5);
      lines.slice(0, 2).forEach((l, i) => page.drawText(l, { x: el.x + 4, y: Y(el.y + 12 + i * 10), size: 9, font: bold }));
      break;
    }
    case 'check':
      page.drawRectangle({ x: el.x, y: Y(el.y + 10), width: 10, height: 10, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.8 });
      page.drawText(el.label, { x: el.x + 15, y: Y(el.y + 8.5), size: 9, font: body });
      break;
    case 'sig':
      if (el.labelW > 0) {
        page.drawRectangle({ x: el.x, y: Y(el.y + el.h), width: el.w, height: el.h, borderColor: rgb(0.45, 0.5, 0.6), borderWidth: 0.7 });
        page.drawRectangle({ x: el.x, y: Y(el.y + el.h), width: el.labelW, height: el.h, color: rgb(0.95, 0.96, 0.98), borderColor: rgb(0.45, 0.5, 0.6), borderWidth: 0.7 });
        page.drawText(el.label, { x: el.x + 4, y: Y(el.y + 12), size: 9, font: bold });
      }
      break;
  }
}

function drawSignature(page: PDFPage, el: El): void {
  if (el.t !== 'sig' || !el.signed) return;
  const w = Math.min(220, el.w - el.labelW - 16);
  page.drawSvgPath(scribble(el.seed, w, el.h - 6), { x: el.x + el.labelW + 10, y: Y(el.y + 3), borderColor: rgb(0.08, 0.12, 0.45), borderWidth: 1.3 });
}

/** Flat text PDF: labels, boxes and values all drawn as page content. */
export async function flatPdf(pages: Page[], meta: PdfMeta, o: { serif?: boolean } = {}): Promise<Buffer> {
  const { doc, fonts } = await setup(meta);
  for (const pg of pages) {
    const page = doc.addPage([A4.w, A4.h]);
    for (const el of pg.els) {
      // A tick is drawn before its label, so text order reads "X Caldicott Guardian".
      if (el.t === 'check' && el.checked) page.drawText('X', { x: el.x + 2, y: Y(el.y + 8.8), size: 10, font: fonts.sansBold });
      drawStatic(page, el, fonts, o.serif ?? false);
      if (el.t === 'field' && el.value) {
        const h = el.h ?? 20;
        const size = 10;
        const lines = el.value.split('\n');
        lines.forEach((l, i) => page.drawText(l, { x: el.x + el.labelW + 6, y: Y(el.y + (lines.length > 1 ? 12 : h * 0.5 + 3.5) + i * 11), size, font: o.serif ? fonts.serif : fonts.sans }));
      }
      drawSignature(page, el);
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Fillable AcroForm, filled and left fillable (not flattened); the ink signature, if any, is page content. */
export async function acroPdf(pages: Page[], meta: PdfMeta, o: { prefix?: string } = {}): Promise<Buffer> {
  const { doc, fonts } = await setup(meta);
  const form = doc.getForm();
  for (const pg of pages) {
    const page = doc.addPage([A4.w, A4.h]);
    for (const el of pg.els) {
      drawStatic(page, el, fonts, false);
      if (el.t === 'field') {
        const h = el.h ?? 20;
        const tf = form.createTextField(`${o.prefix ?? ''}${el.name}`);
        if (el.multiline) tf.enableMultiline();
        tf.setText(el.value || undefined);
        tf.addToPage(page, { x: el.x + el.labelW + 2, y: Y(el.y + h - 2), width: el.w - el.labelW - 4, height: h - 4, font: fonts.sans, borderWidth: 0, backgroundColor: rgb(0.91, 0.94, 1) });
        tf.setFontSize(10);
      }
      if (el.t === 'check') {
        const cb = form.createCheckBox(`${o.prefix ?? ''}${el.name}`);
        cb.addToPage(page, { x: el.x + 1, y: Y(el.y + 9), width: 8, height: 8, borderWidth: 0 });
        if (el.checked) cb.check();
      }
      drawSignature(page, el);
    }
  }
  form.updateFieldAppearances(fonts.sans);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Image-only PDF: one JPEG per page, no text layer. */
export async function imagePdf(jpegs: { jpg: Buffer; w: number; h: number }[], meta: PdfMeta): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const when = new Date(meta.date);
  doc.setTitle(meta.title);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  for (const j of jpegs) {
    const img = await doc.embedJpg(j.jpg);
    const pageW = A4.w;
    const pageH = (A4.w * j.h) / j.w;
    const page = doc.addPage([pageW, pageH]);
    page.drawImage(img, { x: 0, y: 0, width: pageW, height: pageH });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
