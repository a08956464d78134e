// pdf-lib rendering of corpus 25's documents: fillable AcroForms (four field-naming styles) and flat text PDFs
// "printed from Word". Math.random is seeded around every document so pdf-lib's font suffixes are reproducible.
import {
  beginText, endText, PDFDocument, PDFFont, PDFHexString, PDFName, PDFPage, popGraphicsState, pushGraphicsState, rgb,
  setFillingGrayscaleColor, setFontAndSize, setTextMatrix, showText, StandardFonts, TextAlignment,
} from 'pdf-lib';
import { rng } from './lib.js';
import { type FontId, type Op, PAGE_H, scribble } from './layout.js';

export interface PdfMeta { title?: string; author?: string; creator: string; producer: string; date: string }
export type NameStyle = 'text1' | 'auto' | 'txt' | 'snake';

const pascal = (k: string) => k.split(/[_\s]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** Runs fn with Math.random replaced by a seeded generator. */
export async function seeded<T>(seed: string, fn: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = rng(`mathrandom:${seed}`);
  try {
    return await fn();
  } finally {
    Math.random = orig;
  }
}

async function newDoc(meta: PdfMeta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  if (meta.title) doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(new Date(meta.date));
  doc.setModificationDate(new Date(meta.date));
  return doc;
}

/** A two-glyph Type3 font (ballot box ☐ and ☒) with a ToUnicode map, as Word's MS Gothic check boxes extract. */
function ballotFont(doc: PDFDocument) {
  const ctx = doc.context;
  const box = ctx.register(ctx.stream('780 0 40 -80 740 640 d1\n45 w\n90 -40 600 620 re S\n'));
  const boxx = ctx.register(ctx.stream('780 0 40 -80 740 640 d1\n45 w\n90 -40 600 620 re S\n170 40 m 610 500 l S\n610 40 m 170 500 l S\n'));
  const cmap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
2 beginbfchar
<01> <2610>
<02> <2612>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
  const tu = ctx.register(ctx.stream(cmap));
  const font = ctx.obj({
    Type: 'Font', Subtype: 'Type3', Name: 'MSGothic', FontBBox: [0, -100, 800, 700], FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    CharProcs: { box, boxx }, Encoding: { Type: 'Encoding', Differences: [1, 'box', 'boxx'] }, FirstChar: 1, LastChar: 2,
    Widths: [780, 780], Resources: ctx.obj({}), ToUnicode: tu,
  });
  return ctx.register(font);
}

export interface RenderOpts {
  mode: 'flat' | 'acro';
  names?: NameStyle;
  family?: 'helv' | 'times';
  seed: string;
  meta: PdfMeta;
  /** keys of value slots left empty on the form (rendered blank even if they carry text) */
  blank?: string[];
  /** only these pages (0-based) are written: a form with a page missing */
  onlyPages?: number[];
}

export async function renderPdf(pages: Op[][], o: RenderOpts): Promise<Buffer> {
  return seeded(o.seed, async () => {
    const doc = await newDoc(o.meta);
    const times = o.family === 'times';
    const fonts: Record<FontId, PDFFont> = {
      sans: await doc.embedFont(times ? StandardFonts.TimesRoman : StandardFonts.Helvetica),
      sansB: await doc.embedFont(times ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold),
      sansI: await doc.embedFont(times ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique),
      serif: await doc.embedFont(StandardFonts.TimesRoman),
      serifB: await doc.embedFont(StandardFonts.TimesRomanBold),
      serifI: await doc.embedFont(StandardFonts.TimesRomanItalic),
    };
    const form = o.mode === 'acro' ? doc.getForm() : null;
    let ballot: ReturnType<typeof ballotFont> | null = null;
    let counter = 0;
    const used = new Map<string, number>();
    const nameFor = (op: Extract<Op, { t: 'val' | 'cbox' }>): string => {
      counter++;
      const isBox = op.t === 'cbox';
      let n: string;
      switch (o.names ?? 'text1') {
        case 'text1':
          n = isBox ? `Check Box${counter}` : `Text${counter}`;
          break;
        case 'txt':
          n = `${isBox ? 'chk' : 'txt'}${pascal(op.key)}`;
          break;
        case 'snake':
          n = isBox ? `capacity_${op.key}` : op.key;
          break;
        case 'auto': {
          n = isBox ? `Check Box${counter}` : op.label.replace(/\(.*?\)/g, '').replace(/[^A-Za-z0-9 ]/g, '').trim();
          break;
        }
      }
      const c = (used.get(n) ?? 0) + 1;
      used.set(n, c);
      return c === 1 ? n : `${n}_${c}`;
    };
    const keep = o.onlyPages ?? pages.map((_, i) => i);
    for (const pi of keep) {
      const ops = pages[pi]!;
      const page: PDFPage = doc.addPage([595.28, 841.89]);
      const Y = (y: number) => PAGE_H - y;
      for (const op of ops) {
        switch (op.t) {
          case 'text':
            page.drawText(op.s, { x: op.x, y: Y(op.y), size: op.size, font: fonts[op.font], color: op.color ? rgb(...op.color) : rgb(op.gray ?? 0, op.gray ?? 0, op.gray ?? 0) });
            break;
          case 'line':
            page.drawLine({ start: { x: op.x1, y: Y(op.y1) }, end: { x: op.x2, y: Y(op.y2) }, thickness: op.w, color: rgb(op.gray ?? 0, op.gray ?? 0, op.gray ?? 0) });
            break;
          case 'rect':
            page.drawRectangle({
              x: op.x, y: Y(op.y + op.h), width: op.w, height: op.h,
              color: op.fill ? rgb(...op.fill) : undefined,
              borderColor: op.stroke !== undefined ? rgb(op.stroke, op.stroke, op.stroke) : undefined,
              borderWidth: op.stroke !== undefined ? op.lw : 0,
            });
            break;
          case 'val': {
            const value = o.blank?.includes(op.key) ? '' : op.s;
            if (form) {
              const f = form.createTextField(nameFor(op));
              if (op.lines > 1) f.enableMultiline();
              if (value) f.setText(value);
              f.addToPage(page, { x: op.x + 0.5, y: Y(op.y + op.h) + 0.5, width: op.w - 1, height: op.h - 1, borderWidth: 0, font: fonts.sans, backgroundColor: rgb(0.9, 0.94, 1) });
              f.setFontSize(op.lines > 1 ? 9 : 10);
              f.setAlignment(TextAlignment.Left);
            } else if (value) {
              const lines = op.lines > 1 ? value.split('\n') : [value];
              lines.forEach((l, i) => page.drawText(l, { x: op.x + 5, y: Y(op.y + 12 + i * 13), size: op.size, font: fonts[op.font] }));
            }
            break;
          }
          case 'cbox':
            if (form && op.style === 'box') {
              const cb = form.createCheckBox(nameFor(op));
              cb.addToPage(page, { x: op.x, y: Y(op.y + op.size), width: op.size, height: op.size, borderWidth: 0.8, borderColor: rgb(0.2, 0.2, 0.2) });
              if (op.checked) cb.check();
            } else if (op.style === 'box') {
              page.drawRectangle({ x: op.x, y: Y(op.y + op.size), width: op.size, height: op.size, borderWidth: 0.8, borderColor: rgb(0.2, 0.2, 0.2) });
              if (op.checked) {
                page.drawLine({ start: { x: op.x + 2, y: Y(op.y + 2) }, end: { x: op.x + op.size - 2, y: Y(op.y + op.size - 2) }, thickness: 1.1 });
                page.drawLine({ start: { x: op.x + op.size - 2, y: Y(op.y + 2) }, end: { x: op.x + 2, y: Y(op.y + op.size - 2) }, thickness: 1.1 });
              }
            } else if (op.style === 'brackets') {
              page.drawText(op.checked ? '[X]' : '[ ]', { x: op.x, y: Y(op.y + 9), size: 10, font: fonts.sans });
            } else {
              ballot ??= ballotFont(doc);
              const key = page.node.newFontDictionary('MSGothic', ballot);
              page.pushOperators(
                pushGraphicsState(), setFillingGrayscaleColor(0), beginText(), setFontAndSize(key, op.size + 1),
                setTextMatrix(1, 0, 0, 1, op.x, Y(op.y + op.size - 1)), showText(PDFHexString.of(op.checked ? '02' : '01')), endText(), popGraphicsState(),
              );
            }
            break;
          case 'sig':
            if (op.signed) {
              const r = rng(`sig:${o.seed}:${op.key}`);
              const w = Math.min(op.w * 0.7, 170);
              page.drawSvgPath(scribble(w, op.h - 6, r), { x: op.x + 10, y: Y(op.y + 3), borderColor: rgb(0.05, 0.1, 0.35), borderWidth: 1.1 });
            }
            break;
        }
      }
    }
    void PDFName;
    if (form) form.updateFieldAppearances(fonts.sans);
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

/** A PDF whose pages are JPEG images (a scan). */
export async function imagePdf(jpegs: Buffer[], meta: PdfMeta, seed: string): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await newDoc(meta);
    for (const j of jpegs) {
      const img = await doc.embedJpg(j);
      const page = doc.addPage([595.28, 841.89]);
      page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
    }
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}
