// pdf-lib renderer for corpus 37: flat text PDFs (values drawn in the cells), fillable AcroForms (values in fields
// named by the caller's naming style), and image-only scans (JPEG pages). Fixed metadata so bytes are stable.
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { A4, type FontName, type Measure, type Prim, type Values, signatureStrokes, strokeToBeziers } from './layout.js';

export interface PdfMeta {
  title: string;
  author?: string;
  creator: string;
  producer: string;
  date: Date;
}

async function newDoc(meta: PdfMeta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return doc;
}

type Fonts = Record<FontName, PDFFont>;

async function fonts(doc: PDFDocument, family: 'helvetica' | 'times'): Promise<Fonts> {
  if (family === 'times') {
    const [r, b, i] = await Promise.all([doc.embedFont(StandardFonts.TimesRoman), doc.embedFont(StandardFonts.TimesRomanBold), doc.embedFont(StandardFonts.TimesRomanItalic)]);
    // The letterhead and NHS lozenge stay in a sans face even in a Times document.
    const [s, sb] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
    return { sans: s, sansBold: sb, serif: r, serifBold: b, serifItalic: i };
  }
  const [s, sb, r, b, i] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold),
    doc.embedFont(StandardFonts.TimesRoman), doc.embedFont(StandardFonts.TimesRomanBold), doc.embedFont(StandardFonts.TimesRomanItalic),
  ]);
  return { sans: s, sansBold: sb, serif: r, serifBold: b, serifItalic: i };
}

export async function measurer(family: 'helvetica' | 'times' = 'helvetica'): Promise<Measure> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const f = await fonts(doc, family);
  return (text, size, font) => f[font].widthOfTextAtSize(text, size);
}

const Y = (y: number) => A4.h - y;

function drawSignature(page: PDFPage, seed: string, x: number, y: number, w: number, h: number, color = rgb(0.05, 0.1, 0.35)) {
  for (const s of signatureStrokes(seed)) {
    const { start, segs } = strokeToBeziers(s, 0, 0, w, h);
    const d = `M ${start[0].toFixed(2)} ${start[1].toFixed(2)} ${segs.map((c) => `C ${c.map((n) => n.toFixed(2)).join(' ')}`).join(' ')}`;
    page.drawSvgPath(d, { x, y: Y(y), borderColor: color, borderWidth: 1.1 });
  }
}

export interface RenderOpts {
  meta: PdfMeta;
  family?: 'helvetica' | 'times';
  values?: Values;
  /** Fillable: the AcroForm name for each field key (a key without a name is drawn flat). */
  fieldNames?: Record<string, string>;
  valueFont?: FontName;
  valueSize?: number;
}

export async function renderPdf(pages: Prim[][], opts: RenderOpts): Promise<Buffer> {
  const doc = await newDoc(opts.meta);
  const f = await fonts(doc, opts.family ?? 'helvetica');
  const form = opts.fieldNames ? doc.getForm() : null;
  const values = opts.values ?? {};
  const vf = opts.valueFont ?? 'sans';
  const vs = opts.valueSize ?? 9.5;
  for (const prims of pages) {
    const page = doc.addPage([A4.w, A4.h]);
    for (const p of prims) {
      if (p.t === 'text') page.drawText(p.text, { x: p.x, y: Y(p.y), size: p.size, font: f[p.font], color: rgb(...(p.color ?? [0, 0, 0])) });
      else if (p.t === 'rect') page.drawRectangle({ x: p.x, y: Y(p.y + p.h), width: p.w, height: p.h, color: p.fill ? rgb(...p.fill) : undefined, borderColor: p.stroke ? rgb(...p.stroke) : undefined, borderWidth: p.stroke ? (p.lw ?? 0.5) : 0 });
      else if (p.t === 'line') page.drawLine({ start: { x: p.x1, y: Y(p.y1) }, end: { x: p.x2, y: Y(p.y2) }, thickness: p.lw ?? 0.5, color: rgb(...(p.color ?? [0, 0, 0])) });
      else {
        const v = values[p.key];
        const name = opts.fieldNames?.[p.key];
        if (p.kind === 'sig') {
          if (typeof v === 'string' && v) drawSignature(page, v, p.x + 6, p.y + 2, Math.min(p.w - 12, (p.h - 4) * 2.6), p.h - 4);
          continue;
        }
        if (form && name) {
          if (p.kind === 'check') {
            const cb = form.createCheckBox(name);
            cb.addToPage(page, { x: p.x, y: Y(p.y + p.h), width: p.w, height: p.h, borderWidth: 0 });
            if (v === true) cb.check();
          } else {
            const tf = form.createTextField(name);
            if (p.multiline) tf.enableMultiline();
            if (typeof v === 'string' && v) tf.setText(v);
            tf.addToPage(page, { x: p.x, y: Y(p.y + p.h), width: p.w, height: p.h, borderWidth: 0, font: f.sans });
            tf.setFontSize(p.h > 30 ? 9 : 9.5);
          }
          continue;
        }
        if (p.kind === 'check') {
          if (v === true) {
            page.drawLine({ start: { x: p.x + 1.5, y: Y(p.y + 1.5) }, end: { x: p.x + p.w - 1.5, y: Y(p.y + p.h - 1.5) }, thickness: 1 });
            page.drawLine({ start: { x: p.x + p.w - 1.5, y: Y(p.y + 1.5) }, end: { x: p.x + 1.5, y: Y(p.y + p.h - 1.5) }, thickness: 1 });
          }
        } else if (typeof v === 'string' && v) {
          const lines = v.split('\n');
          const top = lines.length > 1 || p.h > 26 ? p.y + 11 : p.y + p.h / 2 + vs * 0.35;
          lines.forEach((ln, i) => page.drawText(ln, { x: p.x + 4, y: Y(top + i * (vs + 2)), size: vs, font: f[vf] }));
        }
      }
    }
  }
  if (form) form.updateFieldAppearances(f.sans);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Image-only PDF: each JPEG fills an A4 page, as an MFD or a scanning app writes it. */
export async function scanPdf(jpegs: Buffer[], meta: PdfMeta): Promise<Buffer> {
  const doc = await newDoc(meta);
  for (const j of jpegs) {
    const img = await doc.embedJpg(j);
    const page = doc.addPage([A4.w, A4.h]);
    page.drawImage(img, { x: 0, y: 0, width: A4.w, height: A4.h });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
