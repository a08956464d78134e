// The forms of corpus 19 (writer O), in this writer's own layouts: flat text with the value under its label, a
// two-column table, fillable AcroForms with this writer's field names. Scans are drawn in scans.ts.
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';

export type Row =
  | { t: 'field'; label: string; value: string; name?: string }
  | { t: 'choice'; label: string; options: string[]; selected: number | null; names?: string[] }
  | { t: 'sig'; label: string; value: string; name?: string }
  | { t: 'note'; text: string };

export interface Section {
  heading: string;
  rows: Row[];
}

export interface FormDoc {
  title: string[];
  intro: string[];
  sections: Section[];
  footer: string;
  page2?: { heading: string; paras: string[]; footer: string };
  meta: { title: string; author: string; creator: string; producer: string; date: string };
}

const A4: [number, number] = [595.28, 841.89];

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

async function newDoc(meta: FormDoc['meta']): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(new Date(meta.date));
  doc.setModificationDate(new Date(meta.date));
  return doc;
}

interface Fonts { reg: PDFFont; bold: PDFFont; ital: PDFFont; sig: PDFFont }

async function fonts(doc: PDFDocument, family: 'helvetica' | 'times'): Promise<Fonts> {
  if (family === 'times') {
    return { reg: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold), ital: await doc.embedFont(StandardFonts.TimesRomanItalic), sig: await doc.embedFont(StandardFonts.TimesRomanBoldItalic) };
  }
  return { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), ital: await doc.embedFont(StandardFonts.HelveticaOblique), sig: await doc.embedFont(StandardFonts.TimesRomanBoldItalic) };
}

function header(page: PDFPage, f: Fonts, doc: FormDoc, y0: number): number {
  let y = y0;
  page.drawRectangle({ x: 40, y: y - 4, width: 515, height: 3, color: rgb(0, 0.37, 0.72) });
  y -= 24;
  for (const [i, t] of doc.title.entries()) {
    page.drawText(t, { x: 40, y, size: i === 0 ? 15 : 12, font: f.bold, color: rgb(0, 0.2, 0.45) });
    y -= i === 0 ? 19 : 16;
  }
  y -= 2;
  for (const para of doc.intro) {
    for (const l of wrap(para, f.reg, 8.5, 515)) {
      page.drawText(l, { x: 40, y, size: 8.5, font: f.reg });
      y -= 11;
    }
    y -= 3;
  }
  return y - 4;
}

function page2(pdf: PDFDocument, f: Fonts, doc: FormDoc): void {
  if (!doc.page2) return;
  const p = pdf.addPage(A4);
  let y = 790;
  p.drawText(doc.page2.heading, { x: 40, y, size: 12, font: f.bold, color: rgb(0, 0.2, 0.45) });
  y -= 22;
  for (const para of doc.page2.paras) {
    for (const l of wrap(para, f.reg, 9, 515)) {
      p.drawText(l, { x: 40, y, size: 9, font: f.reg });
      y -= 12;
    }
    y -= 6;
  }
  p.drawText(doc.page2.footer, { x: 40, y: 30, size: 7.5, font: f.reg, color: rgb(0.35, 0.35, 0.35) });
}

function box(page: PDFPage, x: number, y: number, ticked: boolean, f: Fonts): void {
  page.drawRectangle({ x, y, width: 8, height: 8, borderColor: rgb(0, 0, 0), borderWidth: 0.7 });
  if (ticked) page.drawText('X', { x: x + 1.3, y: y + 1.2, size: 8, font: f.bold });
}

/** Flat text PDF: each label in small bold grey, its value on the line below. */
export async function flatBelowLabel(doc: FormDoc, family: 'helvetica' | 'times' = 'helvetica'): Promise<Buffer> {
  const pdf = await newDoc(doc.meta);
  const f = await fonts(pdf, family);
  const page = pdf.addPage(A4);
  let y = header(page, f, doc, 805);
  for (const s of doc.sections) {
    page.drawRectangle({ x: 40, y: y - 4, width: 515, height: 16, color: rgb(0.86, 0.9, 0.95) });
    page.drawText(s.heading, { x: 44, y, size: 10, font: f.bold });
    y -= 22;
    for (const r of s.rows) {
      if (r.t === 'note') {
        for (const l of wrap(r.text, f.ital, 8, 510)) {
          page.drawText(l, { x: 44, y, size: 8, font: f.ital });
          y -= 10;
        }
        y -= 4;
        continue;
      }
      page.drawText(r.label, { x: 44, y, size: 8, font: f.bold, color: rgb(0.35, 0.35, 0.35) });
      y -= 13;
      if (r.t === 'field') {
        if (r.value) page.drawText(r.value, { x: 44, y, size: 10.5, font: f.reg });
      } else if (r.t === 'sig') {
        if (r.value) page.drawText(r.value, { x: 50, y: y - 2, size: 15, font: f.sig, color: rgb(0.05, 0.1, 0.4) });
        y -= 6;
      } else {
        let x = 44;
        for (const [i, o] of r.options.entries()) {
          box(page, x, y - 1, r.selected === i, f);
          page.drawText(o, { x: x + 12, y, size: 9.5, font: f.reg });
          x += 12 + f.reg.widthOfTextAtSize(o, 9.5) + 16;
        }
      }
      y -= 5;
      page.drawLine({ start: { x: 44, y }, end: { x: 551, y }, thickness: 0.4, color: rgb(0.6, 0.6, 0.6) });
      y -= 13;
    }
    y -= 4;
  }
  page.drawText(doc.footer, { x: 40, y: 30, size: 7.5, font: f.reg, color: rgb(0.35, 0.35, 0.35) });
  page2(pdf, f, doc);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Flat text PDF laid out as a two-column table: label cell left (shaded), value cell right. */
export async function twoColumnTable(doc: FormDoc, family: 'helvetica' | 'times' = 'helvetica'): Promise<Buffer> {
  const pdf = await newDoc(doc.meta);
  const f = await fonts(pdf, family);
  const page = pdf.addPage(A4);
  let y = header(page, f, doc, 805);
  const xL = 40;
  const xV = 230;
  const xR = 555;
  for (const s of doc.sections) {
    page.drawRectangle({ x: xL, y: y - 6, width: xR - xL, height: 18, color: rgb(0, 0.2, 0.45) });
    page.drawText(s.heading, { x: xL + 5, y: y - 1, size: 10, font: f.bold, color: rgb(1, 1, 1) });
    y -= 6;
    for (const r of s.rows) {
      if (r.t === 'note') {
        const lines = wrap(r.text, f.ital, 8, xR - xL - 10);
        const h = lines.length * 10 + 8;
        page.drawRectangle({ x: xL, y: y - h, width: xR - xL, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
        let yy = y - 12;
        for (const l of lines) {
          page.drawText(l, { x: xL + 5, y: yy, size: 8, font: f.ital });
          yy -= 10;
        }
        y -= h;
        continue;
      }
      const labLines = wrap(r.label, f.bold, 8.5, xV - xL - 10);
      let h = Math.max(22, labLines.length * 11 + 10);
      if (r.t === 'choice') h = Math.max(h, r.options.length * 13 + 8);
      if (r.t === 'sig') h = Math.max(h, 34);
      page.drawRectangle({ x: xL, y: y - h, width: xV - xL, height: h, color: rgb(0.92, 0.94, 0.97), borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
      page.drawRectangle({ x: xV, y: y - h, width: xR - xV, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
      let yy = y - 14;
      for (const l of labLines) {
        page.drawText(l, { x: xL + 5, y: yy, size: 8.5, font: f.bold });
        yy -= 11;
      }
      if (r.t === 'field') {
        if (r.value) page.drawText(r.value, { x: xV + 6, y: y - 14, size: 10, font: f.reg });
      } else if (r.t === 'sig') {
        if (r.value) page.drawText(r.value, { x: xV + 10, y: y - 23, size: 16, font: f.sig, color: rgb(0.05, 0.1, 0.4) });
      } else {
        let yo = y - 14;
        for (const [i, o] of r.options.entries()) {
          box(page, xV + 6, yo - 1, r.selected === i, f);
          page.drawText(o, { x: xV + 20, y: yo, size: 9.5, font: f.reg });
          yo -= 13;
        }
      }
      y -= h;
    }
    y -= 14;
  }
  page.drawText(doc.footer, { x: 40, y: 30, size: 7.5, font: f.reg, color: rgb(0.35, 0.35, 0.35) });
  page2(pdf, f, doc);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Fillable AcroForm: labels as text, values in text fields named by the caller, choices as check boxes. */
export async function acroForm(doc: FormDoc, family: 'helvetica' | 'times' = 'helvetica'): Promise<Buffer> {
  const pdf = await newDoc(doc.meta);
  const f = await fonts(pdf, family);
  const page = pdf.addPage(A4);
  const form = pdf.getForm();
  let y = header(page, f, doc, 805);
  let n = 0;
  for (const s of doc.sections) {
    page.drawText(s.heading, { x: 40, y, size: 10.5, font: f.bold, color: rgb(0, 0.2, 0.45) });
    page.drawLine({ start: { x: 40, y: y - 4 }, end: { x: 555, y: y - 4 }, thickness: 0.8, color: rgb(0, 0.2, 0.45) });
    y -= 22;
    for (const r of s.rows) {
      n++;
      if (r.t === 'note') {
        for (const l of wrap(r.text, f.ital, 8, 510)) {
          page.drawText(l, { x: 42, y, size: 8, font: f.ital });
          y -= 10;
        }
        y -= 6;
        continue;
      }
      page.drawText(r.label, { x: 42, y, size: 9, font: f.reg });
      if (r.t === 'field' || r.t === 'sig') {
        const h = r.t === 'sig' ? 24 : 16;
        const tf = form.createTextField(r.name ?? `field${n}`);
        if (r.value) tf.setText(r.value);
        tf.addToPage(page, { x: 220, y: y - (h - 12), width: 335, height: h, font: r.t === 'sig' ? f.sig : f.reg, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6, backgroundColor: rgb(0.93, 0.95, 1) });
        tf.setFontSize(r.t === 'sig' ? 14 : 10);
        y -= h + 8;
      } else {
        let x = 220;
        let yy = y;
        for (const [i, o] of r.options.entries()) {
          if (x > 220 && x + 14 + f.reg.widthOfTextAtSize(o, 9) > 555) {
            x = 220;
            yy -= 15;
          }
          const cb = form.createCheckBox(r.names?.[i] ?? `field${n}_${i}`);
          cb.addToPage(page, { x, y: yy - 2, width: 10, height: 10, borderColor: rgb(0, 0, 0), borderWidth: 0.7 });
          if (r.selected === i) cb.check();
          page.drawText(o, { x: x + 14, y: yy, size: 9, font: f.reg });
          x += 14 + f.reg.widthOfTextAtSize(o, 9) + 14;
        }
        y = yy - 22;
      }
    }
    y -= 6;
  }
  form.updateFieldAppearances(f.reg);
  page.drawText(doc.footer, { x: 40, y: 30, size: 7.5, font: f.reg, color: rgb(0.35, 0.35, 0.35) });
  page2(pdf, f, doc);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Wraps JPEG page images into an image-only PDF (no text layer). */
export async function imagePdf(pages: Buffer[], meta: FormDoc['meta']): Promise<Buffer> {
  const pdf = await newDoc(meta);
  for (const jpg of pages) {
    const img = await pdf.embedJpg(jpg);
    const p = pdf.addPage(A4);
    p.drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------------------------------------------------------
// The form texts (this writer's wording of the seeds' forms)

export const GPP_TITLE = ['GP Payments and Pensions', 'Practice User Administrator Certification Form'];
export const GPP_INTRO = [
  'Use this form if your practice has no GPP Practice User Administrator. Complete BOTH parts of the form and email it to pcse.portalenquiries@nhs.net.',
  'Part 2 must be completed by one of your organisation\'s approvers. A practice may have a maximum of four GPP Practice User Administrators. Once set up, the User Administrator can assign other GPP roles (Joiner & Leaver, Practice Estimate and Salary Change, GPP - Practice User Management).',
];
export const GPP_CERT_NOTE = 'I certify that the person named in Part 1 works for the practice named above and should be given the GPP Practice User Administrator role in PCSE Online.';

export const OE_GP_TITLE = ['Open Exeter', 'Request for a Primary User - GP Practices'];
export const OE_GP_INTRO = [
  'Complete this form to request that a member of staff at a GP practice is set up as an Open Exeter Primary User (Organisation Maintenance). Email the completed form to pcse.openexeter@nhs.net.',
  'The form must be signed at the bottom of this page by one of: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors. Unsigned forms cannot be processed.',
];
export const OE_GP_CAPACITY = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Board of Directors'];

export const OE_OTHER_TITLE = ['Open Exeter', 'Request for a Primary User - Other Organisations (non-GP)'];
export const OE_OTHER_INTRO = [
  'For organisations that are not GP practices (e.g. colposcopy, sexual health and laboratory services, federations and hubs). Email the completed form to pcse.openexeter@nhs.net.',
  'The form must be signed at the bottom of this page by one of: Caldicott Guardian, Member of the Board of Directors, an existing Primary User within the organisation.',
];
export const OE_OTHER_CAPACITY = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'];

export const OE_PAGE2 = {
  heading: 'Guidance notes (page 2)',
  paras: [
    '1. A Primary User manages access to Open Exeter for their organisation: they can add, amend and delete users and reset passwords using Organisation Maintenance. We recommend two Primary Users per organisation.',
    '2. The Primary User must use an NHSmail address. Shared mailboxes cannot be used for Open Exeter accounts.',
    '3. PCSE will validate the authorised signatory before the Primary User is created. If no authorised signatory is available, request a new Caldicott Guardian first.',
    '4. When a Primary User creates a new user, Open Exeter notifies PCSE, who will authorise the user and issue a temporary password.',
  ],
  footer: 'Open Exeter Primary User request - page 2 of 2',
};
